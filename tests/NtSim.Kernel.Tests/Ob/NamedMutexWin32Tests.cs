using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Ob;

/// <summary>CreateMutex, OpenMutex and ReleaseMutex on named mutexes (mutant objects).</summary>
public sealed class NamedMutexWin32Tests
{
    private static void RunApp(Machine machine, Func<string[], int> main)
    {
        var app = machine.StartProcess("app", main);
        MachineAssert.Completed(machine, app.WaitForExit());
    }

    [Fact]
    public void CreateMutex_InitialOwner_OtherThreadWaitsUntilReleased()
    {
        using var machine = MachineAssert.Boot();
        uint whileOwned = 0, afterRelease = 0, second = 0;
        bool released = false;
        RunApp(machine, args =>
        {
            var m = CreateMutex(null, true, @"Global\Lock");
            var again = CreateMutexW(null, true, "Lock");
            second = GetLastError();
            var other = CreateThread(null, 0, _ =>
            {
                var h = OpenMutex(SYNCHRONIZE, false, "Lock");
                whileOwned = WaitForSingleObject(h, 0);
                CloseHandle(h);
                return 0;
            }, null, 0, out _);
            WaitForSingleObject(other, INFINITE);
            CloseHandle(other);

            released = ReleaseMutex(m);
            var next = CreateThread(null, 0, _ =>
            {
                var h = OpenMutexW(SYNCHRONIZE | MUTEX_MODIFY_STATE, false, "Lock");
                afterRelease = WaitForSingleObject(h, 0);
                ReleaseMutex(h);
                CloseHandle(h);
                return 0;
            }, null, 0, out _);
            WaitForSingleObject(next, INFINITE);
            CloseHandle(next);
            CloseHandle(again);
            CloseHandle(m);
            return 0;
        });

        Assert.Equal(ERROR_ALREADY_EXISTS, second);
        Assert.Equal(WAIT_TIMEOUT, whileOwned);
        Assert.True(released);
        Assert.Equal(WAIT_OBJECT_0, afterRelease);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void ReleaseMutex_NotOwner_ErrorNotOwner()
    {
        using var machine = MachineAssert.Boot();
        bool released = true;
        uint error = 0;
        RunApp(machine, args =>
        {
            var m = CreateMutex(null, false, null);
            released = ReleaseMutex(m);
            error = GetLastError();
            CloseHandle(m);
            return 0;
        });

        Assert.False(released);
        Assert.Equal(ERROR_NOT_OWNER, error);
    }

    [Fact]
    public void CreateMutex_OwnerThreadEnds_NextWaitIsAbandoned()
    {
        using var machine = MachineAssert.Boot();
        uint first = 0, then = 0;
        RunApp(machine, args =>
        {
            var m = CreateMutex(null, false, "Orphan");
            var owner = CreateThread(null, 0, _ =>
            {
                // Acquires the mutex through its own handle and ends without releasing it.
                var h = OpenMutex(SYNCHRONIZE, false, "Orphan");
                WaitForSingleObject(h, INFINITE);
                CloseHandle(h);
                return 0;
            }, null, 0, out _);
            WaitForSingleObject(owner, INFINITE);
            CloseHandle(owner);
            first = WaitForSingleObject(m, 0);
            ReleaseMutex(m);
            then = WaitForSingleObject(m, 0);
            ReleaseMutex(m);
            CloseHandle(m);
            return 0;
        });

        Assert.Equal(WAIT_ABANDONED, first);
        Assert.Equal(WAIT_OBJECT_0, then);
        Assert.Null(machine.BugCheck);
    }
}
