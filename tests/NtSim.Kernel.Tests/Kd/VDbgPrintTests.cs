using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

public sealed class VDbgPrintTests
{
    [Fact]
    public void VDbgPrintEx_FormatsTheArgumentList()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, vDbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%s: %d\n", ["count", 3]));
            vDbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "hidden %d\n", [1]);
        }));
        Assert.Equal(["count: 3\n"], machine.DebugOutput.ShownText);
        Assert.Equal(2, machine.DebugOutput.Messages.Count);
    }

    [Fact]
    public void VDbgPrintExWithPrefix_PutsThePrefixFirst()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
            vDbgPrintExWithPrefix("Sample: ", DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "0x%08X\n", [0xC0000001u])));
        Assert.Equal(["Sample: 0xC0000001\n"], machine.DebugOutput.ShownText);
    }
}
