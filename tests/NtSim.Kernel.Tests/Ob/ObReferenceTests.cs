using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

public sealed class ObReferenceTests
{
    [Fact]
    public void ObfReferenceObject_CountsReferences_HandleHoldsOne()
    {
        using var machine = MachineAssert.Boot();
        long afterReference = 0, afterDereference = 0, handles = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            afterReference = ObfReferenceObject(body);
            afterDereference = ObfDereferenceObject(body);
            handles = ObTest.Header(body).HandleCount;
            ZwClose(h);
        }));
        Assert.Equal(2, afterReference);
        Assert.Equal(1, afterDereference);
        Assert.Equal(1, handles);
    }

    [Fact]
    public void ObfReferenceObject_NamedObject_TheNameHoldsOneReference()
    {
        using var machine = MachineAssert.Boot();
        long named = 0, afterClose = 0;
        var nameGone = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Named");
            var body = ObTest.Body(h);
            named = ObfReferenceObject(body);          // the handle's, the name's, this one
            ZwClose(h);                                // the last handle of a temporary object: the name goes, with its reference
            nameGone = ObTest.OpenDirectory(@"\Named", out _) == STATUS_OBJECT_NAME_NOT_FOUND;
            afterClose = ObfReferenceObject(body);
            ObfDereferenceObject(body);
            ObfDereferenceObject(body);
        }));
        Assert.Equal(3, named);
        Assert.True(nameGone);
        Assert.Equal(2, afterClose);
    }

    [Fact]
    public void ObfReferenceObject_Permanent_AddsNoReferenceOfItsOwn()
    {
        using var machine = MachineAssert.Boot();
        long named = 0, namedAfterClose = 0, afterTemporary = 0, unnamed = 0;
        var deleted = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Kept", ObTest.KernelNameAttributes | OBJ_PERMANENT);
            var body = ObTest.Body(h);
            named = ObfReferenceObject(body);          // the handle's, the name's, this one: none for OBJ_PERMANENT
            ZwClose(h);
            namedAfterClose = ObfDereferenceObject(body); // the name keeps it alive
            ObMakeTemporaryObject(body);               // no handle: the name goes now, with its reference
            deleted = ObTest.Header(body).Deleted;

            var u = ObTest.CreateDirectory(null, ObTest.KernelNameAttributes | OBJ_PERMANENT);
            var unnamedBody = ObTest.Body(u);
            unnamed = ObfReferenceObject(unnamedBody); // the handle's and this one
            afterTemporary = ObfDereferenceObject(unnamedBody);
            ZwClose(u);
        }));
        Assert.Equal(3, named);
        Assert.Equal(1, namedAfterClose);
        Assert.True(deleted);
        Assert.Equal(2, unnamed);
        Assert.Equal(1, afterTemporary);
    }

    [Fact]
    public void LastReferenceAfterLastHandle_DeletesTheObject()
    {
        using var machine = MachineAssert.Boot();
        bool deletedWithReference = true, deletedAtZero = false, nameGoneAtClose = false, stillListed = true;
        ulong address = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Doomed");
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(h, 0, null, KernelMode, out var body));
            var header = ObTest.Header(body!);
            address = header.BodyAddress;
            ZwClose(h);
            nameGoneAtClose = ObTest.OpenDirectory(@"\Doomed", out _) == STATUS_OBJECT_NAME_NOT_FOUND;
            deletedWithReference = header.Deleted;
            ObDereferenceObject(body!);
            deletedAtZero = header.Deleted;
            stillListed = header.Manager.FindObject(address) is not null;
        }));
        Assert.True(nameGoneAtClose);
        Assert.False(deletedWithReference);
        Assert.True(deletedAtZero);
        Assert.False(stillListed);
    }

    [Fact]
    public void ObDereferenceObject_OnDeletedObject_BugChecksC4_3F()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            ZwClose(h);
            ObDereferenceObject(body);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3F, address, 0xFFFFFFFFFFFFFFFF, 0);
    }

    [Fact]
    public void ObReferenceObject_OnDeletedObject_BugChecksC4_3F()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            ZwClose(h);
            ObReferenceObject(body);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3F, address, 1, 0);
        Assert.Contains("was deleted", info.Detail);
    }

    [Fact]
    public void ObDereferenceObject_ToZeroWithHandleOpen_BugChecksReferenceByPointer()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0, type = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            type = ObTest.Header(body).Manager.TypeObjectAddress(ObjectTypes.Directory);
            ObDereferenceObject(body); // the handle's reference: one too many
        });
        MachineAssert.BugCheck(machine, status, REFERENCE_BY_POINTER, type, address, 0, 0);
    }

    [Fact]
    public void ObReferenceObjectByPointer_ChecksType()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS wrong = 0, right = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            wrong = ObReferenceObjectByPointer(body, 0, PsThreadType, KernelMode);
            right = ObReferenceObjectByPointer(body, 0, ObjectTypes.Directory, KernelMode);
            ObDereferenceObject(body);
            ZwClose(h);
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, wrong);
        Assert.Equal(STATUS_SUCCESS, right);
    }

    [Fact]
    public void ObMakeTemporaryObject_PermanentObject_DeletedWithLastReference()
    {
        using var machine = MachineAssert.Boot();
        bool aliveAfterClose = false, deleted = false;
        NTSTATUS lookup = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Kept", ObTest.KernelNameAttributes | OBJ_PERMANENT);
            ObReferenceObjectByHandle(h, 0, null, KernelMode, out var body);
            ZwClose(h);
            var header = ObTest.Header(body!);
            aliveAfterClose = !header.Deleted && ObTest.QueryName(body!) == @"\Kept";
            ObMakeTemporaryObject(body!);
            lookup = ObTest.OpenDirectory(@"\Kept", out _);
            ObDereferenceObject(body!);
            deleted = header.Deleted;
        }));
        Assert.True(aliveAfterClose);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, lookup);
        Assert.True(deleted);
    }

    [Fact]
    public void ObjectHeader_LiesJustBeforeTheBody_AndTypeCountsObjects()
    {
        using var machine = MachineAssert.Boot();
        var before = machine.ObjectManager.TypeObject(ObjectTypes.Directory).TotalNumberOfObjects;
        ObjectHeader? header = null;
        long during = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            header = ObTest.Header(ObTest.Body(h));
            during = machine.ObjectManager.TypeObject(ObjectTypes.Directory).TotalNumberOfObjects;
            ZwClose(h);
        }));
        Assert.Equal(header!.BodyAddress - 0x30, header.Address);
        Assert.Equal(0xFFFF_D000_0000_0000UL, header.BodyAddress & 0xFFFF_F000_0000_0000UL);
        Assert.Equal(before + 1, during);
        Assert.Equal(before, machine.ObjectManager.TypeObject(ObjectTypes.Directory).TotalNumberOfObjects);
    }

    [Fact]
    public void ObReferenceObject_OnObjectWithoutHeader_FailsWithClearMessage()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => ObReferenceObject(new KEVENT()));
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xE0434352, 0, 0, 0);
        Assert.Contains("not an object of the object manager", info.Detail);
    }
}
