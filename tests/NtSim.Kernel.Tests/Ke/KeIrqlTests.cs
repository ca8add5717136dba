using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeIrqlTests
{
    [Fact]
    public void KeGetCurrentIrql_SystemThread_IsPassive()
    {
        using var machine = MachineAssert.Boot();
        KIRQL irql = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() => irql = KeGetCurrentIrql()));
        Assert.Equal(PASSIVE_LEVEL, irql);
    }

    [Fact]
    public void KeRaiseIrql_ThenLower_RestoresOldIrql()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, raised = PASSIVE_LEVEL, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out old);
            raised = KeGetCurrentIrql();
            KeLowerIrql(old);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal(DISPATCH_LEVEL, raised);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void KeRaiseIrql_ToLowerLevel_BugChecksC4_30()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeRaiseIrql(APC_LEVEL, out _);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x30, 2, 1, 0);
        Assert.Equal("NtSim.Kernel.Tests", info.Module);
        Assert.Contains("KeIrqlTests.cs:", info.Location);
    }

    [Fact]
    public void KeLowerIrql_ToHigherLevel_BugChecksC4_31()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeLowerIrql(DISPATCH_LEVEL));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, 0, 2, 0);
    }

    [Fact]
    public void KeRaiseIrqlToDpcLevel_ReturnsOldIrql()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, now = PASSIVE_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            old = KeRaiseIrqlToDpcLevel();
            now = KeGetCurrentIrql();
            KeLowerIrql(old);
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal(DISPATCH_LEVEL, now);
    }

    [Fact]
    public void KeQueryActiveProcessorCount_ReportsMachineProcessors()
    {
        using var machine = MachineAssert.Boot(processors: 4);
        uint count = 0;
        ulong mask = 0;
        uint number = 99;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            count = KeQueryActiveProcessorCount(out mask);
            number = KeGetCurrentProcessorNumberEx(out var pn);
            Assert.Equal(number, pn.Number);
        }));
        Assert.Equal(4u, count);
        Assert.Equal(0xFUL, mask);
        Assert.True(number < 4);
    }

    [Fact]
    public void KeGetCurrentIrql_OnHostThread_ThrowsClearError()
    {
        var e = Assert.Throws<InvalidOperationException>(() => KeGetCurrentIrql());
        Assert.Contains("KeGetCurrentIrql", e.Message);
        Assert.Contains("machine.Run", e.Message);
    }

    [Fact]
    public void KeBugCheckEx_HaltsMachine_HostKeepsRunning()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4));
        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        Assert.True(machine.IsHalted);
        Assert.Equal(RunStatus.BugCheck, machine.Run(() => { }));
    }
}
