using System.Diagnostics;
using System.Text;

namespace NtSim;

/// <summary>
/// The machine's System event log (<c>machine.EventLog</c>): what drivers wrote with
/// IoWriteErrorLogEntry, oldest first, as the Event Viewer's System log lists it. On Windows the I/O
/// manager's error log thread hands entries to the event log service some time later; NtSim records
/// an entry when it is written, so a test reads it as soon as the driver's call returns.
/// </summary>
[DebuggerDisplay("System event log, {_entries.Count} entries")]
public sealed class SystemEventLog
{
    private readonly Lock _lock = new();
    private readonly List<ErrorLogEntry> _entries = [];
    private readonly List<HardError> _hardErrors = [];

    /// <summary>The entries written since boot, oldest first.</summary>
    public IReadOnlyList<ErrorLogEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The hard errors drivers raised (the message boxes Windows would have queued), oldest first.</summary>
    public IReadOnlyList<HardError> HardErrors
    {
        get
        {
            lock (_lock)
            {
                return [.. _hardErrors];
            }
        }
    }

    /// <summary>The entries one driver (event source) wrote, oldest first.</summary>
    public IReadOnlyList<ErrorLogEntry> From(string source) =>
        Entries.Where(e => string.Equals(e.Source, source, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The log as text, one entry a line (what <c>ntsim</c> prints).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var entry in Entries)
        {
            text.Append(entry.ToString()).AppendLine();
        }

        return text.ToString();
    }

    internal void Add(HardError error)
    {
        lock (_lock)
        {
            _hardErrors.Add(error);
        }
    }

    /// <summary>Appends an entry, giving it the next record number.</summary>
    internal ErrorLogEntry Add(Func<long, ErrorLogEntry> create)
    {
        lock (_lock)
        {
            var entry = create(_entries.Count + 1);
            _entries.Add(entry);
            return entry;
        }
    }
}
