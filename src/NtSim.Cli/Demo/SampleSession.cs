using System.Globalization;
using NtSim.Setup;

namespace NtSim.Cli.Demo;

/// <summary>Runs samples on a machine: creates and starts their services, runs their applications,
/// stops the services, and prints what happened.</summary>
internal sealed class SampleSession(Machine machine, TextWriter output)
{
    private readonly List<UnloadReport> _reports = [];
    private readonly Dictionary<Sample, string> _devices = [];

    internal IReadOnlyList<UnloadReport> Reports => _reports;

    /// <summary>sc create + sc start; false (with the reason printed) if the service did not start.</summary>
    internal bool StartService(Sample sample)
    {
        if (sample.IsPnp)
        {
            return InstallDevice(sample);
        }

        try
        {
            machine.Services.Create(sample.Service, SampleCatalog.DriverPath(sample));
            var status = machine.Services.Start(sample.Service);
            var query = machine.Services.Query(sample.Service);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[SC] {sample.Service,-10} {query.State}  ({sample.DriverFile}: {sample.Description})"));
            return status == RunStatus.Completed;
        }
        catch (ServiceControlException e)
        {
            output.WriteLine($"[SC] {sample.Service}: {e.Message}");
            return false;
        }
    }

    /// <summary>Runs the sample's application and prints its output; returns its exit code.</summary>
    internal int RunApp(Sample sample, string[] args)
    {
        output.WriteLine($"> {sample.App} {string.Join(' ', args)}".TrimEnd());
        var app = machine.StartProcess(sample.App, sample.Main, args);
        var status = app.WaitForExit();
        foreach (var line in app.Output.TrimEnd('\n').Split('\n'))
        {
            output.WriteLine("  " + line);
        }

        if (status != RunStatus.Completed)
        {
            output.WriteLine($"  the machine stopped: {status}");
            return -1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({sample.App} exited with {app.ExitCode})"));
        return app.ExitCode;
    }

    /// <summary>devcon install: the package from the drivers folder on a new root device; false (with
    /// the reason printed) if the device did not start.</summary>
    private bool InstallDevice(Sample sample)
    {
        output.WriteLine($"> devcon install {sample.Inf} {sample.HardwareId}");
        try
        {
            var instance = machine.Setup.InstallRootDevice(Path.Combine(SampleCatalog.DriversFolder, sample.Inf!), sample.HardwareId!);
            var run = machine.RunUntilIdle();
            _devices[sample] = instance;
            var node = machine.Pnp.Find(instance);
            var started = run == RunStatus.Completed && node is { Problem: 0, State: DeviceNodeState.DeviceNodeStarted };
            output.WriteLine($"  {instance}: {(started ? "Driver is running." : node is null ? "not present" : $"problem {node.Problem}: {node.Log.LastOrDefault()}")}"
                + $"  ({sample.DriverFile}: {sample.Description})");
            return started;
        }
        catch (DeviceSetupException e)
        {
            output.WriteLine("  " + e.Message);
            return false;
        }
    }

    /// <summary>devcon remove: the device goes, and with its last device the driver unloads.</summary>
    private UnloadReport? RemoveDevice(Sample sample)
    {
        if (!_devices.Remove(sample, out var instance))
        {
            return null;
        }

        output.WriteLine($"> devcon remove @{instance}");
        var removed = machine.Pnp.Remove(instance);
        output.WriteLine(removed.Succeeded ? $"  {instance}: Removed" : $"  {instance}: removal vetoed by {removed.VetoedBy?.InstancePath}");
        var report = machine.Services.Query(sample.Service).LastUnloadReport;
        if (report is null)
        {
            output.WriteLine($"[PnP] {sample.Service}: still loaded");
            return null;
        }

        _reports.Add(report);
        return report;
    }

    /// <summary>sc stop (or devcon remove for a Plug and Play sample): the unload report is kept for the summary.</summary>
    internal UnloadReport? StopService(Sample sample)
    {
        if (sample.IsPnp)
        {
            return RemoveDevice(sample);
        }

        try
        {
            var report = machine.Services.Stop(sample.Service);
            _reports.Add(report);
            return report;
        }
        catch (ServiceControlException e)
        {
            output.WriteLine($"[SC] {sample.Service}: {e.Message}");
            return null;
        }
    }

    /// <summary>One line for a stop: the leaks, and whether the driver's image and load context went away.</summary>
    internal static string Describe(UnloadReport report) =>
        report.UnloadPending ? $"[SC] {report.Summary}"
        : $"[SC] {report.Summary}; image {(report.ImageUnloaded ? "unloaded" : "still loaded")}"
            + (report.LoadContextCollected is { } collected ? $", load context {(collected ? "collected" : "NOT collected")}" : "");

    /// <summary>The DbgPrint log: every message the drivers printed, shown or filtered.</summary>
    internal void PrintDebugLog(int maxLines)
    {
        var messages = machine.DebugOutput.Messages;
        output.WriteLine(messages.Count > maxLines
            ? string.Create(CultureInfo.InvariantCulture, $"== DbgPrint log (the last {maxLines} of {messages.Count} messages)")
            : string.Create(CultureInfo.InvariantCulture, $"== DbgPrint log ({messages.Count} messages)"));
        foreach (var message in messages.TakeLast(maxLines))
        {
            output.WriteLine("  " + message.ToString().TrimEnd('\n'));
        }
    }

    /// <summary>Requests by major function, pool by tag, and the leaks the unload reports found.</summary>
    internal bool PrintSummary()
    {
        output.WriteLine("== Summary");
        output.WriteLine("  requests served:");
        for (var major = 0; major <= Wdm.IRP_MJ_MAXIMUM_FUNCTION; major++)
        {
            var served = machine.IoManager.Served((byte)major);
            if (served > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {MajorFunctionNames.Of((byte)major),-28} {served,6}"));
            }
        }

        var calls = machine.Ddis.CallCounts;
        if (calls.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  DDIs entered through the DDI gate: {calls.Count} distinct, {calls.Values.Sum()} calls; the most called:"));
            foreach (var (ddi, count) in calls.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(8))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ddi,-28} {count,6}"));
            }
        }

