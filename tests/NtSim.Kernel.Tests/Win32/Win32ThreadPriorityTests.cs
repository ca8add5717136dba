using static NtSim.Tests.MachineAssert;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>GetCurrentThread, OpenThread, Set/GetThreadPriority and Set/GetPriorityClass.</summary>
public sealed class Win32ThreadPriorityTests
{
    [Fact]
    public void GetCurrentThread_IsThePseudoHandle_SetThreadPriorityMovesTheBaseWithinTheClass()
    {
        using var machine = Boot();
        int before = 0, after = 0, kernelBase = 0, kernelPriority = 0;
        bool set = false;
        var app = machine.StartProcess("app", args =>
        {
            Assert.Equal(Wdm.NtCurrentThread(), GetCurrentThread());
            before = GetThreadPriority(GetCurrentThread());
            set = SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_HIGHEST);
            after = GetThreadPriority(GetCurrentThread());
            kernelBase = KTHREAD.Current!.BasePriority;
            kernelPriority = KTHREAD.Current!.Priority;
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(THREAD_PRIORITY_NORMAL, before);
        Assert.True(set);
        Assert.Equal(THREAD_PRIORITY_HIGHEST, after);
        Assert.Equal(10, kernelBase);
        Assert.Equal(10, kernelPriority);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    [InlineData(16)]
    public void SetThreadPriority_NotALevel_FailsWithInvalidParameter(int level)
    {
        using var machine = Boot();
        bool set = true;
        uint error = 0;
        int priority = 0;
        var app = machine.StartProcess("app", args =>
        {
            set = SetThreadPriority(GetCurrentThread(), level);
            error = GetLastError();
            priority = GetThreadPriority(GetCurrentThread());
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.False(set);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, error);
        Assert.Equal(THREAD_PRIORITY_NORMAL, priority);
    }

    [Fact]
    public void TimeCriticalAndIdle_SaturateToTheTopAndBottomOfTheClass()
    {
        using var machine = Boot();
        int critical = 0, idle = 0, criticalLevel = 0, realTimeCritical = 0, realTimeIdle = 0;
        var app = machine.StartProcess("app", args =>
        {
            SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_TIME_CRITICAL);
            critical = KTHREAD.Current!.BasePriority;
            criticalLevel = GetThreadPriority(GetCurrentThread());
            SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_IDLE);
            idle = KTHREAD.Current!.BasePriority;
            SetPriorityClass(GetCurrentProcess(), REALTIME_PRIORITY_CLASS);
            realTimeIdle = KTHREAD.Current!.BasePriority;
            SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_TIME_CRITICAL);
            realTimeCritical = KTHREAD.Current!.BasePriority;
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(15, critical);
        Assert.Equal(THREAD_PRIORITY_TIME_CRITICAL, criticalLevel);
        Assert.Equal(1, idle);
        Assert.Equal(16, realTimeIdle);
        Assert.Equal(31, realTimeCritical);
    }

    [Fact]
    public void SetPriorityClass_MovesEveryThreadOfTheProcess_GetPriorityClassReadsItBack()
    {
        using var machine = Boot();
        uint before = 0, after = 0, error = 0;
        int mainBase = 0, otherBase = 0;
        bool invalid = true;
        var app = machine.StartProcess("app", args =>
        {
            before = GetPriorityClass(GetCurrentProcess());
            var go = CreateEvent(null, true, false, null);
            var other = CreateThread(null, 0, _ =>
            {
                WaitForSingleObject(go, INFINITE);
                otherBase = KTHREAD.Current!.BasePriority;
                return 0;
            }, null, 0, out _);
            SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
            Assert.True(SetPriorityClass(GetCurrentProcess(), HIGH_PRIORITY_CLASS));
            after = GetPriorityClass(GetCurrentProcess());
            mainBase = KTHREAD.Current!.BasePriority;
            invalid = SetPriorityClass(GetCurrentProcess(), 0x12345);
            error = GetLastError();
            SetEvent(go);
            WaitForSingleObject(other, INFINITE);
            CloseHandle(other);
            CloseHandle(go);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(NORMAL_PRIORITY_CLASS, before);
        Assert.Equal(HIGH_PRIORITY_CLASS, after);
        Assert.Equal(12, mainBase);
        Assert.Equal(13, otherBase);
        Assert.False(invalid);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, error);
    }

    [Fact]
    public void OpenThread_AnotherThreadById_GivesAHandleWithTheAccessAsked()
    {
        using var machine = Boot();
        int level = 0;
        bool setWithLimited = true, setWithFull = false;
        uint deniedError = 0;
        int otherBase = 0;
        var app = machine.StartProcess("app", args =>
        {
            var go = CreateEvent(null, true, false, null);
            var other = CreateThread(null, 0, _ =>
            {
                WaitForSingleObject(go, INFINITE);
                otherBase = KTHREAD.Current!.BasePriority;
                return 0;
            }, null, 0, out var tid);
            var queryOnly = OpenThread(Wdm.THREAD_QUERY_LIMITED_INFORMATION, false, tid);
            Assert.False(queryOnly.IsNull);
            setWithLimited = SetThreadPriority(queryOnly, THREAD_PRIORITY_LOWEST);
            deniedError = GetLastError();
            var full = OpenThread(Wdm.THREAD_SET_INFORMATION | THREAD_QUERY_INFORMATION, false, tid);
            setWithFull = SetThreadPriority(full, THREAD_PRIORITY_LOWEST);
            level = GetThreadPriority(queryOnly);
            SetEvent(go);
            WaitForSingleObject(other, INFINITE);
            CloseHandle(queryOnly);
            CloseHandle(full);
            CloseHandle(other);
            CloseHandle(go);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.False(setWithLimited);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, deniedError);
        Assert.True(setWithFull);
        Assert.Equal(THREAD_PRIORITY_LOWEST, level);
        Assert.Equal(6, otherBase);
    }

    [Fact]
    public void OpenThread_UnknownId_IsNullWithInvalidParameter()
    {
        using var machine = Boot();
        HANDLE handle = new(1);
        uint error = 0;
        var app = machine.StartProcess("app", args =>
        {
            handle = OpenThread(Wdm.THREAD_ALL_ACCESS, false, 0x7FF0);
            error = GetLastError();
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.True(handle.IsNull);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, error);
    }

    [Fact]
    public void GetThreadPriority_BadHandle_ReturnsTheErrorValue()
    {
        using var machine = Boot();
        int level = 0;
        uint error = 0;
        var app = machine.StartProcess("app", args =>
        {
            level = GetThreadPriority(new HANDLE(0x1234));
            error = GetLastError();
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(THREAD_PRIORITY_ERROR_RETURN, level);
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, error);
    }
}
