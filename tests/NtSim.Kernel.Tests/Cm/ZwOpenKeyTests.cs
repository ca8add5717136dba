using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwOpenKeyTests
{
    [Fact]
    public void ZwOpenKey_ServicesThroughCurrentControlSet_OpensControlSet001Services()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out var key));
            var buffer = new byte[256];
            Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyNameInformation, buffer, out var length));
            name = new KEY_NAME_INFORMATION(buffer.AsSpan(0, (int)length)).Name;
            CmTest.Close(key);
        }));
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services", name);
    }
}