        PrintEventLog();

        // The I/O manager keeps device objects and a lookaside list of IRPs of its own: in use, but no driver's leak.
        output.WriteLine("  pool in use by tag, the kernel's own included:");
        var inUse = machine.Pool.TagUsage.Where(t => t.Outstanding > 0).ToList();
        foreach (var tag in inUse)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {tag.TagText,-6} {tag.Outstanding,5} allocations {tag.NonPagedBytes + tag.PagedBytes,8} bytes"));
        }

        if (inUse.Count == 0)
        {
            output.WriteLine("    (none)");
        }

        var leaks = _reports.Where(r => !r.IsClean || r.LoadContextCollected == false).ToList();
        if (leaks.Count == 0 && machine.BugCheck is null)
        {
            output.WriteLine("  leaks: none");
            return true;
        }

        foreach (var report in leaks)
        {
            output.WriteLine("  " + report.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        if (machine.BugCheck is { } bugCheck)
        {
            output.WriteLine("  " + bugCheck.Account);
        }

        return false;
    }

    /// <summary>The System event log's entries and the hard errors, when a driver wrote or raised any.</summary>
    internal void PrintEventLog()
    {
        var log = machine.EventLog;
        var entries = log.Entries;
        var hardErrors = log.HardErrors;
        if (entries.Count == 0 && hardErrors.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  system event log: {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, {hardErrors.Count} hard error(s):"));
        foreach (var entry in entries)
        {
            output.WriteLine("    " + entry);
        }

        foreach (var hardError in hardErrors)
        {
            output.WriteLine("    hard error: " + hardError);
        }
    }
}
