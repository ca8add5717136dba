using System.Globalization;
using System.Text;
using Xunit;

namespace NtSim.Testing;

/// <summary>
/// Assertions on a machine's runs and a driver's unload, whose failure messages say what happened in
/// the machine: the bug check's stop line and account (the rule, the driver and its source line), the
/// deadlock or hang, the tail of the event trace, or the unload report with the line of every leak.
/// <code>
/// var status = machine.Run(() =&gt; KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4));
/// NtAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
/// </code>
/// </summary>
public static class NtAssert
{
    /// <summary>Asserts that a run completed: no bug check, deadlock, hang or limit. On failure the
    /// message has the bug check's account (or the deadlock or stop report) and the trace's tail.</summary>
    public static void Completed(Machine machine, RunStatus status)
    {
        ArgumentNullException.ThrowIfNull(machine);
        if (status != RunStatus.Completed)
        {
            Assert.Fail(MachineText.Stopped(machine, status));
        }
    }

    /// <summary>Asserts that the machine bug checked with exactly <paramref name="code"/> and these four
    /// parameters, and returns the bug check. On failure the message names what differs (the status,
    /// the code, or the parameter and its two values) and has the bug check's account, the driver's line
    /// and the trace's tail.</summary>
    public static BugCheckInfo BugCheck(Machine machine, RunStatus status, uint code, ulong p1, ulong p2, ulong p3, ulong p4)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var expected = string.Create(CultureInfo.InvariantCulture, $"bug check 0x{code:X} (0x{p1:X}, 0x{p2:X}, 0x{p3:X}, 0x{p4:X})");
        if (status != RunStatus.BugCheck || machine.BugCheck is not { } info)
        {
            Assert.Fail($"Expected {expected}, but " + MachineText.Stopped(machine, status));
            return null!;
        }

        if (info.Code != code)
        {
            Fail(machine, info, string.Create(CultureInfo.InvariantCulture, $"Expected {expected}, got bug check 0x{info.Code:X} ({info.Name})."));
        }

        ulong[] parameters = [p1, p2, p3, p4];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i] != info.Parameters[i])
            {
                Fail(machine, info, string.Create(CultureInfo.InvariantCulture,
                    $"Expected {expected}: parameter {i + 1} differs: expected 0x{parameters[i]:X}, got 0x{info.Parameters[i]:X}."));
            }
        }

        return info;
    }

    /// <summary>Asserts that a driver's unload left nothing behind: the stop completed (no bug check),
    /// DriverUnload ran (the unload is not pending), the report lists no leak (device, link, pool,
    /// timer, DPC, work item, thread, IRP ...), the image was unloaded, and the driver assembly's load
    /// context was collected where the report can tell (a driver type of the test's own assembly has
    /// none). On failure the message is the whole report, each leak with the line that made it.</summary>
    public static void CleanUnload(UnloadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problem = report.RunStatus != RunStatus.Completed ? $"the stop ended with {report.RunStatus}"
            : report.UnloadPending ? "DriverUnload has not run (the unload is pending)"
            : !report.IsClean ? $"{report.Items.Count} leak(s)"
            : !report.ImageUnloaded ? "the image is still loaded"
            : report.LoadContextCollected == false ? "the driver's load context was not collected"
            : null;
        if (problem is not null)
        {
            Assert.Fail($"{report.DriverName} did not unload cleanly: {problem}.{Environment.NewLine}{report}");
        }
    }

    private static void Fail(Machine machine, BugCheckInfo info, string what)
    {
        var text = new StringBuilder(what).AppendLine().Append(info.ToString());
        MachineText.AppendTrace(text, machine);
        Assert.Fail(text.ToString());
    }
}
