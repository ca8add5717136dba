using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfVerifierDbgBreakPoint and WdfVerifierKeBugCheck.</summary>
public sealed class VerifierDdiTests
{
    [Fact]
    public void WdfVerifierDbgBreakPoint_NoKernelDebugging_DoesNothing()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var after = false;
        var status = ScriptedDriver.Run(machine, "vbrk1", driver =>
        {
            WdfVerifierDbgBreakPoint();
            after = true;
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.True(after);
    }

    [Fact]
    public void WdfVerifierDbgBreakPoint_DebuggingEnabledAndVerifierOn_Breaks()
    {
        using var machine = Machine.Boot(new MachineOptions { Seed = 1, KernelDebugging = KernelDebugging.Enabled });
        var status = ScriptedDriver.Run(machine, "vbrk2", driver =>
        {
            WdfVerifierDbgBreakPoint();
            return STATUS_SUCCESS;
        });

        Assert.Equal(RunStatus.Break, status);
    }

    [Fact]
    public void WdfVerifierDbgBreakPoint_DebuggingEnabledVerifierOff_DoesNothing()
    {
        using var machine = Machine.Boot(new MachineOptions { Seed = 1, KernelDebugging = KernelDebugging.Enabled, Verifier = VerifierFlags.None });
        var status = ScriptedDriver.Run(machine, "vbrk3", driver =>
        {
            WdfVerifierDbgBreakPoint();
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
    }

    [Fact]
    public void WdfVerifierKeBugCheck_BringsTheMachineDownWithTheDriversCode()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var status = ScriptedDriver.Run(machine, "vbug1", driver =>
        {
            WdfVerifierKeBugCheck(0xDEAD, 1, 2, 3, 4);
            return STATUS_SUCCESS;
        });

        MachineAssert.BugCheck(machine, status, 0xDEAD, 1, 2, 3, 4);
    }
}
