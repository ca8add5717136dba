using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>KeSaveFloatingPointState/KeRestoreFloatingPointState: a matched pair succeeds; a restore of a
/// state never saved, at another IRQL or on another thread bug checks INVALID_FLOATING_POINT_STATE (0xE7).</summary>
public sealed class KeFloatingPointTests
{
    [Fact]
    public void KeSaveFloatingPointState_NestedPairsAtRisingIrql_Succeed()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new List<NTSTATUS>();
        uint alignment = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            statuses.Add(KeSaveFloatingPointState(out var outer));
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            statuses.Add(KeSaveFloatingPointState(out var inner));
            statuses.Add(KeRestoreFloatingPointState(ref inner));
            KeLowerIrql(old);
            statuses.Add(KeRestoreFloatingPointState(ref outer));
            alignment = KeGetRecommendedSharedDataAlignment();
        }));

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS], statuses);
        Assert.Equal(64u, alignment);
    }

    [Fact]
    public void KeRestoreFloatingPointState_NeverSaved_BugChecksE7WithTheFlags()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var never = default(KFLOATING_SAVE);
            KeRestoreFloatingPointState(ref never);
        });

        MachineAssert.BugCheck(machine, status, INVALID_FLOATING_POINT_STATE, 0, 0, 0, 0);
    }

    [Fact]
    public void KeRestoreFloatingPointState_Twice_BugChecksE7TheSecondTime()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeSaveFloatingPointState(out var save);
            KeRestoreFloatingPointState(ref save);
            KeRestoreFloatingPointState(ref save);
        });

        MachineAssert.BugCheck(machine, status, INVALID_FLOATING_POINT_STATE, 0, 0, 0, 0);
    }

    [Fact]
    public void KeRestoreFloatingPointState_AtAnotherIrql_BugChecksE7WithBothIrqls()
    {
        // The example of warning C28111: saved at APC_LEVEL, restored after lowering to PASSIVE_LEVEL.
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out var old);
            KeSaveFloatingPointState(out var save);
            KeLowerIrql(old);
            KeRestoreFloatingPointState(ref save);
        });

        MachineAssert.BugCheck(machine, status, INVALID_FLOATING_POINT_STATE, 1, (ulong)APC_LEVEL, (ulong)PASSIVE_LEVEL, 0);
    }

    [Fact]
    public void KeRestoreFloatingPointState_OnAnotherThread_BugChecksE7WithBothThreads()
    {
        using var machine = MachineAssert.Boot();
        ulong saver = 0, restorer = 0;
        var status = machine.Run(() =>
        {
            KeSaveFloatingPointState(out var save);
            saver = KeGetCurrentThread().Address;
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
            {
                restorer = KeGetCurrentThread().Address;
                KeRestoreFloatingPointState(ref save);
            }, null);
            ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread);
            KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
        });

        MachineAssert.BugCheck(machine, status, INVALID_FLOATING_POINT_STATE, 2, saver, restorer, 0);
    }
}
