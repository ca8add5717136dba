using static NtSim.Tests.Ob.ObTest;
using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

public sealed class ObReferenceObjectByNameTests
{
    [Fact]
    public void ObReferenceObjectByName_NamedEvent_TheEventReferenced_TypeAndNameChecked()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS found = 0, mismatch = 0, missing = 0, empty = 0;
        object? evt = null;
        KEVENT? created = null;
        var alive = false;
        var state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            created = IoCreateNotificationEvent(new UNICODE_STRING(@"\BaseNamedObjects\ByName"), out var h);
            found = ObReferenceObjectByName(new UNICODE_STRING(@"\BaseNamedObjects\byname"), OBJ_CASE_INSENSITIVE, null, 0, ExEventObjectType, KernelMode, null, out evt);
            mismatch = ObReferenceObjectByName(new UNICODE_STRING(@"\BaseNamedObjects\ByName"), OBJ_CASE_INSENSITIVE, null, 0, ExSemaphoreObjectType, KernelMode, null, out _);
            missing = ObReferenceObjectByName(new UNICODE_STRING(@"\BaseNamedObjects\Other"), OBJ_CASE_INSENSITIVE, null, 0, null, KernelMode, null, out _);
            empty = ObReferenceObjectByName(new UNICODE_STRING(""), OBJ_CASE_INSENSITIVE, null, 0, null, KernelMode, null, out _);

            // The reference outlives the handle: the event stays alive (and nameless) until it is dropped.
            ZwClose(h);
            alive = ((IObjectBody)evt!).ObjectHeader is { Deleted: false };
            state = KeReadStateEvent((KEVENT)evt!);
            ObDereferenceObject(evt!);
        }));

        Assert.Equal(STATUS_SUCCESS, found);
        Assert.Same(created, evt);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, mismatch);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missing);
        Assert.Equal(STATUS_OBJECT_NAME_INVALID, empty);
        Assert.True(alive);
        Assert.Equal(1, state);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void ObReferenceObjectByName_AtDispatchLevel_BugChecksC4_IrqlObPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ObReferenceObjectByName(new UNICODE_STRING(@"\Device"), OBJ_CASE_INSENSITIVE, null, 0, null, KernelMode, null, out _);
        });

        // DDI compliance rule IrqlObPassive (0xC4/0x2001B); P2 to P4 point into the rule's data on Windows.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001B, 0, 0, 0);
    }
}
