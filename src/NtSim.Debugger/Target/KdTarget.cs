namespace NtSim.Debugger.Target;

/// <summary>
/// What a session debugs: a live machine or a crash dump. Commands that read a dump read the machine through
/// <see cref="Snapshot"/> (views of its modules, threads, devices ...) and <see cref="ReadByte"/>, the same on both,
/// so a command prints the same text on a dump as on the machine it was taken from. Commands that change or run
/// the machine (g, eb, ed nt!Kd_*_Mask, bp ...) need <see cref="Live"/>. docs/crash-dumps.md.
/// </summary>
internal abstract class KdTarget
{
    /// <summary>The live machine, or null on a dump.</summary>
    internal abstract Machine? Live { get; }

    /// <summary>The views commands read; on a live machine, taken afresh for each command.</summary>
    internal abstract KdSnapshot Snapshot { get; }

    /// <summary>The bug check, or null if the machine has not bug checked.</summary>
    internal BugCheckInfo? BugCheck => Snapshot.BugCheck?.ToInfo();

    /// <summary>The dump file, or null on a live machine.</summary>
    internal virtual string? DumpPath => null;

    /// <summary>Called before each command runs (a live machine may have moved since the last one).</summary>
    internal virtual void BeginCommand()
    {
    }

    /// <summary>The byte at <paramref name="address"/> as the debugger reads it (a user address in the process of the
    /// thread on <paramref name="processor"/>), or null where it cannot be read.</summary>
    internal abstract byte? ReadByte(ulong address, int processor);
}
