using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NtSim.Samples.Booster;
using static NtSim.Samples.Booster.BoosterPublic;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Tests.Booster;

/// <summary>The Booster driver and its client, boost: a thread's priority set beyond its class.</summary>
public sealed partial class BoosterTests
{
    private const string Service = "Booster";

    [GeneratedRegex(@"^boost: started thread (\d+), priority level 0\n" +
        @"boost: SetThreadPriority\(THREAD_PRIORITY_ABOVE_NORMAL\): level 1\n" +
        @"boost: thread \1 set to priority 25\n" +
        @"boost: GetThreadPriority after the boost: level 1 \(the base level; the boost is the current priority\)\n$")]
    private static partial Regex SelfModeOutput();

    [Fact]
    public void Boost_SelfMode_RaisesItsOwnThreadBeyondItsClass_UnderEverySchedule() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<BoosterDriver>(Service);

            var app = machine.RunClient("boost", Boost.Main);

            Assert.Equal(0, app.ExitCode);
            var match = SelfModeOutput().Match(app.Output);
            Assert.True(match.Success, app.Output);
            // The driver saw the thread at its ABOVE_NORMAL base (9) and left it at 25.
            Assert.Contains($"Booster: thread {match.Groups[1].Value} priority 9 -> 25\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(Service);
        }, SampleHost.Iterations, ExplorationStrategy.Pct());

    [Fact]
    public void Boost_ThreadOfAnotherProcess_GetsThePriority_ItsBaseStays() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<BoosterDriver>(Service);
            var target = machine.StartProcess("target", _ =>
            {
                Sleep(1000);
                return 0;
            });
            NtAssert.Completed(machine, machine.RunUntilIdle());
            var thread = TargetThread(machine, target);

            var app = machine.RunClient("boost", Boost.Main, thread.Id.ToString(CultureInfo.InvariantCulture), "20");

            Assert.Equal(0, app.ExitCode);
            Assert.Equal($"boost: thread {thread.Id} set to priority 20\n", app.Output);
            Assert.Equal(20, thread.Priority);
            Assert.Equal(8, thread.BasePriority);
            NtAssert.Completed(machine, target.WaitForExit());
            machine.StopDriverAndCheckMachine(Service);
        }, SampleHost.Iterations);

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-5)]
    public void Write_PriorityOutsideOneToThirtyOne_IsInvalidParameter(int priority)
    {
        var (error, written) = WriteOnce(machine => (uint)machine.Scheduler.Threads[^1].Id, priority, 8);
        Assert.Equal(ERROR_INVALID_PARAMETER, error);
        Assert.Equal(0u, written);
    }

    [Fact]
    public void Write_ShorterThanThreadData_IsBufferTooSmall()
    {
        var (error, written) = WriteOnce(machine => (uint)machine.Scheduler.Threads[^1].Id, 10, 4);
        Assert.Equal(ERROR_INSUFFICIENT_BUFFER, error);
        Assert.Equal(0u, written);
    }

    [Fact]
    public void Write_UnknownThreadId_IsPsLookupsInvalidParameter()
    {
        var (error, written) = WriteOnce(_ => 0x7FF0, 10, 8);
        Assert.Equal(ERROR_INVALID_PARAMETER, error);
        Assert.Equal(0u, written);
    }

    [Fact]
    public void Boost_UnknownThread_PrintsTheErrorAndExitsOne()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<BoosterDriver>(Service);

        var app = machine.RunClient("boost", Boost.Main, "32752", "10");

        Assert.Equal(1, app.ExitCode);
        Assert.Equal("boost: setting thread 32752 to priority 10 failed, error 87\n", app.Output);
        machine.StopDriverAndCheckMachine(Service);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("x", "10")]
    public void Boost_BadArguments_PrintsUsageAndExitsTwo(params string[] args)
    {
        using var machine = TestMachine.Boot();

        var app = machine.RunClient("boost", Boost.Main, args);

        Assert.Equal(2, app.ExitCode);
        Assert.StartsWith("Usage: boost <threadid> <priority>", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Boost_DriverNotLoaded_CreateFileFails()
    {
        using var machine = TestMachine.Boot();

        var app = machine.RunClient("boost", Boost.Main, "8", "10");

        Assert.Equal(1, app.ExitCode);
        Assert.Equal($"boost: CreateFile({BOOSTER_WIN32_NAME}) failed, error 2\n", app.Output);
    }

    /// <summary>The main thread of a user process.</summary>
    private static KTHREAD TargetThread(Machine machine, UserProcess process)
    {
        lock (machine.Scheduler.Lock)
        {
            return machine.Scheduler.Threads.First(t => t.UserProcess == process);
        }
    }

    /// <summary>One write of <paramref name="length"/> bytes of a ThreadData to the device: the error and bytes written.</summary>
    private static (uint Error, uint Written) WriteOnce(Func<Machine, uint> threadId, int priority, int length)
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<BoosterDriver>(Service);
        var id = threadId(machine);
        uint error = 0, written = 99;
        var app = machine.RunClient("writer", _ =>
        {
            var device = CreateFile(BOOSTER_WIN32_NAME, GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            var buffer = new byte[Marshal.SizeOf<ThreadData>()];
            MemoryMarshal.Write(buffer, new ThreadData { ThreadId = id, Priority = priority });
            var ok = WriteFile(device, buffer, (uint)length, out written, null);
            error = ok ? 0 : GetLastError();
            CloseHandle(device);
            return 0;
        });
        Assert.Equal(0, app.ExitCode);
        machine.StopDriverAndCheckMachine(Service);
        return (error, written);
    }
}
