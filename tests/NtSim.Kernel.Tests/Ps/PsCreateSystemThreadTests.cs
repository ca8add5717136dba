using NtSim.Tests.Ob;
using static NtSim.Wdm;

namespace NtSim.Tests.Ps;

public sealed class PsCreateSystemThreadTests
{
    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void PsCreateSystemThread_WaitThroughHandle_ReturnsWhenThreadEnds(ExecutionMode mode)
    {
        using var machine = MachineAssert.Boot(mode: mode);
        NTSTATUS created = 0, referenced = 0, waited = 0;
        object? context = null;
        KIRQL irql = HIGH_LEVEL;
        var ran = false;
        HANDLE handle = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            created = PsCreateSystemThread(out handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, ctx =>
            {
                context = ctx;
                irql = KeGetCurrentIrql();
                KeDelayExecutionThread(KernelMode, false, -10_000);
                ran = true;
            }, "context");
            referenced = ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread);
            waited = KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
            ObDereferenceObject(thread!);
            ZwClose(handle);
        }));
        Assert.Equal(STATUS_SUCCESS, created);
        Assert.Equal(STATUS_SUCCESS, referenced);
        Assert.Equal(STATUS_SUCCESS, waited);
        Assert.True(ran);
        Assert.Equal("context", context);
        Assert.Equal(PASSIVE_LEVEL, irql);
        Assert.True(handle.IsKernelHandle);
    }

    [Fact]
    public void PsCreateSystemThread_ClientIdAndIds_NameTheNewThreadInSystem()
    {
        using var machine = MachineAssert.Boot();
        CLIENT_ID clientId = default;
        HANDLE seenThreadId = default, seenProcessId = default;
        bool system = false;
        KTHREAD? thread = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, out clientId, _ =>
            {
                seenThreadId = PsGetCurrentThreadId();
                seenProcessId = PsGetCurrentProcessId();
                system = PsIsSystemThread(PsGetCurrentThread());
            }, null);
            thread = (KTHREAD)ObTest.Body(h);
            ZwWaitForSingleObject(h, false, null);
            ZwClose(h);
        }));
        Assert.Equal(clientId.UniqueThread, seenThreadId);
        Assert.Equal(new HANDLE(4), clientId.UniqueProcess);
        Assert.Equal(new HANDLE(4), seenProcessId);
        Assert.True(system);
        Assert.Equal("NtSim.Kernel.Tests", thread!.Module.Name); // charged to the start routine's module
    }

    [Fact]
    public void PsTerminateSystemThread_ExitStatusIsReported()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS running = 0, exited = 0;
        var after = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var go = new KEVENT();
            KeInitializeEvent(go, NotificationEvent, false);
            PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
            {
                KeWaitForSingleObject(go, Executive, KernelMode, false, null);
                PsTerminateSystemThread(STATUS_CANCELLED);
                after = true;
            }, null);
            var thread = (KTHREAD)ObTest.Body(h);
            running = PsGetThreadExitStatus(thread);
            KeSetEvent(go, 0, false);
            ZwWaitForSingleObject(h, false, null);
            exited = PsGetThreadExitStatus(thread);
            ZwClose(h);
        }));
        Assert.Equal(STATUS_PENDING, running);
        Assert.Equal(STATUS_CANCELLED, exited);
        Assert.False(after);
    }

    [Fact]
    public void ThreadObject_StaysValidUntilHandleClosed_ThenDeleted()
    {
        using var machine = MachineAssert.Boot();
        bool deletedBeforeClose = true, deletedAfterClose = false;
        long pointersWhileRunning = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var go = new KEVENT();
            KeInitializeEvent(go, NotificationEvent, false);
            PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => KeWaitForSingleObject(go, Executive, KernelMode, false, null), null);
            var header = ObTest.Header(ObTest.Body(h));
            pointersWhileRunning = header.PointerCount; // the handle's and the thread's own
            KeSetEvent(go, 0, false);
            ZwWaitForSingleObject(h, false, null);
            deletedBeforeClose = header.Deleted;
            ZwClose(h);
            deletedAfterClose = header.Deleted;
        }));
        Assert.Equal(2, pointersWhileRunning);
        Assert.False(deletedBeforeClose);
        Assert.True(deletedAfterClose);
    }

    [Fact]
    public void ThreadObject_HandleClosedFirst_DeletedWhenThreadEnds()
    {
        using var machine = MachineAssert.Boot();
        ObjectHeader? header = null;
        bool deletedAfterClose = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var go = new KEVENT();
            KeInitializeEvent(go, NotificationEvent, false);
            PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => KeWaitForSingleObject(go, Executive, KernelMode, false, null), null);
            header = ObTest.Header(ObTest.Body(h));
            ZwClose(h);
            deletedAfterClose = header.Deleted;
            KeSetEvent(go, 0, false);
        }));
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
        Assert.False(deletedAfterClose);
        Assert.True(header!.Deleted);
    }

    [Fact]
    public void PsCreateSystemThread_PermanentAttribute_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
            status = PsCreateSystemThread(out _, THREAD_ALL_ACCESS, ObTest.Attributes(null, OBJ_KERNEL_HANDLE | OBJ_PERMANENT), HANDLE.NULL, _ => { }, null)));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }

    [Fact]
    public void PsCreateSystemThread_AtDispatchLevel_BugChecksC4_IrqlPsPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            PsCreateSystemThread(out _, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => { }, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001C, 0, 0, 0);
    }

    [Fact]
    public void PsCreateSystemThread_CurrentProcessHandle_IsTheSystemProcess()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        CLIENT_ID id = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, NtCurrentProcess(), out id, _ => { }, null);
            ZwWaitForSingleObject(h, false, null);
            ZwClose(h);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(new HANDLE(4), id.UniqueProcess);
    }

    [Fact]
    public void ZwWaitForSingleObject_OnDirectory_TypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            status = ZwWaitForSingleObject(h, false, null);
            ZwClose(h);
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Fact]
    public void PsCreateSystemThread_ManyThreadsOnRealCores_AllObjectsGoAway()
    {
        using var machine = MachineAssert.Boot(processors: 4, mode: ExecutionMode.Concurrent);
        var before = machine.ObjectManager.LiveObjects().Count;
        var threads = new List<ObjectHeader>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var handles = new List<HANDLE>();
            for (var i = 0; i < 16; i++)
            {
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, n =>
                {
                    for (var k = 0; k < 20; k++)
                    {
                        ZwClose(ObTest.CreateDirectory($@"\BaseNamedObjects\T{n}_{k}"));
                    }
                }, i));
                handles.Add(h);
            }

            foreach (var h in handles)
            {
                threads.Add(ObTest.Header(ObTest.Body(h)));
                Assert.Equal(STATUS_SUCCESS, ZwWaitForSingleObject(h, false, null));
                ZwClose(h);
            }
        }));
        Assert.All(threads, t => Assert.True(t.Deleted));
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
        // Only the run thread itself (adopted by ObTest.Body's reference) may remain.
        Assert.InRange(machine.ObjectManager.LiveObjects().Count, before, before + 1);
    }
}
