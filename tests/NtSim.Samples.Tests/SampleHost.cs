using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>
/// What the samples' tests check beyond NtSim.Testing (which they use as a driver developer's tests
/// do: <c>machine.StartDriver&lt;ZeroDriver&gt;("Zero")</c>, <c>machine.RunClient(...)</c>,
/// <c>NtAssert</c>, <c>ScheduleAssert.Explore</c>): what only the kernel's internals can tell, such as
/// the IRPs in use on the machine, and a driver loaded without a service. A test explores schedules:
/// <code>
/// ScheduleAssert.Explore(machine =&gt;
/// {
///     machine.StartDriver&lt;ZeroDriver&gt;("Zero");
///     var app = machine.RunClient("zerotest", ZeroTest.Main);
///     Assert.Equal(0, app.ExitCode);
///     machine.StopDriverAndCheckMachine("Zero");
/// }, SampleHost.Iterations);
/// </code>
/// and boots one itself (<c>using var machine = TestMachine.Boot()</c>) for what an exploration
/// does not cover, such as the concurrent mode.
/// </summary>
internal static class SampleHost
{
    /// <summary>Schedules a sample test explores when it shows a behaviour under every interleaving.</summary>
    public const int Iterations = 10;

    /// <summary>NtSim.Testing's <c>StopDriver</c> (sc stop and a clean unload: DriverUnload ran, the
    /// report lists nothing, the image is unloaded), then what only the kernel can tell: nothing is
    /// tracked for the driver, and no IRP, system buffer, device object, MDL or system-space mapping is
    /// left on the machine.</summary>
    public static UnloadReport StopDriverAndCheckMachine(this Machine machine, string service)
    {
        var report = machine.StopDriver(service);
        Assert.DoesNotContain(service, machine.ListObjectDirectory(@"\Driver"), StringComparer.OrdinalIgnoreCase);
        Assert.Empty(machine.Tracking.Outstanding(service));
        Assert.Empty(machine.IoManager.Irps.InUse());
        Assert.Equal(0, machine.Pool.QueryTag("IoBf").Outstanding);
        Assert.Equal(0, machine.Pool.QueryTag("Devi").Outstanding);
        Assert.DoesNotContain(machine.Tracking.Outstanding(), r => r.Kind == ResourceKind.Mdl);
        Assert.Equal(0, machine.Memory.SystemPtes.MappedPages);
        return report;
    }

    /// <summary>DriverEntry of <paramref name="driver"/> on a system thread without a service, for a
    /// test that unloads the driver itself from a simulated thread (<c>DriverLoader.Unload</c>);
    /// asserted to succeed. Its module is named after the driver's assembly.</summary>
    public static DRIVER_OBJECT LoadDriver(this Machine machine, string name, IDriver driver)
    {
        DRIVER_OBJECT? loaded = null;
        var status = STATUS_UNSUCCESSFUL;
        machine.RunToCompletion(() => status = DriverLoader.Load(KTHREAD.Current!, name, driver.DriverEntry,
            machine.Modules.For(driver.GetType().Assembly), @"\Registry\Machine\System\CurrentControlSet\Services\" + name, out loaded));
        Assert.Equal(STATUS_SUCCESS, status);
        return loaded!;
    }

    /// <summary>
    /// Runs a misuse under <paramref name="iterations"/> random schedules (seeds 0, 1, ... as
    /// <see cref="ExplorationStrategy.Random"/> takes them); under each, the machine must bug check and
    /// the scenario's own assertion of that bug check (<c>NtAssert.BugCheck</c>: the code and all
    /// four parameters) must hold. An exploration stops at the first bug check, which is a failure to
    /// it; a misuse test expects one on every schedule.
    /// </summary>
    public static void ExploreBugCheck(Action<Machine> misuse, int iterations = Iterations)
    {
        for (var seed = 0; seed < iterations; seed++)
        {
            var run = Schedules.Replay(misuse, Schedule.Random(seed));
            Assert.True(run.Verdict == ScheduleVerdict.BugCheck && run.Exception is null,
                $"{run}{Environment.NewLine}{run.Exception}");
        }
    }

    /// <summary>Runs <paramref name="body"/> on a system thread until it returns, and asserts the run
    /// completed (no bug check, deadlock or hang).</summary>
    public static void RunToCompletion(this Machine machine, Action body) => NtAssert.Completed(machine, machine.Run(body));
}
