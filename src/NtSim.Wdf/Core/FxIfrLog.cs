using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The in-flight recorder of one driver: a ring of the framework's messages about it, LogPages
/// pages big, each line as !wdflogdump prints it: <c>&lt;sequence&gt;: &lt;Class::Function&gt; - &lt;message&gt;</c>.
/// </summary>
internal sealed class FxIfrLog
{
    private const int PageBytes = 4096;

    private readonly Lock _lock = new();
    private readonly Queue<string> _lines = new();
    private readonly FxDriverGlobals _globals;
    private readonly int _capacityBytes;
    private int _bytes;
    private uint _sequence;

    internal FxIfrLog(FxDriverGlobals globals, uint pages)
    {
        _globals = globals;
        _capacityBytes = (int)pages * PageBytes;
    }

    /// <summary>Adds a line under <paramref name="function"/> (the framework routine's name).</summary>
    internal void Add(string function, string message)
    {
        lock (_lock)
        {
            var line = $"{++_sequence}: {function} - {message}";
            _lines.Enqueue(line);
            _bytes += line.Length;
            while (_bytes > _capacityBytes && _lines.Count > 1)
            {
                _bytes -= _lines.Dequeue().Length;
            }
        }
    }

    /// <summary>A misuse the framework reports and survives.</summary>
    internal void Error(string message, [CallerMemberName] string caller = "") => Add("FxVerifier::" + caller, message);

    internal void Object(FxObject target, string state) =>
        Add("FxObject::ProcessDestroy", $"{target.TypeName} 0x{target.Handle:x16} {state}");

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

    /// <summary>The recorder as !wdflogdump prints it.</summary>
    internal string Dump()
    {
        var text = new System.Text.StringBuilder();
        text.Append("Trace searchpath is: \n\nTrace format prefix is: %7!u!: %!FUNC! - \n");
        text.Append("--- start of log ---\n");
        foreach (var line in Lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---- end of log ----\n");
        return text.ToString();
    }

    internal FxDriverGlobals Globals => _globals;
}
