using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>The IRQL rules of the Rtl routines, through the DDI gate: a PASSIVE_LEVEL routine called at
/// APC_LEVEL breaks 0xC4/0xE5 (P2 the IRQL); an "any level" routine works at DISPATCH_LEVEL.</summary>
public sealed class RtlIrqlTests
{
    public static TheoryData<string> PassiveRoutines() =>
    [
        nameof(RtlUnicodeStringToAnsiString), nameof(RtlUpcaseUnicodeString), nameof(RtlIntegerToUnicodeString),
        nameof(RtlGUIDFromString), nameof(RtlEqualString), nameof(RtlFreeAnsiString), nameof(RtlUpcaseUnicodeStringToCountedOemString),
    ];

    [Theory]
    [MemberData(nameof(PassiveRoutines))]
    public void PassiveRoutine_AtApcLevel_BugChecksC4_E5(string name)
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            UNICODE_STRING unicode = "Zero";
            var ansi = new ANSI_STRING { Buffer = new byte[8], MaximumLength = 8 };
            var oem = new OEM_STRING { Buffer = new byte[8], MaximumLength = 8 };
            KeRaiseIrql(APC_LEVEL, out _);
            _ = name switch
            {
                nameof(RtlUnicodeStringToAnsiString) => RtlUnicodeStringToAnsiString(ref ansi, unicode, false),
                nameof(RtlUpcaseUnicodeString) => RtlUpcaseUnicodeString(ref unicode, unicode, false),
                nameof(RtlIntegerToUnicodeString) => RtlIntegerToUnicodeString(1, 10, ref unicode),
                nameof(RtlGUIDFromString) => RtlGUIDFromString(unicode, out _),
                nameof(RtlEqualString) => RtlEqualString("a", "b", false) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL,
                nameof(RtlFreeAnsiString) => Free(ref ansi),
                _ => RtlUpcaseUnicodeStringToCountedOemString(ref oem, unicode, false),
            };
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 1, 0, 0);
        Assert.Contains(name, info.Detail);
    }

    [Fact]
    public void AnyLevelRoutines_WorkAtDispatchLevel()
    {
        using var machine = MachineAssert.Boot();
        TIME_FIELDS fields = default;
        var found = 0u;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            RtlTimeToTimeFields(new LARGE_INTEGER(0), out fields);
            var bitmap = new RTL_BITMAP();
            RtlInitializeBitMap(bitmap, new uint[1], 32);
            RtlSetBits(bitmap, 0, 3);
            found = RtlFindClearBits(bitmap, 2, 0);
            RtlInitAnsiString(out _, "dispatch");
            KeLowerIrql(old);
        }));
        Assert.Equal((short)1601, fields.Year);
        Assert.Equal(3u, found);
    }

    private static NTSTATUS Free(ref ANSI_STRING value)
    {
        RtlFreeAnsiString(ref value);
        return STATUS_SUCCESS;
    }
}
