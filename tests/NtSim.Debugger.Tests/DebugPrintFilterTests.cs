using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>nt!Kd_&lt;COMPONENT&gt;_Mask as memory: dd reads the live filter, ed changes it and the next DbgPrint obeys; .ofilter.</summary>
public sealed class DebugPrintFilterTests
{
    [Fact]
    public void EdKdDefaultMask_TheNextKdPrintIsShown()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Seed = 14 });
        var kd = new KernelDebugger(machine);
        machine.Run(() => KdPrint("before\n"));

        var before = kd.Execute("dd nt!Kd_DEFAULT_Mask L1");
        var write = kd.Execute("ed nt!Kd_DEFAULT_Mask 0xF");
        machine.Run(() => KdPrint("after\n"));

        ExpectedText.Matches("output/kd-default-mask", before + write + kd.Execute("dd nt!kd_DEFAULT_MASK L1; ? nt!Kd_DEFAULT_Mask"));
        Assert.Equal(["after\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void EdKdIhvDriverMask_WithoutModule_FiltersDbgPrintEx()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Seed = 14 });
        var kd = new KernelDebugger(machine);

        kd.Execute("ed Kd_IHVDRIVER_Mask 8");
        machine.Run(() =>
        {
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "info\n");
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, "trace\n");
        });

        Assert.Equal(["info\n"], machine.DebugOutput.ShownText);
        Assert.EndsWith(" 00000008\n", kd.Execute("dd Kd_IHVDRIVER_Mask L1"), StringComparison.Ordinal);
    }

    [Fact]
    public void KdWin2000Mask_ReadsAndWritesTheSystemMask()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Seed = 14 });
        var kd = new KernelDebugger(machine);

        Assert.EndsWith(" 00000001\n", kd.Execute("dd nt!Kd_WIN2000_Mask L1"), StringComparison.Ordinal);
        kd.Execute("eb nt!Kd_WIN2000_Mask+1 1");

        Assert.EndsWith(" 00000101\n", kd.Execute("dd nt!Kd_WIN2000_Mask L1"), StringComparison.Ordinal);
        machine.Run(() => DbgPrintEx(DPFLTR_IHVBUS_ID, 8, "level 8\n"));
        Assert.Equal(["level 8\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void UnknownComponent_CouldntResolve()
    {
        using var machine = Machine.Boot();
        Assert.Equal("Couldn't resolve error at 'nt!Kd_NOSUCH_Mask'\n", new KernelDebugger(machine).Execute("ed nt!Kd_NOSUCH_Mask 1"));
    }

    [Fact]
    public void Ofilter_SetShowReverseClear()
    {
        using var machine = Machine.Boot();
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("output/ofilter", kd.Execute(".ofilter; .ofilter \"zero*read\"; .ofilter; .ofilter /! \"noise\"; .ofilter; .ofilter \"\"; .ofilter"));
        kd.Execute(".ofilter \"zero*read\"");
        Assert.True(Commands.Output.OutputFilterCommand.Shows(kd, "Zero: short read of 5 bytes\n"));
        Assert.False(Commands.Output.OutputFilterCommand.Shows(kd, "Zero: write\n"));
    }
}
