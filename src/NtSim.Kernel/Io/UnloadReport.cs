using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// What a driver left behind when it was stopped: everything still live that its DriverUnload (or
/// failed DriverEntry) should have released, each with the driver's line that created it; whether
/// the image could be unloaded; and for a driver assembly, whether its load context was collected
/// and, if not, what NtSim knows still refers to the driver's code.
/// </summary>
[DebuggerDisplay("{Summary,nq}")]
public sealed class UnloadReport
{
    internal UnloadReport(string driverName, IReadOnlyList<UnloadReportItem> items)
    {
        DriverName = driverName;
        Items = items;
    }

    /// <summary>The service (module) name.</summary>
    public string DriverName { get; }

    /// <summary>What was left, in the order it was created.</summary>
    public IReadOnlyList<UnloadReportItem> Items { get; }

    /// <summary>Nothing was left behind.</summary>
    public bool IsClean => Items.Count == 0;

    /// <summary>How the machine's run of the stop ended: Completed, or BugCheck when the unload
    /// bug checked (0xC4/0x62 under pool tracking, or the driver's DriverUnload itself).</summary>
    public RunStatus RunStatus { get; internal set; } = RunStatus.Completed;

    /// <summary>DriverUnload has not run yet: a device of the driver has open file objects, and the
    /// unload completes when they close (IopUnloadDriver). <see cref="Items"/> is empty then.</summary>
    public bool UnloadPending { get; internal init; }

    /// <summary>Why the unload waits, or why the image stays loaded; empty otherwise.</summary>
    public string Note { get; internal set; } = "";

    /// <summary>The image was unloaded (its driver object was deleted): its code can no longer run.
    /// False while a device object of the driver still exists.</summary>
    public bool ImageUnloaded { get; internal set; }

    /// <summary>The driver assembly's collectible load context was collected; null for a driver
    /// type of the host (no context) or while the image is still loaded.</summary>
    public bool? LoadContextCollected { get; internal set; }

    /// <summary>When the context was not collected: what NtSim knows still refers to the driver
    /// (its non-null static fields at unload, timers, DPCs, threads, devices, IRPs).</summary>
    public IReadOnlyList<string> StillAlive { get; internal set; } = [];

    /// <summary>"Leaky: 4 leak(s)" or "Hello: leaks: none".</summary>
    public string Summary => UnloadPending
        ? $"{DriverName}: unload pending"
        : IsClean ? $"{DriverName}: leaks: none" : string.Create(CultureInfo.InvariantCulture, $"{DriverName}: {Items.Count} leak(s)");

    /// <summary>The items of one kind.</summary>
    public IReadOnlyList<UnloadReportItem> OfKind(UnloadLeakKind kind) => [.. Items.Where(i => i.Kind == kind)];

    /// <summary>The report as text, one item a line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Unload report of ").Append(Summary);
        if (UnloadPending)
        {
            text.AppendLine().Append("  ").Append(Note);
            return text.ToString();
        }

        foreach (var item in Items)
        {
            text.AppendLine().Append("  ").Append(item.ToString());
        }

        text.AppendLine().Append(ImageUnloaded ? "  image: unloaded" : "  image: still loaded");
        if (Note.Length > 0)
        {
            text.Append(" (").Append(Note).Append(')');
        }

        if (LoadContextCollected is { } collected)
        {
            text.AppendLine().Append(collected ? "  load context: collected" : "  load context: NOT collected");
            foreach (var alive in StillAlive)
            {
                text.AppendLine().Append("    still alive: ").Append(alive);
            }
        }

        if (RunStatus != RunStatus.Completed)
        {
            text.AppendLine().Append("  the machine stopped: ").Append(RunStatus);
        }

        return text.ToString();
    }
}
