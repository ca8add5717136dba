using static NtSim.Tests.Ob.ObTest;
using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

/// <summary>Event objects from kernel mode: ZwCreateEvent, ZwOpenEvent, the Zw handle routines,
/// KePulseEvent, IoCreateNotificationEvent and IoCreateSynchronizationEvent.</summary>
public sealed class NamedEventTests
{
    [Fact]
    public void ZwCreateEvent_NameExists_CollisionOrOpenIf()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS first = 0, collision = 0, openIf = 0, mismatch = 0, missing = 0, opened = 0;
        HANDLE h1 = default, h2 = default, h3 = default, h4 = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = ZwCreateEvent(out h1, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\K"), NotificationEvent, false);
            collision = ZwCreateEvent(out h2, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\K"), NotificationEvent, false);
            openIf = ZwCreateEvent(out h3, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\K", KernelNameAttributes | OBJ_OPENIF), SynchronizationEvent, true);
            mismatch = ZwOpenEvent(out _, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects"));
            missing = ZwOpenEvent(out _, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\Nope"));
            opened = ZwOpenEvent(out h4, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\K"));

            // OBJ_OPENIF opened the first event: not signaled, whatever the second call asked for.
            Assert.Equal(STATUS_TIMEOUT, ZwWaitForSingleObject(h3, false, 0));
            Assert.Equal(STATUS_SUCCESS, ZwSetEvent(h4, out var previous));
            Assert.Equal(0, previous);
            Assert.Equal(STATUS_SUCCESS, ZwWaitForSingleObject(h1, false, 0));
            ZwClose(h1);
            ZwClose(h3);
            ZwClose(h4);
        }));

        Assert.Equal(STATUS_SUCCESS, first);
        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, collision);
        Assert.True(h2.IsNull);
        Assert.Equal(STATUS_OBJECT_NAME_EXISTS, openIf);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, mismatch);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missing);
        Assert.Equal(STATUS_SUCCESS, opened);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
    }

    [Fact]
    public void ZwCreateEvent_BadEventType_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() => status = ZwCreateEvent(out _, EVENT_ALL_ACCESS, Attributes(null), (EVENT_TYPE)7, false)));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }

    [Fact]
    public void ZwResetAndClearEvent_LeaveTheEventNotSignaled_ReportPreviousState()
    {
        using var machine = MachineAssert.Boot();
        int reset = -1, pulsed = -1;
        NTSTATUS afterReset = 0, afterClear = 0, afterPulse = 0, badHandle = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwCreateEvent(out var h, EVENT_ALL_ACCESS, Attributes(null), NotificationEvent, true);
            ZwResetEvent(h, out reset);
            afterReset = ZwWaitForSingleObject(h, false, 0);
            ZwSetEvent(h);
            ZwClearEvent(h);
            afterClear = ZwWaitForSingleObject(h, false, 0);
            ZwSetEvent(h);
            ZwPulseEvent(h, out pulsed);
            afterPulse = ZwWaitForSingleObject(h, false, 0);
            ZwCreateDirectoryObject(out var dir, DIRECTORY_ALL_ACCESS, Attributes(null));
            badHandle = ZwSetEvent(dir);
            ZwClose(dir);
            ZwClose(h);
        }));

        Assert.Equal(1, reset);
        Assert.Equal(STATUS_TIMEOUT, afterReset);
        Assert.Equal(STATUS_TIMEOUT, afterClear);
        Assert.Equal(1, pulsed);
        Assert.Equal(STATUS_TIMEOUT, afterPulse);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, badHandle);
    }

    [Fact]
    public void KePulseEvent_NotificationEvent_ReleasesEveryWaiter_LeavesItReset()
    {
        using var machine = MachineAssert.Boot();
        var evt = new KEVENT();
        var released = 0;
        int previous = -1, state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeInitializeEvent(evt, NotificationEvent, false);
            var handles = new HANDLE[2];
            for (var i = 0; i < 2; i++)
            {
                PsCreateSystemThread(out handles[i], THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    Interlocked.Increment(ref released);
                }, null);
            }

            // Let both waiters reach their wait (virtual time).
            for (var i = 0; i < 100 && evt.WaitList.Count < 2; i++)
            {
                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            previous = KePulseEvent(evt, 0, false);
            state = KeReadStateEvent(evt);
            foreach (var h in handles)
            {
                ZwWaitForSingleObject(h, false, null);
                ZwClose(h);
            }
        }));

        Assert.Equal(0, previous);
        Assert.Equal(0, state);
        Assert.Equal(2, released);
    }

    [Fact]
    public void KePulseEvent_SynchronizationEvent_ReleasesOneWaiter()
    {
        using var machine = MachineAssert.Boot();
        var evt = new KEVENT();
        var released = 0;
        var left = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeInitializeEvent(evt, SynchronizationEvent, false);
            var handles = new HANDLE[2];
            for (var i = 0; i < 2; i++)
            {
                PsCreateSystemThread(out handles[i], THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    Interlocked.Increment(ref released);
                }, null);
            }

            for (var i = 0; i < 100 && evt.WaitList.Count < 2; i++)
            {
                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            KePulseEvent(evt, 0, false);
            KeDelayExecutionThread(KernelMode, false, -10_000);
            left = evt.WaitList.Count;
            KeSetEvent(evt, 0, false);
            foreach (var h in handles)
            {
                ZwWaitForSingleObject(h, false, null);
                ZwClose(h);
            }
        }));

        Assert.Equal(1, left);
        Assert.Equal(2, released);
    }

    [Fact]
    public void KePulseEvent_AtHighLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var evt = new KEVENT();
        var status = machine.Run(() =>
        {
            KeInitializeEvent(evt, NotificationEvent, false);
            KeRaiseIrql(HIGH_LEVEL, out _);
            KePulseEvent(evt, 0, false);
        });

        // 0xC4/0xE5: above its documented IRQL (<= DISPATCH_LEVEL); P2 the IRQL, P3 the event.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, evt.Address, 0);
    }

    [Fact]
    public void ZwCreateEvent_AtDispatchLevel_BugChecksC4_E6()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ZwCreateEvent(out _, EVENT_ALL_ACCESS, Attributes(null), NotificationEvent, false);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE6, 0, 2, 0);
    }

    [Fact]
    public void IoCreateNotificationEvent_CreatesSignaled_SecondCallOpensTheSameEvent()
    {
        using var machine = MachineAssert.Boot();
        KEVENT? first = null, second = null;
        HANDLE h1 = default, h2 = default;
        var state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\IoNote"), out h1);
            state = KeReadStateEvent(first!);
            KeClearEvent(first!);
            second = IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\IoNote"), out h2);
            ZwClose(h1);
            ZwClose(h2);
        }));

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, state);
        Assert.Equal(0, second!.SignalState);
        Assert.True(h1.IsKernelHandle);
        Assert.NotEqual(h1, h2);
    }

    [Fact]
    public void IoCreateSynchronizationEvent_NameOfADirectory_ReturnsNull()
    {
        using var machine = MachineAssert.Boot();
        KEVENT? evt = new();
        var sync = -1;
        HANDLE h = new(1);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            evt = IoCreateSynchronizationEvent(new UNICODE_STRING(@"\BaseNamedObjects"), out h);
            var ok = IoCreateSynchronizationEvent(new UNICODE_STRING(@"\BaseNamedObjects\IoSync"), out var h2);
            sync = KeWaitForSingleObject(ok!, Executive, KernelMode, false, 0) == STATUS_SUCCESS ? ok!.SignalState : -1;
            ZwClose(h2);
        }));

        Assert.Null(evt);
        Assert.True(h.IsNull);
        Assert.Equal(0, sync);
    }

    [Fact]
    public void IoCreateNotificationEvent_AtDispatchLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\Late"), out _);
        });

        // 0xC4/0xE5: above its documented IRQL (PASSIVE_LEVEL); P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
