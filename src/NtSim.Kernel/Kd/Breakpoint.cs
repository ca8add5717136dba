using System.Diagnostics;

namespace NtSim;

/// <summary>One breakpoint of the machine's table: the debugger's number, its target, whether it is enabled, and its
/// pass count (a breakpoint with passes N is passed over N - 1 times, then breaks at every hit, as WinDbg's
/// <c>bp Sym 7</c> "breaks on the 7th pass").</summary>
[DebuggerDisplay("{Id} {Target} enabled={Enabled} passes={Remaining}({Passes})")]
public sealed class Breakpoint
{
    private int _remaining;
    private int _hits;

    internal Breakpoint(int id, BreakpointTarget target, int passes)
    {
        Id = id;
        Target = target;
        Passes = passes;
        _remaining = passes;
    }

    /// <summary>The debugger's number (0 to 31).</summary>
    public int Id { get; }

    /// <summary>Where it stops.</summary>
    public BreakpointTarget Target { get; }

    /// <summary>False after <c>bd</c>: the breakpoint stays in the table but never stops.</summary>
    public bool Enabled { get; internal set; } = true;

    /// <summary>The pass count it was set with (1: the first hit breaks).</summary>
    public int Passes { get; }

    /// <summary>Passes left until it breaks (1: the next hit breaks).</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>How many times its target was reached while it was enabled.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Counts a hit; true when this one breaks (the pass count has run down to 1).</summary>
    internal bool Pass()
    {
        Interlocked.Increment(ref _hits);
        while (true)
        {
            var remaining = Volatile.Read(ref _remaining);
            if (remaining <= 1)
            {
                return true;
            }

            if (Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
            {
                return false;
            }
        }
    }
}
