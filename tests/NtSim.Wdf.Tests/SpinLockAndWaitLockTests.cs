using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class SpinLockAndWaitLockTests
{
    [Fact]
    public void WdfSpinLockAcquire_RaisesToDispatch_ReleaseGoesBack()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var context = ObjectsRig.Start(machine, nameof(WdfSpinLockAcquire_RaisesToDispatch_ReleaseGoesBack), new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                c.Statuses.Add(WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var spinLock));
                c.Events.Add($"before {(int)KeGetCurrentIrql()}");
                WdfSpinLockAcquire(spinLock);
                c.Events.Add($"held {(int)KeGetCurrentIrql()}");
                WdfSpinLockRelease(spinLock);
                c.Events.Add($"after {(int)KeGetCurrentIrql()}");
                WdfObjectDelete(spinLock);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["before 0", "held 2", "after 0"], context.Events);
    }

    [Fact]
    public void WdfSpinLockRelease_NotAcquired_BugChecksInvalidLockOperation()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        const string service = nameof(WdfSpinLockRelease_NotAcquired_BugChecksInvalidLockOperation);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var spinLock);
                c.Objects["lock"] = spinLock;
                KeRaiseIrql(DISPATCH_LEVEL, out _);
                WdfSpinLockRelease(spinLock);
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFSPINLOCK)context.Objects["lock"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_LOCK_OPERATION, handle, 1, ObjectsRig.Globals(machine, service).Address);
    }

    [Fact]
    public void WdfSpinLockAcquire_Twice_BugChecksRecursiveLock()
    {
        using var machine = MachineAssert.Boot(seed: 3);
        const string service = nameof(WdfSpinLockAcquire_Twice_BugChecksRecursiveLock);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var spinLock);
                c.Objects["lock"] = spinLock;
                WdfSpinLockAcquire(spinLock);
                WdfSpinLockAcquire(spinLock);
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFSPINLOCK)context.Objects["lock"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_RECURSIVE_LOCK, handle, 0, ObjectsRig.Globals(machine, service).Address);
    }

    [Fact]
    public void WdfSpinLockAcquire_WaitLockHandle_BugChecksInvalidHandleWithSpinLockType()
    {
        using var machine = MachineAssert.Boot(seed: 4);
        const string service = nameof(WdfSpinLockAcquire_WaitLockHandle_BugChecksInvalidHandleWithSpinLockType);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var waitLock);
                c.Objects["lock"] = waitLock;
                WdfSpinLockAcquire((WDFSPINLOCK)(WDFOBJECT)waitLock);
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFWAITLOCK)context.Objects["lock"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, handle, 0x1024, ObjectsRig.Globals(machine, service).Address);
    }

    [Fact]
    public void WdfWaitLockAcquire_ZeroTimeoutWhileHeld_ReturnsTimeout_AndSucceedsOnceFree()
    {
        using var machine = MachineAssert.Boot(seed: 5);
        var context = ObjectsRig.Start(machine, nameof(WdfWaitLockAcquire_ZeroTimeoutWhileHeld_ReturnsTimeout_AndSucceedsOnceFree), new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var waitLock);
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, null));
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, 0));
                WdfWaitLockRelease(waitLock);
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, 0));
                WdfWaitLockRelease(waitLock);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS, STATUS_TIMEOUT, STATUS_SUCCESS], context.Statuses);
    }

    [Fact]
    public void WdfWaitLockAcquire_RelativeTimeoutWhileHeld_TimesOutAfterThatLong()
    {
        using var machine = MachineAssert.Boot(seed: 6);
        var context = ObjectsRig.Start(machine, nameof(WdfWaitLockAcquire_RelativeTimeoutWhileHeld_TimesOutAfterThatLong), new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var waitLock);
                WdfWaitLockAcquire(waitLock, null);
                var before = KeQueryInterruptTime();
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, WDF_REL_TIMEOUT_IN_MS(10)));
                c.Counter = (int)((KeQueryInterruptTime() - before) / 10_000);
                WdfWaitLockRelease(waitLock);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_TIMEOUT], context.Statuses);
        Assert.InRange(context.Counter, 10, 11);
    }

    [Fact]
    public void WdfWaitLockAcquire_AtDispatch_TriesWithZeroTimeout_ButFailsAWaitUnderTheVerifier()
    {
        using var machine = MachineAssert.Boot(seed: 7);
        const string service = nameof(WdfWaitLockAcquire_AtDispatch_TriesWithZeroTimeout_ButFailsAWaitUnderTheVerifier);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (_, _, c) =>
            {
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var waitLock);
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, 0));
                WdfWaitLockRelease(waitLock);
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, WDF_REL_TIMEOUT_IN_MS(1)));
                KeLowerIrql(old);
            },
        });

        Assert.True(ObjectsRig.Globals(machine, service).Verifier.VerifierOn, "a test machine runs the KMDF verifier");
        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS, STATUS_INVALID_DEVICE_REQUEST], context.Statuses);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains("WDF detected potentially invalid operation", StringComparison.Ordinal));
    }

    [Fact]
    public void WdfWaitLockAcquire_NullTimeout_WaitsUntilTheOwnerReleases()
    {
        using var machine = MachineAssert.Boot(seed: 8);
        var context = ObjectsRig.Start(machine, nameof(WdfWaitLockAcquire_NullTimeout_WaitsUntilTheOwnerReleases), new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out var waitLock);
                c.Objects["lock"] = waitLock;
                WDF_WORKITEM_CONFIG_INIT(out var config, _ =>
                {
                    c.Statuses.Add(WdfWaitLockAcquire(waitLock, null));
                    c.Events.Add($"worker acquired after {(KeQueryInterruptTime() - (ulong)c.Objects["start"]) / 10_000} ms");
                    WdfWaitLockRelease(waitLock);
                });
                config.AutomaticSerialization = false;
                WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
                attributes.ParentObject = device;
                WdfWorkItemCreate(config, attributes, out var item);
                c.Objects["item"] = item;
            },
            OnIoctl = (queue, request, c) =>
            {
                var waitLock = (WDFWAITLOCK)c.Objects["lock"];
                var item = (WDFWORKITEM)c.Objects["item"];
                c.Statuses.Add(WdfWaitLockAcquire(waitLock, null));
                c.Objects["start"] = KeQueryInterruptTime();
                WdfWorkItemEnqueue(item);
                KeDelayExecutionThread(KernelMode, false, WDF_REL_TIMEOUT_IN_MS(5));
                c.Events.Add("owner releases");
                WdfWaitLockRelease(waitLock);
                WdfWorkItemFlush(item);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["owner releases", "worker acquired after 5 ms"], context.Events);
    }
}
