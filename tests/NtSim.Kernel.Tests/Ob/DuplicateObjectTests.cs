using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Ob;

/// <summary>ZwDuplicateObject and DuplicateHandle: same access, a narrower access, close source, between
/// processes, and the OB_OPERATION_HANDLE_DUPLICATE callbacks.</summary>
[IntegrityCheck]
public sealed class DuplicateObjectTests
{
    private static uint Granted(HANDLE handle)
    {
        var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 56, TAG("Dupl"));
        Assert.Equal(STATUS_SUCCESS, ZwQueryObject(handle, ObjectBasicInformation, buffer, 56, out _));
        var granted = buffer.Read<PUBLIC_OBJECT_BASIC_INFORMATION>().GrantedAccess;
        ExFreePool(buffer);
        return granted;
    }

    [Fact]
    public void ZwDuplicateObject_SameAccessThenNarrowerWithCloseSource()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS same = 0, narrower = 0, closedSource = 0, badOptions = 0, badSource = 0;
        uint sameAccess = 0, narrowAccess = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwCreateEvent(out var h1, EVENT_ALL_ACCESS, Tests.Ob.ObTest.Attributes(null), NotificationEvent, false);
            same = ZwDuplicateObject(NtCurrentProcess(), h1, NtCurrentProcess(), out var h2, 0, OBJ_KERNEL_HANDLE, DUPLICATE_SAME_ACCESS);
            sameAccess = Granted(h2);
            narrower = ZwDuplicateObject(NtCurrentProcess(), h2, NtCurrentProcess(), out var h3, SYNCHRONIZE, OBJ_KERNEL_HANDLE, DUPLICATE_CLOSE_SOURCE);
            narrowAccess = Granted(h3);
            closedSource = ObReferenceObjectByHandle(h2, 0, null, KernelMode, out _);
            badOptions = ZwDuplicateObject(NtCurrentProcess(), h1, NtCurrentProcess(), out _, 0, OBJ_KERNEL_HANDLE, 0x80);
            badSource = ZwDuplicateObject(NtCurrentProcess(), new HANDLE(0xFFFFFFFF80000FFCUL), NtCurrentProcess(), out _, 0, OBJ_KERNEL_HANDLE,
                DUPLICATE_SAME_ACCESS);

            // Both remaining handles name the same event.
            ZwSetEvent(h1);
            Assert.Equal(STATUS_SUCCESS, ZwWaitForSingleObject(h3, false, 0));
            ZwClose(h1);
            ZwClose(h3);
        }));

        Assert.Equal(STATUS_SUCCESS, same);
        Assert.Equal(EVENT_ALL_ACCESS, sameAccess);
        Assert.Equal(STATUS_SUCCESS, narrower);
        Assert.Equal(SYNCHRONIZE, narrowAccess);
        Assert.Equal(STATUS_INVALID_HANDLE, closedSource);
        Assert.Equal(STATUS_INVALID_PARAMETER, badOptions);
        Assert.Equal(STATUS_INVALID_HANDLE, badSource);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void DuplicateHandle_IntoAnotherProcess_AndBackWithCloseSource()
    {
        using var machine = MachineAssert.Boot();
        var victim = machine.StartProcess("victim", _ =>
        {
            Sleep(INFINITE);
            return 0;
        });
        bool intoVictim = false, wider = true, back = false, noDup = true;
        uint widerError = 0, noDupError = 0, backAccess = 0;
        int entriesWhileThere = -1, entriesAfterBack = -1;
        var app = machine.StartProcess("app", args =>
        {
            var evt = CreateEvent(null, true, false, null);
            var sync = OpenProcessHandleForTest(victim, PROCESS_DUP_HANDLE | PROCESS_TERMINATE);
            intoVictim = DuplicateHandle(GetCurrentProcess(), evt, sync, out var inVictim, SYNCHRONIZE, false, 0);
            entriesWhileThere = victim.Process.ObjectTable.Entries.Count(e => e.Entry.Object.Type.Name == "Event");

            // From user mode a duplicate cannot have more access than its source.
            wider = DuplicateHandle(sync, inVictim, GetCurrentProcess(), out _, EVENT_ALL_ACCESS, false, 0);
            widerError = GetLastError();
            back = DuplicateHandle(sync, inVictim, GetCurrentProcess(), out var returned, 0, false, DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
            entriesAfterBack = victim.Process.ObjectTable.Entries.Count(e => e.Entry.Object.Type.Name == "Event");
            SetEvent(evt);
            backAccess = WaitForSingleObject(returned, 0);

            // A process handle without PROCESS_DUP_HANDLE cannot be a source or a target.
            var terminateOnly = OpenProcessHandleForTest(victim, PROCESS_TERMINATE);
            noDup = DuplicateHandle(GetCurrentProcess(), evt, terminateOnly, out _, 0, false, DUPLICATE_SAME_ACCESS);
            noDupError = GetLastError();
            TerminateProcess(sync, 0);
            CloseHandle(terminateOnly);
            CloseHandle(sync);
            CloseHandle(returned);
            CloseHandle(evt);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        Assert.True(intoVictim);
        Assert.Equal(1, entriesWhileThere);
        Assert.False(wider);
        Assert.Equal(ERROR_ACCESS_DENIED, widerError);
        Assert.True(back);
        Assert.Equal(0, entriesAfterBack);
        Assert.Equal(WAIT_OBJECT_0, backAccess);
        Assert.False(noDup);
        Assert.Equal(ERROR_ACCESS_DENIED, noDupError);
        Assert.Null(machine.BugCheck);
    }

    private static HANDLE OpenProcessHandleForTest(UserProcess process, uint access) => OpenProcess(access, false, (uint)process.Id);

    [Fact]
    public void ZwDuplicateObject_ProcessHandle_GoesThroughDuplicateCallbacks()
    {
        using var machine = MachineAssert.Boot();
        var seen = new List<(uint Operation, uint Original, EPROCESS? Source, EPROCESS? Target)>();
        var posted = new List<uint>();
        object? registration = null;
        var operation = new OB_OPERATION_REGISTRATION
        {
            ObjectType = PsProcessType,
            Operations = OB_OPERATION_HANDLE_DUPLICATE,
            PreOperation = (_, info) =>
            {
                var duplicate = info.Parameters.DuplicateHandleInformation;
                seen.Add((info.Operation, duplicate.OriginalDesiredAccess, duplicate.SourceProcess, duplicate.TargetProcess));
                info.Parameters.DuplicateHandleInformation.DesiredAccess &= ~PROCESS_TERMINATE;
                return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
            },
            PostOperation = (_, info) => posted.Add(info.Parameters.DuplicateHandleInformation.GrantedAccess),
        };
        EPROCESS? system = null;
        uint granted = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ObRegisterCallbacks(new OB_CALLBACK_REGISTRATION
            {
                Version = OB_FLT_REGISTRATION_VERSION,
                OperationRegistrationCount = 1,
                Altitude = new UNICODE_STRING("320000"),
                OperationRegistration = [operation],
            }, out registration));
            system = PsGetCurrentProcess();
            Assert.Equal(STATUS_SUCCESS, ObOpenObjectByPointer(system, OBJ_KERNEL_HANDLE, null, PROCESS_ALL_ACCESS, PsProcessType, KernelMode, out var h1));
            Assert.Equal(STATUS_SUCCESS, ZwDuplicateObject(NtCurrentProcess(), h1, NtCurrentProcess(), out var h2,
                PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, OBJ_KERNEL_HANDLE, 0));
            granted = Granted(h2);
            ZwClose(h1);
            ZwClose(h2);
            ObUnRegisterCallbacks(registration!);
        }));

        // Only the duplication reaches a routine registered for OB_OPERATION_HANDLE_DUPLICATE alone.
        var call = Assert.Single(seen);
        Assert.Equal(OB_OPERATION_HANDLE_DUPLICATE, call.Operation);
        Assert.Equal(PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, call.Original);
        Assert.Same(system, call.Source);
        Assert.Same(system, call.Target);
        Assert.Equal([PROCESS_QUERY_LIMITED_INFORMATION], posted);
        Assert.Equal(PROCESS_QUERY_LIMITED_INFORMATION, granted);
    }

    [Fact]
    public void ZwDuplicateObject_AtDispatchLevel_BugChecksC4_E6()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ZwDuplicateObject(NtCurrentProcess(), NtCurrentProcess(), NtCurrentProcess(), out _, 0, OBJ_KERNEL_HANDLE, DUPLICATE_SAME_ACCESS);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE6, 0, 2, 0);
    }
}
