using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

/// <summary>ObOpenObjectByName (a handle to a named object, typed or not) and ObCloseHandle (ZwClose's
/// rule in KernelMode, NtClose's status in UserMode).</summary>
public sealed class ObOpenObjectByNameTests
{
    [Fact]
    public void ObOpenObjectByName_NamedEvent_HandleToTheSameEvent_TypeChecked_MissingNameNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS opened = 0, untyped = 0, mismatch = 0, missing = 0, closed = 0, closedAgain = 0;
        var same = false;
        var state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var created = IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\Opened"), out var original);
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\BaseNamedObjects\Opened"), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            opened = ObOpenObjectByName(attributes, ExEventObjectType, KernelMode, null, EVENT_ALL_ACCESS, null, out var handle);
            untyped = ObOpenObjectByName(attributes, null, KernelMode, null, SYNCHRONIZE, null, out var second);
            mismatch = ObOpenObjectByName(attributes, ExSemaphoreObjectType, KernelMode, null, SYNCHRONIZE, null, out _);
            InitializeObjectAttributes(out var other, new UNICODE_STRING(@"\BaseNamedObjects\Missing"), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            missing = ObOpenObjectByName(other, null, KernelMode, null, SYNCHRONIZE, null, out _);

            ObReferenceObjectByHandle(handle, EVENT_MODIFY_STATE, ExEventObjectType, KernelMode, out var byHandle);
            same = ReferenceEquals(created, byHandle);
            KeSetEvent((KEVENT)byHandle!, 0, false);
            state = KeReadStateEvent(created!);
            ObDereferenceObject(byHandle!);

            closed = ObCloseHandle(handle, KernelMode);
            ObCloseHandle(second, KernelMode);
            ZwClose(original);
            closedAgain = ObCloseHandle(handle, UserMode);
        }));

        Assert.Equal(STATUS_SUCCESS, opened);
        Assert.Equal(STATUS_SUCCESS, untyped);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, mismatch);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missing);
        Assert.True(same);
        Assert.Equal(1, state);
        Assert.Equal(STATUS_SUCCESS, closed);
        Assert.Equal(STATUS_INVALID_HANDLE, closedAgain);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void ObCloseHandle_AStaleKernelHandleInKernelMode_BugChecksInvalidKernelHandle()
    {
        using var machine = MachineAssert.Boot();
        HANDLE stale = default;
        var status = machine.Run(() =>
        {
            IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\Stale"), out stale);
            ZwClose(stale);
            ObCloseHandle(stale, KernelMode);
        });

        // INVALID_KERNEL_HANDLE (0x93): P1 the handle, P2 1 for a handle that is not valid.
        MachineAssert.BugCheck(machine, status, INVALID_KERNEL_HANDLE, stale.Value, 1, 0, 0);
    }

    [Fact]
    public void ObOpenObjectByName_AtDispatchLevel_BugChecksC4_IrqlObPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\Device"), OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
            ObOpenObjectByName(attributes, null, KernelMode, null, 0, null, out _);
        });

        // DDI compliance rule IrqlObPassive (0xC4/0x2001B); P2 to P4 point into the rule's data on Windows.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001B, 0, 0, 0);
    }
}
