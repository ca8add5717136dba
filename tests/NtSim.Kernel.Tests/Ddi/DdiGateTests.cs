using static NtSim.Wdm;

namespace NtSim.Tests.Ddi;

/// <summary>The DDI gate: binding the thread, the IRQL rules under their verifier options.</summary>
public sealed class DdiGateTests
{
    [Fact]
    public void Enter_FromAHostThread_ThrowsNamingTheDdi()
    {
        using var machine = MachineAssert.Boot();
        var e = Assert.Throws<InvalidOperationException>(() => KeSetEvent(new KEVENT(), 0, false));
        Assert.StartsWith("KeSetEvent was called on a host thread", e.Message);
    }

    [Fact]
    public void KeSetEvent_AboveDispatch_UnderIrqlChecking_BugChecksC4_80WithTheEvent()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.ForceIrqlChecking });
        var evt = new KEVENT();
        var status = machine.Run(() =>
        {
            KeInitializeEvent(evt, NotificationEvent, false);
            KeRaiseIrql(HIGH_LEVEL, out _);
            KeSetEvent(evt, 0, false);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x80, (ulong)HIGH_LEVEL, evt.Address, 0);
    }

    [Fact]
    public void KeSetEvent_AboveDispatch_WithoutTheVerifier_GoesOnAsAFreeBuild()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None });
        var previous = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeRaiseIrql(HIGH_LEVEL, out var old);
            previous = KeSetEvent(evt, 0, false);
            KeLowerIrql(old);
            Assert.Equal(1, KeReadStateEvent(evt));
        }));
        Assert.Equal(0, previous);
    }

    [Fact]
    public void ZwClose_AtDispatch_UnderDdiCompliance_BugChecksWithTheRuleId()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.DdiComplianceChecking });
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ZwClose(HANDLE.NULL);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
        Assert.Contains("ZwClose called at IRQL 2; it must be called at IRQL PASSIVE_LEVEL (rule IrqlZwPassive)", machine.BugCheck!.Detail);
    }

    [Fact]
    public void ZwClose_AtDispatch_WithIrqlCheckingButNotDdiCompliance_IsNotCaughtAtTheGate()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.ForceIrqlChecking });
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, null, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            Assert.Equal(STATUS_SUCCESS, ZwCreateDirectoryObject(out var directory, DIRECTORY_ALL_ACCESS, attributes));
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            status = ZwClose(directory);
            KeLowerIrql(old);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
    }

    [Fact]
    public void KeReleaseSpinLock_AtPassive_ReportsTheLockInP3()
    {
        using var machine = MachineAssert.Boot();
        var spinLock = new KSPIN_LOCK();
        var status = machine.Run(() =>
        {
            KeInitializeSpinLock(spinLock);
            KeReleaseSpinLock(spinLock, PASSIVE_LEVEL);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x32, (ulong)PASSIVE_LEVEL, spinLock.Address, 0);
    }

    [Fact]
    public void ZwCreateKey_AboveDispatch_UnderDdiCompliance_NamesTheRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\Registry\Machine\Software\X"), OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            ZwCreateKey(out _, KEY_ALL_ACCESS, attributes, 0, null, REG_OPTION_NON_VOLATILE, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }

    [Fact]
    public void Enter_WithTheKernelStackSpent_BugChecksADoubleFault_InCodeThatIsNotInstrumented()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => RecurseThroughDdis(0));
        MachineAssert.BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
    }

    private static ulong RecurseThroughDdis(int depth) =>
        KeQueryInterruptTime() + RecurseThroughDdis(depth + 1) + (ulong)depth;
}
