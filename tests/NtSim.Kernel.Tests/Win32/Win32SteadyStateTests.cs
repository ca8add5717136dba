using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>User-mode requests from a host thread adopted as a process's thread (concurrent mode):
/// in steady state they allocate no managed memory on the requesting thread.</summary>
public sealed class Win32SteadyStateTests
{
    private const int Requests = 1000;

    // Rounds of Requests measured; the fewest bytes any round allocated is the steady state. A
    // thread that yields its processor at the end of a quantum (a loaded host) and resumes on the
    // other one warms that processor's lookaside lists once: a one-off, not a per-request cost.
    private const int Rounds = 5;

    /// <summary>The fewest managed bytes this thread allocated in one round of <see cref="Requests"/>
    /// calls of <paramref name="request"/>.</summary>
    private static long FewestBytesPerRound(Action request)
    {
        var fewest = long.MaxValue;
        for (var round = 0; round < Rounds && fewest > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Requests; i++)
            {
                request();
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }

    /// <summary>A concurrent-mode machine (no trace) with the copy stack loaded.</summary>
    private static Machine BootWithCopyStack()
    {
        var machine = Machine.Boot(new MachineOptions { Processors = 2, Mode = ExecutionMode.Concurrent, Trace = false });
        Completed(machine, machine.Run(FilteredCopyStack.Load));
        return machine;
    }

    /// <summary>Adopts this thread into a new process, opens \\.\Copy and runs <paramref name="body"/>
    /// on it; the process exits (closing the handle) after.</summary>
    private static void AsUserThread(Machine machine, Action<HANDLE> body)
    {
        var process = UserProcess.Adopt(machine, "steady", machine.Modules.For(typeof(Win32SteadyStateTests).Assembly), out var thread);
        try
        {
            var h = CreateFile(@"\\.\Copy", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.NotEqual(INVALID_HANDLE_VALUE, h);
            body(h);
        }
        finally
        {
            process.Release(thread);
        }
    }

    [Fact]
    public void UserProcess_Adopt_HostThreadIsAUserModeThreadOfTheProcess()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Mode = ExecutionMode.Concurrent, Trace = false });
        var process = UserProcess.Adopt(machine, "adopted", machine.Modules.For(typeof(Win32SteadyStateTests).Assembly), out var thread);
        KTHREAD? current;
        bool systemThread;
        uint processId;
        try
        {
            current = KTHREAD.Current;
            systemThread = PsIsSystemThread(thread);
            processId = GetCurrentProcessId();
        }
        finally
        {
            process.Release(thread);
        }

        Assert.Same(thread, current);
        Assert.Same(process, thread.UserProcess);
        Assert.Equal(UserMode, thread.PreviousMode);
        Assert.False(systemThread);
        Assert.Equal((uint)process.Id, processId);
        Assert.Null(KTHREAD.Current);
        Assert.True(process.HasExited);
    }

    [Fact]
    public void DeviceIoControl_SteadyStateThroughTwoFilters_AllocatesNoManagedMemory()
    {
        using var machine = BootWithCopyStack();
        long allocated = -1;
        var echoed = false;
        AsUserThread(machine, h =>
        {
            var input = VirtualAlloc(PVOID.NULL, 64, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
            var output = VirtualAlloc(PVOID.NULL, 64, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
            input.AsSpan(64).Fill(0x3C);
            uint returned = 0;
            for (var i = 0; i < 10; i++)
            {
                Assert.True(DeviceIoControl(h, FilteredCopyStack.IOCTL_COPY, input, 64, output, 64, out returned, null));
            }

            allocated = FewestBytesPerRound(() => DeviceIoControl(h, FilteredCopyStack.IOCTL_COPY, input, 64, output, 64, out returned, null));
            echoed = returned == 64 && output.AsReadOnlySpan(64).IndexOfAnyExcept((byte)0x3C) < 0;
        });

        Assert.True(echoed);
        Assert.Equal(0, allocated);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void ReadFile_SteadyState64KiBThroughTwoFilters_AllocatesNoManagedMemory()
    {
        using var machine = BootWithCopyStack();
        long allocated = -1;
        uint read = 0;
        AsUserThread(machine, h =>
        {
            const uint length = 64 * 1024;
            var buffer = VirtualAlloc(PVOID.NULL, length, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
            for (var i = 0; i < 10; i++)
            {
                Assert.True(ReadFile(h, buffer, length, out read, null));
            }

            allocated = FewestBytesPerRound(() => ReadFile(h, buffer, length, out read, null));
        });

        Assert.Equal(64u * 1024, read);
        Assert.Equal(0, allocated);
        Assert.Null(machine.BugCheck);
    }
}
