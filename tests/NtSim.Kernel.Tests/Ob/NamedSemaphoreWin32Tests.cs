using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Ob;

/// <summary>CreateSemaphore, OpenSemaphore and ReleaseSemaphore on named semaphores.</summary>
public sealed class NamedSemaphoreWin32Tests
{
    private static void RunApp(Machine machine, Func<string[], int> main)
    {
        var app = machine.StartProcess("app", main);
        MachineAssert.Completed(machine, app.WaitForExit());
    }

    [Fact]
    public void CreateSemaphore_SecondCreateAndOpen_ShareTheCount()
    {
        using var machine = MachineAssert.Boot();
        uint second = 0, firstTake = 0, secondTake = 0, empty = 0;
        var previous = -1;
        RunApp(machine, args =>
        {
            var s1 = CreateSemaphore(null, 1, 2, @"Global\Slots");
            var s2 = CreateSemaphoreW(null, 0, 5, "Slots");
            second = GetLastError();
            var s3 = OpenSemaphore(SYNCHRONIZE | SEMAPHORE_MODIFY_STATE, false, @"Local\Slots");
            firstTake = WaitForSingleObject(s2, 0);
            empty = WaitForSingleObject(s3, 0);
            Assert.True(ReleaseSemaphore(s3, 2, out previous));
            secondTake = WaitForSingleObject(s1, 0);
            CloseHandle(s1);
            CloseHandle(s2);
            CloseHandle(s3);
            return 0;
        });

        Assert.Equal(ERROR_ALREADY_EXISTS, second);
        Assert.Equal(WAIT_OBJECT_0, firstTake);
        Assert.Equal(WAIT_TIMEOUT, empty);
        Assert.Equal(0, previous);
        Assert.Equal(WAIT_OBJECT_0, secondTake);
        Assert.Empty(machine.ListObjectDirectory(@"\BaseNamedObjects"));
    }

    [Fact]
    public void ReleaseSemaphore_PastTheMaximum_TooManyPosts_CountUnchanged()
    {
        using var machine = MachineAssert.Boot();
        bool released = true;
        uint error = 0, taken = 0, thenEmpty = 0;
        RunApp(machine, args =>
        {
            var s = CreateSemaphore(null, 1, 1, null);
            released = ReleaseSemaphore(s, 1);
            error = GetLastError();
            taken = WaitForSingleObject(s, 0);
            thenEmpty = WaitForSingleObject(s, 0);
            CloseHandle(s);
            return 0;
        });

        Assert.False(released);
        Assert.Equal(ERROR_TOO_MANY_POSTS, error);
        Assert.Equal(WAIT_OBJECT_0, taken);
        Assert.Equal(WAIT_TIMEOUT, thenEmpty);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 1)]
    [InlineData(3, 2)]
    public void CreateSemaphore_BadCounts_InvalidParameter(int initial, int maximum)
    {
        using var machine = MachineAssert.Boot();
        HANDLE h = new(1);
        uint error = 0;
        RunApp(machine, args =>
        {
            h = CreateSemaphore(null, initial, maximum, "Bad");
            error = GetLastError();
            return 0;
        });

        Assert.True(h.IsNull);
        Assert.Equal(ERROR_INVALID_PARAMETER, error);
    }

    [Fact]
    public void OpenSemaphore_MissingOrAnEvent_FileNotFoundOrInvalidHandle()
    {
        using var machine = MachineAssert.Boot();
        uint missing = 0, mismatch = 0, denied = 0;
        RunApp(machine, args =>
        {
            Assert.True(OpenSemaphore(SYNCHRONIZE, false, "None").IsNull);
            missing = GetLastError();
            var evt = CreateEvent(null, true, false, "AnEvent");
            Assert.True(OpenSemaphore(SYNCHRONIZE, false, "AnEvent").IsNull);
            mismatch = GetLastError();
            var s = CreateSemaphore(null, 0, 1, "Waitable");
            var waitOnly = OpenSemaphore(SYNCHRONIZE, false, "Waitable");
            Assert.False(ReleaseSemaphore(waitOnly, 1));
            denied = GetLastError();
            CloseHandle(waitOnly);
            CloseHandle(s);
            CloseHandle(evt);
            return 0;
        });

        Assert.Equal(ERROR_FILE_NOT_FOUND, missing);
        Assert.Equal(ERROR_INVALID_HANDLE, mismatch);
        Assert.Equal(ERROR_ACCESS_DENIED, denied);
    }
}
