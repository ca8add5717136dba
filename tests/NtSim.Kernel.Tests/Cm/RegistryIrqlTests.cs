using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

/// <summary>The registry routines run at PASSIVE_LEVEL only; Driver Verifier's DDI compliance rules
/// name the rule in P1 of bug check 0xC4.</summary>
public sealed class RegistryIrqlTests
{
    public static TheoryData<string, ulong> Calls => new()
    {
        { nameof(ZwOpenKey), 0x2001F },       // IrqlZwPassive
        { nameof(ZwCreateKey), 0x2001F },
        { nameof(ZwQueryValueKey), 0x2001F },
        { nameof(ZwSetValueKey), 0x2001F },
        { nameof(ZwEnumerateKey), 0x2001F },
        { nameof(ZwDeleteKey), 0x2001F },
        { nameof(ZwFlushKey), 0x2001F },
        { nameof(ZwDeleteValueKey), 0x20023 }, // IrqlIoRtlZwPassive
        { nameof(RtlWriteRegistryValue), 0x20023 },
        { nameof(RtlCreateRegistryKey), 0x20023 },
        { nameof(RtlDeleteRegistryValue), 0x2001E }, // IrqlRtlPassive
        { nameof(ZwOpenKeyEx), 0xE6 },            // a Zw routine above PASSIVE_LEVEL
        { nameof(RtlQueryRegistryValues), 0xE6 },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void RegistryRoutine_AtApcLevel_BugChecksC4WithItsRule(string routine, ulong rule)
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out var key));
            KeRaiseIrql(APC_LEVEL, out _);
            _ = routine switch
            {
                nameof(ZwOpenKey) => CmTest.Open(CmTest.Services, out _),
                nameof(ZwCreateKey) => ZwCreateKey(out _, KEY_ALL_ACCESS, CmTest.Attributes("X", key), 0, null, 0),
                nameof(ZwQueryValueKey) => ZwQueryValueKey(key, "V", KeyValuePartialInformation, new byte[16], out _),
                nameof(ZwSetValueKey) => ZwSetValueKey(key, "V", 0, REG_DWORD, RegistryData.Dword(1)),
                nameof(ZwEnumerateKey) => ZwEnumerateKey(key, 0, KeyBasicInformation, new byte[16], out _),
                nameof(ZwDeleteKey) => ZwDeleteKey(key),
                nameof(ZwFlushKey) => ZwFlushKey(key),
                nameof(ZwDeleteValueKey) => ZwDeleteValueKey(key, "V"),
                nameof(RtlWriteRegistryValue) => RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, "X", "V", REG_DWORD, RegistryData.Dword(1)),
                nameof(RtlCreateRegistryKey) => RtlCreateRegistryKey(RTL_REGISTRY_SERVICES, "X"),
                nameof(RtlDeleteRegistryValue) => RtlDeleteRegistryValue(RTL_REGISTRY_SERVICES, "X", "V"),
                nameof(ZwOpenKeyEx) => ZwOpenKeyEx(out _, KEY_READ, CmTest.Attributes(CmTest.Services), 0),
                nameof(RtlQueryRegistryValues) => RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, "", [], null, null),
                _ => throw new ArgumentOutOfRangeException(nameof(routine)),
            };
        });
        // The documented rules carry no parameters here; 0xE6 gives the IRQL (APC_LEVEL) in P3.
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, rule, 0, rule == 0xE6 ? 1UL : 0, 0);
        Assert.Contains(routine, info.Detail, StringComparison.Ordinal);
    }
}
