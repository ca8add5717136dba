using NtSim.Debugger.Dump;

namespace NtSim.Debugger.Target;

/// <summary>A crash dump: its views and the memory it kept.</summary>
internal sealed class KdDumpTarget(CrashDumpFile dump) : KdTarget
{
    internal CrashDumpFile Dump { get; } = dump;

    internal override Machine? Live => null;

    internal override KdSnapshot Snapshot { get; } = KdSnapshot.Stored(dump.Sections);

    internal override string? DumpPath => Dump.Path;

    internal override byte? ReadByte(ulong address, int processor) => Dump.Memory.ReadByte(address);
}
