using System.Reflection;
using NtSim.Tests.Services;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Ob;

/// <summary>ObRegisterCallbacks and ObUnRegisterCallbacks: routines around the creation of process and
/// thread handles, access stripped, altitude order, collisions, unregistering, the post routine's view,
/// kernel handles, the /integritycheck rule and a registration left behind at unload.</summary>
[IntegrityCheck]
public sealed class ObRegisterCallbacksTests
{
    private static OB_CALLBACK_REGISTRATION Registration(string altitude, object? context, params OB_OPERATION_REGISTRATION[] operations) => new()
    {
        Version = OB_FLT_REGISTRATION_VERSION,
        OperationRegistrationCount = (ushort)operations.Length,
        Altitude = new UNICODE_STRING(altitude),
        RegistrationContext = context,
        OperationRegistration = operations,
    };

    private static OB_OPERATION_REGISTRATION Operation(OBJECT_TYPE type, POB_PRE_OPERATION_CALLBACK? pre, POB_POST_OPERATION_CALLBACK? post = null,
        uint operations = OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE) =>
        new() { ObjectType = type, Operations = operations, PreOperation = pre, PostOperation = post };

    private static object Register(Machine machine, OB_CALLBACK_REGISTRATION registration)
    {
        object? handle = null;
        MachineAssert.Completed(machine, machine.Run(() => Assert.Equal(STATUS_SUCCESS, ObRegisterCallbacks(registration, out handle))));
        return handle!;
    }

    private static void Unregister(Machine machine, object handle) => MachineAssert.Completed(machine, machine.Run(() => ObUnRegisterCallbacks(handle)));

