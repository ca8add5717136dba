using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The IRQL family under Force IRQL checking (0x2) and without Driver Verifier.</summary>
public sealed class IrqlRulesUnderFlagsTests
{
    [Fact]
    public void KeRaiseIrql_ToLower_WithoutVerifier_BugChecksIrqlNotGreaterOrEqual()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeRaiseIrql(APC_LEVEL, out _);
        });
        MachineAssert.BugCheck(machine, status, IRQL_NOT_GREATER_OR_EQUAL, (ulong)DISPATCH_LEVEL, (ulong)APC_LEVEL, 0, 0);
    }

    [Fact]
    public void KeRaiseIrql_ToLower_UnderForceIrqlChecking_BugChecksC4_30()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeRaiseIrql(APC_LEVEL, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x30, (ulong)DISPATCH_LEVEL, (ulong)APC_LEVEL, 0);
    }

    [Fact]
    public void KeLowerIrql_ToHigher_WithoutForceIrqlChecking_RaisesAsX64Does()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.ForceIrqlChecking);
        KIRQL after = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeLowerIrql(DISPATCH_LEVEL);
            after = KeGetCurrentIrql();
            KeLowerIrql(PASSIVE_LEVEL);
        }));
        Assert.Equal(DISPATCH_LEVEL, after);
    }

    [Fact]
    public void KeLowerIrql_ToHigher_UnderForceIrqlChecking_BugChecksC4_31()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() => KeLowerIrql(DISPATCH_LEVEL));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, (ulong)PASSIVE_LEVEL, (ulong)DISPATCH_LEVEL, 0);
    }

    [Fact]
    public void KeAcquireSpinLockAtDpcLevel_AtPassive_WithoutVerifier_TakesTheLock()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var taken = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireSpinLockAtDpcLevel(spinLock);
            taken = !KeTestSpinLock(spinLock);
            KeReleaseSpinLockFromDpcLevel(spinLock);
        }));
        Assert.True(taken);
    }

    [Fact]
    public void KeAcquireSpinLockAtDpcLevel_AtPassive_UnderForceIrqlChecking_BugChecksC4_40()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            address = spinLock.Address;
            KeAcquireSpinLockAtDpcLevel(spinLock);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x40, (ulong)PASSIVE_LEVEL, address, 0);
    }

    [Fact]
    public void KeWaitForSingleObject_AtDispatchOnASignaledEvent_WithoutVerifier_Returns()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var status = STATUS_PENDING;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, true);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            status = KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
            KeLowerIrql(old);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
    }

    [Fact]
    public void KeWaitForSingleObject_AtDispatchThatMustBlock_WithoutVerifier_StillBugChecksC4_3B()
    {
        // Windows would switch threads at DISPATCH_LEVEL; NtSim cannot, and stops whatever the options.
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            address = evt.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, (ulong)DISPATCH_LEVEL, address, 0);
    }

    [Fact]
    public void KeWaitForSingleObject_InADpc_WithoutVerifier_BugChecksAttemptedSwitchFromDpc()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong thread = 0;
        var status = machine.Run(() =>
        {
            var evt = new KEVENT();
            var dpc = new KDPC();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                thread = KeGetCurrentThread().Address;
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
            }, null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, ATTEMPTED_SWITCH_FROM_DPC, thread, 0, 0, 0);
    }

    [Fact]
    public void KeLowerIrql_BelowDispatchInADpc_WithoutForceIrqlChecking_TheDpcLoopBugChecksIrqlUnexpectedValue()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => KeLowerIrql(PASSIVE_LEVEL), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, IRQL_UNEXPECTED_VALUE, (ulong)DISPATCH_LEVEL << 8, 0, 0, 0);
    }

    [Fact]
    public void KeLowerIrql_BelowDispatchInADpc_UnderForceIrqlChecking_BugChecksC4_31WithP4One()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => KeLowerIrql(PASSIVE_LEVEL), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, (ulong)DISPATCH_LEVEL, (ulong)PASSIVE_LEVEL, 1);
    }
}
