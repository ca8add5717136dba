using NtSim.Tests.Cm;
using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

public sealed class DebugPrintFilterTests
{
    private const string FilterKey = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Session Manager\Debug Print Filter";

    private static void PrintThree()
    {
        DbgPrint("default info\n");
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "ihv info\n");
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, "ihv trace\n");
    }

    [Fact]
    public void Boot_DebugPrintFilterKey_SetsTheComponentMasks()
    {
        using var folder = new TemporaryFolder();
        using (var first = folder.Boot())
        {
            first.Registry.SetValue(FilterKey, "DEFAULT", 0xFu);
            first.Registry.SetValue(FilterKey, "IHVDRIVER", 0x8u);   // INFO only
            first.Registry.SetValue(FilterKey, "NOSUCHCOMPONENT", 0xFu);
        }

        using var machine = folder.Boot();
        MachineAssert.Completed(machine, machine.Run(PrintThree));
        Assert.Equal(["default info\n", "ihv info\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void Boot_DebugPrintMaskOption_SetsTheDefaultMask()
    {
        using var machine = Machine.Boot(new MachineOptions { DebugPrintMask = 0xF });
        MachineAssert.Completed(machine, machine.Run(PrintThree));
        Assert.Equal(["default info\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void ToString_PrintsTheShownMessagesAndCountsTheFiltered()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "shown %d\n", 1);
            DbgPrint("filtered\n");
        }));
        var shown = machine.DebugOutput.Messages[0];
        Assert.Equal(shown + Environment.NewLine + "(1 filtered)" + Environment.NewLine, machine.DebugOutput.ToString());
        Assert.StartsWith("[", machine.DebugOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("shown 1", machine.DebugOutput.ToString(), StringComparison.Ordinal);
    }
}
