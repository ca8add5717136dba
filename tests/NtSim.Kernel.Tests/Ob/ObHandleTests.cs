using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

public sealed class ObHandleTests
{
    private const ulong KernelHandleBits = 0xFFFFFFFF80000000;

    [Fact]
    public void KernelHandles_HaveTheKernelBitsAndAreMultiplesOfFour()
    {
        using var machine = MachineAssert.Boot();
        HANDLE a = default, b = default, reused = default, user = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            a = ObTest.CreateDirectory(null);
            b = ObTest.CreateDirectory(null);
            ZwClose(b);
            reused = ObTest.CreateDirectory(null);
            user = ObTest.CreateDirectory(null, attributes: 0);
            ZwClose(a);
            ZwClose(reused);
            ZwClose(user);
        }));
        foreach (var h in (HANDLE[])[a, b])
        {
            Assert.Equal(KernelHandleBits, h.Value & KernelHandleBits);
            Assert.Equal(0UL, h.Value % 4);
            Assert.True(h.IsKernelHandle);
        }

        Assert.NotEqual(a, b);
        Assert.Equal(b, reused); // a closed slot is handed out first
        Assert.Equal(0UL, user.Value & KernelHandleBits); // no OBJ_KERNEL_HANDLE: a System process handle
        Assert.Equal(0UL, user.Value % 4);
        Assert.False(user.IsKernelHandle);
        Assert.Matches("^0xFFFFFFFF8000[0-9A-F]{4}$", a.ToString());
        Assert.Equal("NULL", HANDLE.NULL.ToString());
    }

    [Fact]
    public void ZwClose_InvalidKernelHandle_BugChecks93WithHandleAndOne()
    {
        using var machine = MachineAssert.Boot();
        var bogus = new HANDLE(0xFFFFFFFF80000FF0);
        var status = machine.Run(() => ZwClose(bogus));
        MachineAssert.BugCheck(machine, status, INVALID_KERNEL_HANDLE, bogus.Value, 1, 0, 0);
    }

    [Fact]
    public void ZwClose_Twice_BugChecks93()
    {
        using var machine = MachineAssert.Boot();
        HANDLE handle = default;
        var status = machine.Run(() =>
        {
            handle = ObTest.CreateDirectory(null);
            ZwClose(handle);
            ZwClose(handle);
        });
        var info = MachineAssert.BugCheck(machine, status, INVALID_KERNEL_HANDLE, handle.Value, 1, 0, 0);
        Assert.Contains("ObHandleTests.cs:", info.Location);
    }

    [Fact]
    public void ZwClose_ProtectedHandle_BugChecks93WithZero()
    {
        using var machine = MachineAssert.Boot();
        HANDLE handle = default;
        var status = machine.Run(() =>
        {
            handle = ObTest.CreateDirectory(null);
            KeGetCurrentThread().Machine!.ObjectManager.SetProtectFromClose(handle, true, KernelMode);
            ZwClose(handle);
        });
        MachineAssert.BugCheck(machine, status, INVALID_KERNEL_HANDLE, handle.Value, 0, 0, 0);
    }

    [Fact]
    public void NtClose_FromUserMode_ReturnsStatusInsteadOfBugCheck()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS invalid = 0, notClosable = 0, kernelFromUser = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var objects = KeGetCurrentThread().Machine!.ObjectManager;
            invalid = objects.CloseHandle(new HANDLE(0x7FFC), UserMode);
            var user = ObTest.CreateDirectory(null, attributes: 0);
            objects.SetProtectFromClose(user, true, KernelMode);
            notClosable = objects.CloseHandle(user, UserMode);
            objects.SetProtectFromClose(user, false, KernelMode);
            ZwClose(user);
            var kernel = ObTest.CreateDirectory(null);
            kernelFromUser = objects.CloseHandle(kernel, UserMode);
            ZwClose(kernel);
        }));
        Assert.Equal(STATUS_INVALID_HANDLE, invalid);
        Assert.Equal(STATUS_HANDLE_NOT_CLOSABLE, notClosable);
        Assert.Equal(STATUS_INVALID_HANDLE, kernelFromUser); // kernel handles can be closed only from kernel mode
    }

    [Fact]
    public void ObReferenceObjectByHandle_Errors_InvalidHandleTypeMismatchAccessDenied()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS invalid = 0, nullHandle = 0, mismatch = 0, denied = 0, kernelModeSkipsCheck = 0, kernelHandleFromUser = 0, granted = 0;
        object? deniedObject = new();
        OBJECT_HANDLE_INFORMATION info = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            invalid = ObReferenceObjectByHandle(new HANDLE(0xFFFFFFFF80000FF0), 0, null, KernelMode, out _);
            nullHandle = ObReferenceObjectByHandle(HANDLE.NULL, 0, null, KernelMode, out _);
            var kernel = ObTest.CreateDirectory(null);
            mismatch = ObReferenceObjectByHandle(kernel, 0, PsThreadType, KernelMode, out _);
            kernelHandleFromUser = ObReferenceObjectByHandle(kernel, 0, null, UserMode, out _);
            Assert.Equal(STATUS_SUCCESS, ZwCreateDirectoryObject(out var user, DIRECTORY_QUERY, ObTest.Attributes(null, 0)));
            denied = ObReferenceObjectByHandle(user, DIRECTORY_CREATE_OBJECT, ObjectTypes.Directory, UserMode, out deniedObject);
            kernelModeSkipsCheck = ObReferenceObjectByHandle(user, DIRECTORY_CREATE_OBJECT, ObjectTypes.Directory, KernelMode, out var body);
            ObDereferenceObject(body!);
            granted = ObReferenceObjectByHandle(user, DIRECTORY_QUERY, null, UserMode, out body, out info);
            ObDereferenceObject(body!);
            ZwClose(user);
            ZwClose(kernel);
        }));
        Assert.Equal(STATUS_INVALID_HANDLE, invalid);
        Assert.Equal(STATUS_INVALID_HANDLE, nullHandle);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, mismatch);
        Assert.Equal(STATUS_INVALID_HANDLE, kernelHandleFromUser);
        Assert.Equal(STATUS_ACCESS_DENIED, denied);
        Assert.Null(deniedObject);
        Assert.Equal(STATUS_SUCCESS, kernelModeSkipsCheck);
        Assert.Equal(STATUS_SUCCESS, granted);
        Assert.Equal(DIRECTORY_QUERY, info.GrantedAccess);
    }

    [Fact]
    public void ObReferenceObjectByHandle_GenericAccess_IsMappedWhenGranted()
    {
        using var machine = MachineAssert.Boot();
        OBJECT_HANDLE_INFORMATION read = default, all = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ZwCreateDirectoryObject(out var h1, GENERIC_READ, ObTest.Attributes(null)));
            Assert.Equal(STATUS_SUCCESS, ZwCreateDirectoryObject(out var h2, MAXIMUM_ALLOWED, ObTest.Attributes(null)));
            ObReferenceObjectByHandle(h1, 0, null, KernelMode, out var o1, out read);
            ObReferenceObjectByHandle(h2, 0, null, KernelMode, out var o2, out all);
            ObDereferenceObject(o1!);
            ObDereferenceObject(o2!);
            ZwClose(h1);
            ZwClose(h2);
        }));
        Assert.Equal(STANDARD_RIGHTS_READ | DIRECTORY_QUERY | DIRECTORY_TRAVERSE, read.GrantedAccess);
        Assert.Equal(DIRECTORY_ALL_ACCESS, all.GrantedAccess);
    }

    [Fact]
    public void ObReferenceObjectByHandle_CurrentThreadPseudoHandle_IsTheCaller()
    {
        using var machine = MachineAssert.Boot();
        object? self = null, caller = null;
        NTSTATUS asProcess = 0, process = 0;
        object? system = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(NtCurrentThread(), SYNCHRONIZE, PsThreadType, UserMode, out self));
            ObDereferenceObject(self!);
            caller = KeGetCurrentThread();
            asProcess = ObReferenceObjectByHandle(NtCurrentThread(), 0, PsProcessType, KernelMode, out _);
            process = ObReferenceObjectByHandle(ZwCurrentProcess(), 0, PsProcessType, KernelMode, out system);
            ObDereferenceObject(system!);
        }));
        Assert.Same(caller, self);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, asProcess);
        Assert.Equal(STATUS_SUCCESS, process);
        Assert.Equal("PROCESS System Cid 0004", system!.ToString());
    }

    [Fact]
    public void ZwClose_AtApcLevel_BugChecksC4_IrqlZwPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            KeRaiseIrql(APC_LEVEL, out _);
            ZwClose(h);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }

    [Fact]
    public void ObReferenceObjectByHandle_AtDispatchLevel_BugChecksC4_IrqlObPassive()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ObReferenceObjectByHandle(h, 0, null, KernelMode, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001B, 0, 0, 0);
    }

    [Fact]
    public void Handles_RecordGrantedAccessAndCreatorLine()
    {
        using var machine = MachineAssert.Boot();
        HANDLE handle = default;
        MachineAssert.Completed(machine, machine.Run(() => handle = ObTest.CreateDirectory(null)));
        var (_, entry) = Assert.Single(machine.ObjectManager.KernelHandles(), e => e.Handle == handle);
        Assert.Equal(DIRECTORY_ALL_ACCESS, entry.GrantedAccess);
        Assert.Equal("NtSim.Kernel.Tests", entry.CreatorModule.Name);
        Assert.Contains("ObTest.cs:", entry.CreatorLocation);
        Assert.Contains("ObTest.cs:", entry.Object.CreatorLocation);
    }
}
