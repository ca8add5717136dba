using NtSim.Tests;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>
/// What a sample's test does with a machine, in the words a driver developer would use: start a
/// legacy driver as <c>sc create</c> and <c>sc start</c> do, run kernel-mode code to completion,
/// run the sample's application to its exit, and stop the driver, checking that it left nothing
/// behind. A test explores schedules with the machine each one boots:
/// <code>
/// Schedules.Explore(machine =&gt;
/// {
///     var driver = machine.StartDriver&lt;ZeroDriver&gt;("Zero");
///     var app = machine.RunApp("zerotest", ZeroTest.Main);
///     Assert.Equal(0, app.ExitCode);
///     machine.StopDriver("Zero");
/// }, SampleHost.Iterations).ThrowIfFailed();
/// </code>
/// and boots one itself (<c>using var machine = Machine.Boot(options)</c>) for what an exploration
/// does not cover, such as the concurrent mode.
/// </summary>
internal static class SampleHost
{
    /// <summary>Schedules a sample test explores when it shows a behaviour under every interleaving.</summary>
    public const int Iterations = 10;

    /// <summary>sc create and sc start for a driver type of the host: DriverEntry on a system thread,
    /// asserted to succeed; returns the driver object (\Driver\<paramref name="service"/>). The
    /// driver's module, and so its DbgPrint and tracking name, is <paramref name="service"/>.</summary>
    public static DRIVER_OBJECT StartDriver<TDriver>(this Machine machine, string service)
        where TDriver : IDriver, new()
    {
        machine.Services.Install<TDriver>(service);
        MachineAssert.Completed(machine, machine.Services.Start(service));
        var driver = machine.ObjectManager.Find(@"\Driver\" + service)?.Body as DRIVER_OBJECT;
        Assert.True(driver is not null, $@"\Driver\{service} does not exist after its service started");
        return driver;
    }

    /// <summary>sc stop, and the checks of a clean unload: the machine did not halt, DriverUnload ran
    /// and the unload report lists nothing (no device, link, pool, timer, DPC, work item, thread, IRP
    /// or MDL of the driver), the image is unloaded, nothing is tracked for the driver, and no IRP,
    /// system buffer, device object, MDL or system-space mapping is left on the machine.</summary>
    public static UnloadReport StopDriver(this Machine machine, string service)
    {
        var report = machine.Services.Stop(service);
        MachineAssert.Completed(machine, report.RunStatus);
        Assert.Null(machine.BugCheck);
        Assert.True(report.IsClean && !report.UnloadPending && report.ImageUnloaded, report.ToString());
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
    /// the scenario's own assertion of that bug check (<c>MachineAssert.BugCheck</c>: the code and all
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
    public static void RunToCompletion(this Machine machine, Action body) => MachineAssert.Completed(machine, machine.Run(body));

    /// <summary>Starts <paramref name="main"/> as the user process <paramref name="name"/>, runs the
    /// machine until it exits and then until every thread is idle (a driver thread may still be
    /// finishing what the process's exit set off, the last close of a file), and returns it.</summary>
    public static UserProcess RunApp(this Machine machine, string name, Func<string[], int> main, params string[] args)
    {
        var app = machine.StartProcess(name, main, args);
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.True(app.HasExited);
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        return app;
    }

    /// <summary>Everything the drivers printed (DbgPrint, KdPrint) so far, in order, as one string.</summary>
    public static string DebugText(this Machine machine) => string.Concat(machine.DebugOutput.Messages.Select(m => m.Text));
}
