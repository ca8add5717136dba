using System.Runtime.CompilerServices;
using System.Text;

namespace NtSim;

/// <summary>
/// The in-flight recorder of one driver: a ring of the framework's messages about it, LogPages pages
/// big (less the log's header), each line as !wdflogdump prints it:
/// <c>&lt;sequence&gt;: &lt;Class::Function&gt; - &lt;message&gt;</c>. When the ring is full the oldest
/// entries go. Verbose entries are kept only with VerboseOn (using-the-framework-s-event-logger).
/// </summary>
/// <remarks>Wdf01000 keeps WPP records (a small header and the binary arguments); here an entry costs its
/// formatted text plus <see cref="RecordHeaderBytes"/>, so a page holds a comparable number of entries.</remarks>
internal sealed class FxIfrLog
{
    internal const int PageBytes = 4096;

    /// <summary>The log's own header at the start of its first page: one page reads as 4024 bytes of
    /// records ("reading 4024 bytes" in a one-page !wdflogdump).</summary>
    internal const int LogHeaderBytes = 72;

    internal const int RecordHeaderBytes = 8;

    private readonly Lock _lock = new();
    private readonly Queue<string> _lines = new();
    private readonly FxDriverGlobals _globals;
    private int _bytes;
    private uint _sequence;

    internal FxIfrLog(FxDriverGlobals globals, uint pages)
    {
        _globals = globals;
        CapacityBytes = ((int)pages * PageBytes) - LogHeaderBytes;
    }

    /// <summary>The bytes the ring holds records in.</summary>
    internal int CapacityBytes { get; }

    internal FxDriverGlobals Globals => _globals;

    /// <summary>The recorder's lines, oldest first.</summary>
    internal IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Adds a line under <paramref name="function"/> (the framework routine's name).</summary>
    internal void Add(string function, string message)
    {
        lock (_lock)
        {
            var line = $"{++_sequence}: {function} - {message}";
            _lines.Enqueue(line);
            _bytes += Cost(line);
            while (_bytes > CapacityBytes && _lines.Count > 1)
            {
                _bytes -= Cost(_lines.Dequeue());
            }
        }
    }

    /// <summary>A verbose entry: recorded only with VerboseOn.</summary>
    internal void Verbose(string function, string message)
    {
        if (_globals.Verifier.VerboseOn)
        {
            Add(function, message);
        }
    }

    /// <summary>A misuse the framework reports and survives.</summary>
    internal void Error(string message, [CallerMemberName] string caller = "") => Add("FxVerifier::" + caller, message);

    internal void Object(FxObject target, string state) =>
        Add("FxObject::ProcessDestroy", $"{target.TypeName} 0x{target.Handle:x16} {state}");

    /// <summary>The recorder as !wdflogdump &lt;driver&gt; prints it (the layout of its output in the ACX
    /// debugging docs; the TMF line, which names the debugger's symbol cache, left out).</summary>
    internal string Dump()
    {
        string[] lines;
        int bytes;
        lock (_lock)
        {
            lines = [.. _lines];
            bytes = _bytes;
        }

        var text = new StringBuilder();
        text.Append("Trace searchpath is: \n\n");
        text.Append("Trace format prefix is: %7!u!: %!FUNC! - \n");
        text.Append("Gather log: Please wait, this may take a moment (reading ").Append(bytes).Append(" bytes).\n");
        text.Append("% read so far ... 10, 20, 30, 40, 50, 60, 70, 80, 90, 100\n");
        text.Append("There are ").Append(lines.Length).Append(" log entries\n");
        text.Append("--- start of log ---\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---- end of log ----\n");
        return text.ToString();
    }

    private static int Cost(string line) => line.Length + RecordHeaderBytes;
}
