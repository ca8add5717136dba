using static NtSim.Tests.Ob.ObTest;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Ob;

/// <summary>Named events shared by applications (CreateEvent, OpenEvent) and drivers (ZwOpenEvent)
/// under \BaseNamedObjects.</summary>
public sealed class NamedEventWin32Tests
{
    private static UserProcess RunApp(Machine machine, Func<string[], int> main)
    {
        var app = machine.StartProcess("app", main);
        MachineAssert.Completed(machine, app.WaitForExit());
        return app;
    }

    [Fact]
    public void CreateEvent_Global_DriverOpensAndSets_ApplicationWaitReturns()
    {
        using var machine = MachineAssert.Boot();
        uint created = 1, waited = 0;
        var app = machine.StartProcess("app", args =>
        {
            var h = CreateEvent(null, true, false, @"Global\NtSimShared");
            created = GetLastError();
            waited = WaitForSingleObject(h, INFINITE);
            CloseHandle(h);
            return 7;
        });

        NTSTATUS opened = STATUS_UNSUCCESSFUL, set = STATUS_UNSUCCESSFUL;
        var previous = -1;
        var tries = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            // The application may not have created it yet: retry on virtual time until it has.
            HANDLE handle;
            while ((opened = ZwOpenEvent(out handle, EVENT_MODIFY_STATE, Attributes(@"\BaseNamedObjects\NtSimShared"))) == STATUS_OBJECT_NAME_NOT_FOUND)
            {
                tries++;
                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            set = ZwSetEvent(handle, out previous);
            ZwClose(handle);
        }));
        MachineAssert.Completed(machine, app.WaitForExit());

        Assert.Equal(STATUS_SUCCESS, opened);
        Assert.Equal(STATUS_SUCCESS, set);
        Assert.Equal(0, previous);
        Assert.Equal(0u, created);
        Assert.Equal(WAIT_OBJECT_0, waited);
        Assert.Equal(7, app.ExitCode);
        Assert.Null(machine.BugCheck);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
    }

    [Fact]
    public void CreateEvent_SecondCreate_AlreadyExists_HandleToTheSameEvent()
    {
        using var machine = MachineAssert.Boot();
        uint first = 1, second = 0, afterSet = 0, again = 0;
        RunApp(machine, args =>
        {
            var h1 = CreateEvent(null, true, false, @"Local\Twice");
            first = GetLastError();
            var h2 = CreateEventW(null, false, true, "Twice");
            second = GetLastError();

            // The second create opened the first (manual-reset, not signaled) event: its own arguments are ignored.
            Assert.Equal(WAIT_TIMEOUT, WaitForSingleObject(h2, 0));
            SetEvent(h1);
            afterSet = WaitForSingleObject(h2, 0);
            again = WaitForSingleObject(h1, 0);
            CloseHandle(h1);
            CloseHandle(h2);
            return 0;
        });

        Assert.Equal(0u, first);
        Assert.Equal(ERROR_ALREADY_EXISTS, second);
        Assert.Equal(WAIT_OBJECT_0, afterSet);
        Assert.Equal(WAIT_OBJECT_0, again);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void OpenEvent_MissingName_NullAndFileNotFound()
    {
        using var machine = MachineAssert.Boot();
        HANDLE h = new(1);
        uint error = 0;
        RunApp(machine, args =>
        {
            h = OpenEvent(SYNCHRONIZE, false, @"Global\Nobody");
            error = GetLastError();
            return 0;
        });

        Assert.True(h.IsNull);
        Assert.Equal(ERROR_FILE_NOT_FOUND, error);
    }

    [Fact]
    public void OpenEvent_SynchronizeOnly_SetEventAccessDenied_WaitAllowed()
    {
        using var machine = MachineAssert.Boot();
        bool setResult = true;
        uint setError = 0, waited = 0, openError = 1;
        RunApp(machine, args =>
        {
            var owner = CreateEvent(null, true, true, "Rights");
            var h = OpenEventW(SYNCHRONIZE, false, "Rights");
            openError = GetLastError();
            setResult = SetEvent(h);
            setError = GetLastError();
            waited = WaitForSingleObject(h, 0);
            CloseHandle(h);
            CloseHandle(owner);
            return 0;
        });

        Assert.Equal(0u, openError);
        Assert.False(setResult);
        Assert.Equal(ERROR_ACCESS_DENIED, setError);
        Assert.Equal(WAIT_OBJECT_0, waited);
    }

    [Fact]
    public void CreateEvent_NameOfADirectory_InvalidHandle()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() => CreateDirectory(@"\BaseNamedObjects\Dir", KernelNameAttributes | OBJ_PERMANENT)));
        HANDLE h = new(1);
        uint error = 0;
        RunApp(machine, args =>
        {
            h = CreateEvent(null, true, false, "Dir");
            error = GetLastError();
            return 0;
        });

        Assert.True(h.IsNull);
        Assert.Equal(ERROR_INVALID_HANDLE, error);
    }

    [Fact]
    public void PulseEvent_ReleasesTheWaitingThread_AndLeavesTheEventReset()
    {
        using var machine = MachineAssert.Boot();
        uint waited = 0, after = 0;
        RunApp(machine, args =>
        {
            var evt = CreateEvent(null, true, false, null);
            var waiter = CreateThread(null, 0, _ => WaitForSingleObject(evt, INFINITE), null, 0, out _);

            // Pulse once the waiter is in its wait (virtual time: each try costs nothing).
            for (var i = 0; i < 100 && WaitForSingleObject(waiter, 1) == WAIT_TIMEOUT; i++)
            {
                PulseEvent(evt);
            }

            waited = WaitForSingleObject(waiter, 0);
            after = WaitForSingleObject(evt, 0);
            CloseHandle(waiter);
            CloseHandle(evt);
            return 0;
        });

        Assert.Equal(WAIT_OBJECT_0, waited);
        Assert.Equal(WAIT_TIMEOUT, after);
        Assert.Null(machine.BugCheck);
    }
}