    /// <summary>A kernel handle to the System process with <paramref name="access"/>, opened and closed; returns its granted access.</summary>
    private static uint OpenSystemProcess(Machine machine, uint access, uint attributes = OBJ_KERNEL_HANDLE)
    {
        uint granted = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ObOpenObjectByPointer(PsGetCurrentProcess(), attributes, null, access, PsProcessType, KernelMode, out var handle));
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(handle, 0, PsProcessType, KernelMode, out var body, out var information));
            ObDereferenceObject(body!);
            granted = information.GrantedAccess;
            ZwClose(handle);
        }));
        return granted;
    }

    /// <summary>A process that sleeps until it is terminated.</summary>
    private static UserProcess StartVictim(Machine machine) => machine.StartProcess("victim", _ =>
    {
        Sleep(INFINITE);
        return 0;
    });

    [Fact]
    public void PreOperation_StripsProcessTerminate_TerminateProcessIsDenied_UntilUnregistered()
    {
        using var machine = MachineAssert.Boot();
        var victim = StartVictim(machine);
        var seen = new List<(uint Desired, uint Original, bool Kernel, HANDLE Process)>();
        var handle = Register(machine, Registration("321000", null, Operation(PsProcessType, (_, info) =>
        {
            var process = (EPROCESS)info.Object;
            if (PsGetProcessId(process).Value == (ulong)victim.Id)
            {
                var create = info.Parameters.CreateHandleInformation;
                seen.Add((create.DesiredAccess, create.OriginalDesiredAccess, info.KernelHandle, PsGetCurrentProcessId()));
                info.Parameters.CreateHandleInformation.DesiredAccess &= ~PROCESS_TERMINATE;
            }

            return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
        })));

        var killer = machine.StartProcess("killer", _ =>
        {
            var h = OpenProcess(PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, false, (uint)victim.Id);
            var terminated = TerminateProcess(h, 7);
            var error = GetLastError();
            var queried = GetExitCodeProcess(h, out var code);
            CloseHandle(h);
            return !terminated && error == Win32Error.ERROR_ACCESS_DENIED && queried && code == STILL_ACTIVE ? 0 : 1;
        });
        MachineAssert.Completed(machine, killer.WaitForExit());
        Assert.Equal(0, killer.ExitCode);
        Assert.False(victim.HasExited);

        Unregister(machine, handle);
        var second = machine.StartProcess("killer", _ => TerminateProcess(OpenProcess(PROCESS_TERMINATE, false, (uint)victim.Id), 7) ? 0 : 1);
        MachineAssert.Completed(machine, second.WaitForExit());
        MachineAssert.Completed(machine, victim.WaitForExit());

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(7, victim.ExitCode);
        var only = Assert.Single(seen);
        Assert.Equal((PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, false),
            (only.Desired, only.Original, only.Kernel));
        Assert.Equal(new HANDLE((ulong)killer.Id), only.Process);   // in the context of the thread opening the handle
    }

    [Fact]
    public void Routines_PreFromTheHighestAltitudeDown_PostInReverse_EachSeesWhatTheOnesAboveLeft()
    {
        using var machine = MachineAssert.Boot();
        var calls = new List<string>();
        OB_OPERATION_REGISTRATION Recording(string name, uint strip, uint add) => Operation(PsProcessType,
            (_, info) =>
            {
                calls.Add($"pre {name} {info.Parameters.CreateHandleInformation.DesiredAccess:X}");
                info.Parameters.CreateHandleInformation.DesiredAccess = (info.Parameters.CreateHandleInformation.DesiredAccess & ~strip) | add;
                return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
            },
            (_, info) => calls.Add($"post {name} {info.Parameters.CreateHandleInformation.GrantedAccess:X}"));
        var low = Register(machine, Registration("1000", null, Recording("1000", PROCESS_VM_READ, 0)));
        var high = Register(machine, Registration("3000", null, Recording("3000", PROCESS_TERMINATE, 0)));
        var middle = Register(machine, Registration("2000.5", null, Recording("2000.5", 0, PROCESS_SET_QUOTA)));

        var granted = OpenSystemProcess(machine, PROCESS_TERMINATE | PROCESS_VM_READ | PROCESS_QUERY_INFORMATION);

        // 0x411 asked; 3000 strips 0x1, 2000.5 tries to add 0x100 (ignored: never beyond what was asked), 1000 strips 0x10.
        Assert.Equal(
            ["pre 3000 411", "pre 2000.5 410", "pre 1000 410", "post 1000 400", "post 2000.5 400", "post 3000 400"], calls);
        Assert.Equal(PROCESS_QUERY_INFORMATION, granted);
        Unregister(machine, low);
        Unregister(machine, high);
        Unregister(machine, middle);
    }

    [Fact]
    public void ObRegisterCallbacks_SameAltitudeTwice_IsAltitudeCollision_BadRegistrationsAreInvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        POB_PRE_OPERATION_CALLBACK pre = (_, _) => OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
        var first = Register(machine, Registration("385200", null, Operation(PsProcessType, pre)));
        var statuses = new List<NTSTATUS>();
        object? none = "unchanged";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            statuses.Add(ObRegisterCallbacks(Registration("385200.0", null, Operation(PsThreadType, pre)), out none));
            var badVersion = Registration("1", null, Operation(PsProcessType, pre));
            badVersion.Version = 0x0200;
            statuses.Add(ObRegisterCallbacks(badVersion, out _));
            statuses.Add(ObRegisterCallbacks(Registration("2", null, Operation(IoFileObjectType, pre)), out _));
            statuses.Add(ObRegisterCallbacks(Registration("3", null, Operation(PsProcessType, null, null)), out _));
            statuses.Add(ObRegisterCallbacks(Registration("4", null, Operation(PsProcessType, pre, operations: 0)), out _));
            statuses.Add(ObRegisterCallbacks(Registration("high", null, Operation(PsProcessType, pre)), out _));
            statuses.Add(ObRegisterCallbacks(Registration("5", null), out _));
        }));

        Assert.Equal(
            [STATUS_FLT_INSTANCE_ALTITUDE_COLLISION, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER,
                STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER], statuses);
        Assert.Null(none);
        Assert.Single(machine.ObjectCallbacks.Registrations);
        Unregister(machine, first);
    }

    [Fact]
    public void ObRegisterCallbacks_RoutineOutsideAnIntegrityCheckedImage_IsAccessDenied()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
            status = ObRegisterCallbacks(Registration("1000", null, Operation(PsProcessType, UnsignedRoutines.Pre)), out _)));

        Assert.Equal(STATUS_ACCESS_DENIED, status);
        Assert.Empty(machine.ObjectCallbacks.Registrations);
    }

    [Fact]
    public void ObUnRegisterCallbacks_RoutinesAreNoLongerCalled_AndNothingIsTracked()
    {
        using var machine = MachineAssert.Boot();
        var calls = 0;
        var handle = Register(machine, Registration("1000", null, Operation(PsProcessType, (_, _) =>
        {
            calls++;
            return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
        })));
        OpenSystemProcess(machine, PROCESS_TERMINATE);
        Unregister(machine, handle);
        OpenSystemProcess(machine, PROCESS_TERMINATE);

        Assert.Equal(1, calls);
        Assert.Empty(machine.ObjectCallbacks.Registrations);
        Assert.DoesNotContain(machine.Tracking.Outstanding(), r => r.Description.Contains("ObRegisterCallbacks", StringComparison.Ordinal));
    }

    [Fact]
    public void ObUnRegisterCallbacks_Twice_IsADoubleFree_BugCheck7E()
    {
        using var machine = MachineAssert.Boot();
        var handle = Register(machine, Registration("1000", null, Operation(PsProcessType, (_, _) => OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS)));
        Unregister(machine, handle);

        var status = machine.Run(() => ObUnRegisterCallbacks(handle));

        // "Do not call ObUnRegisterCallbacks more than once. This is a double free and results in Bug Check 0x7E."
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_ACCESS_VIOLATION), 0, 0, 0);
    }

    [Fact]
    public void PostOperation_SeesGrantedAccessReturnStatusContextAndTheCallContextOfItsPre()
    {
        using var machine = MachineAssert.Boot();
        var context = new object();
        OB_POST_OPERATION_INFORMATION? post = null;
        object? postContext = null;
        var handle = Register(machine, Registration("1000", context, Operation(PsProcessType,
            (_, info) =>
            {
                info.CallContext = "from pre";
                info.Parameters.CreateHandleInformation.DesiredAccess &= ~PROCESS_VM_WRITE;
                return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
            },
            (registrationContext, info) =>
            {
                postContext = registrationContext;
                post = info;
            })));

        var granted = OpenSystemProcess(machine, GENERIC_ALL);
        Unregister(machine, handle);

        Assert.Same(context, postContext);
        Assert.Equal(PROCESS_ALL_ACCESS & ~PROCESS_VM_WRITE, granted);
        Assert.Equal(granted, post!.Parameters.CreateHandleInformation.GrantedAccess);
        Assert.Equal(STATUS_SUCCESS, post.ReturnStatus);
        Assert.Equal("from pre", post.CallContext);
        Assert.Equal(OB_OPERATION_HANDLE_CREATE, post.Operation);
        Assert.Same(PsProcessType, post.ObjectType);
        Assert.Same(machine.SystemProcess, post.Object);
    }

    [Fact]
    public void KernelHandle_IsSetForOBJ_KERNEL_HANDLE_AndClearForAProcessHandle_TheRoutinesRunForBoth()
    {
        using var machine = MachineAssert.Boot();
        var flags = new List<(bool KernelHandle, uint Flags)>();
        var handle = Register(machine, Registration("1000", null, Operation(PsProcessType, (_, info) =>
        {
            flags.Add((info.KernelHandle, info.Flags));
            return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
        })));

        OpenSystemProcess(machine, PROCESS_QUERY_INFORMATION);
        var app = machine.StartProcess("opener", _ =>
        {
            CloseHandle(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, GetCurrentProcessId()));
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Unregister(machine, handle);

        Assert.Equal([(true, 1u), (false, 0u)], flags);
    }

    [Fact]
    public void ThreadHandles_CreateThreadAndPsCreateSystemThread_GoThroughTheThreadRoutines()
    {
        using var machine = MachineAssert.Boot();
        var granted = new List<uint>();
        var handle = Register(machine, Registration("1000", null, Operation(PsThreadType,
            (_, info) =>
            {
                Assert.IsType<KTHREAD>(info.Object);
                info.Parameters.CreateHandleInformation.DesiredAccess &= ~THREAD_TERMINATE;
                return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
            },
            (_, info) => granted.Add(info.Parameters.CreateHandleInformation.GrantedAccess))));

        var app = machine.StartProcess("threads", args =>
        {
            var h = CreateThread(null, 0, _ => 0, null, 0, out _);
            WaitForSingleObject(h, INFINITE);
            CloseHandle(h);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            PsCreateSystemThread(out var thread, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => { }, null);
            ZwWaitForSingleObject(thread, false, null);
            ZwClose(thread);
        }));
        Unregister(machine, handle);

        Assert.Equal([THREAD_ALL_ACCESS & ~THREAD_TERMINATE, THREAD_ALL_ACCESS & ~THREAD_TERMINATE], granted);
    }

    [Fact]
    public void ObRegisterCallbacks_AtDispatchLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ObRegisterCallbacks(Registration("1000", null, Operation(PsProcessType, (_, _) => OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS)), out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 2, 0, 0);
    }

    [Fact]
    public void DriverUnloadingWithCallbacksRegistered_IsALeftover_AndTheNextProcessHandleBugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        ProtectingDriver.UnregisterAtUnload = false;
        machine.Services.Install<ProtectingDriver>("Protector");
        MachineAssert.Completed(machine, machine.Services.Start("Protector"));

        var report = machine.Services.Stop("Protector");
        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains("object callbacks at altitude 12345.6789 (ObRegisterCallbacks)", item.Description, StringComparison.Ordinal);

        var status = machine.Run(() => ObOpenObjectByPointer(PsGetCurrentProcess(), OBJ_KERNEL_HANDLE, null, PROCESS_TERMINATE, PsProcessType, KernelMode, out _));
        var method = typeof(ProtectingDriver).GetMethod(nameof(ProtectingDriver.OnPreOpenProcess), BindingFlags.NonPublic | BindingFlags.Static)!;
        var routine = TestDrivers.RoutineAddress(method, TestDrivers.FirstImageBase);
        MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
    }

    [Fact]
    public void DriverUnregisteringAtUnload_LeavesNothingBehind()
    {
        using var machine = MachineAssert.Boot();
        ProtectingDriver.UnregisterAtUnload = true;
        machine.Services.Install<ProtectingDriver>("Protector");
        MachineAssert.Completed(machine, machine.Services.Start("Protector"));

        Assert.Empty(machine.Services.Stop("Protector").Items);
        Assert.Equal(PROCESS_TERMINATE, OpenSystemProcess(machine, PROCESS_TERMINATE));
    }

    [IntegrityCheck]
    public sealed class ProtectingDriver : IDriver
    {
        private static object? s_registration;

        internal static bool UnregisterAtUnload { get; set; } = true;

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = ProtectingUnload;
            OB_OPERATION_REGISTRATION[] operations =
            [
                new() { ObjectType = PsProcessType, Operations = OB_OPERATION_HANDLE_CREATE, PreOperation = OnPreOpenProcess },
            ];
            var registration = new OB_CALLBACK_REGISTRATION
            {
                Version = OB_FLT_REGISTRATION_VERSION,
                OperationRegistrationCount = 1,
                Altitude = new UNICODE_STRING("12345.6789"),
                OperationRegistration = operations,
            };
            return ObRegisterCallbacks(registration, out s_registration);
        }

        internal static OB_PREOP_CALLBACK_STATUS OnPreOpenProcess(object? RegistrationContext, OB_PRE_OPERATION_INFORMATION OperationInformation) =>
            OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;

        private static void ProtectingUnload(DRIVER_OBJECT DriverObject)
        {
            if (UnregisterAtUnload)
            {
                ObUnRegisterCallbacks(s_registration!);
            }
        }
    }
}

/// <summary>Routines of an image not linked with /integritycheck.</summary>
internal static class UnsignedRoutines
{
    internal static OB_PREOP_CALLBACK_STATUS Pre(object? RegistrationContext, OB_PRE_OPERATION_INFORMATION OperationInformation) =>
        OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
}
