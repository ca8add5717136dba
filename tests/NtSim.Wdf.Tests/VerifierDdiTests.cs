using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfVerifierDbgBreakPoint and WdfVerifierKeBugCheck.</summary>
public sealed class VerifierDdiTests
{
    [Fact]
    public void WdfVerifierDbgBreakPoint_WithoutDbgBreakOnError_OnlyLogs()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None, KernelDebugging = KernelDebugging.Enabled });
        ScriptedKmdfDriver.Install(machine, "wdfvbp", _ =>
        {
            WdfVerifierDbgBreakPoint();
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, machine.Services.Start("wdfvbp"));

        Assert.Contains(machine.Wdf.Log("wdfvbp"), l => l.EndsWith("imp_WdfVerifierDbgBreakPoint - DbgBreakOnError registry value wasn't set, ignoring WdfVerifierDbgBreakPoint", StringComparison.Ordinal));
    }

    [Fact]
    public void WdfVerifierDbgBreakPoint_WithVerifierOnAndKernelDebugging_BreaksIn()
    {
        using var machine = Machine.Boot(new MachineOptions { KernelDebugging = KernelDebugging.Enabled });
        ScriptedKmdfDriver.Install(machine, "wdfvbk", _ =>
        {
            WdfVerifierDbgBreakPoint();
            return STATUS_SUCCESS;
        });

        Assert.Equal(RunStatus.Break, machine.Services.Start("wdfvbk"));
    }

    [Fact]
    public void WdfVerifierKeBugCheck_IsTheDriversBugCheck()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdfvkb", _ =>
        {
            WdfVerifierKeBugCheck(0xE2, 1, 2, 3, 4);
            return STATUS_SUCCESS;
        });

        var run = machine.Services.Start("wdfvkb");

        MachineAssert.BugCheck(machine, run, 0xE2, 1, 2, 3, 4);
    }
}
