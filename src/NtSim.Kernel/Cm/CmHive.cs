using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A hive: a tree of keys stored together. The master hive (volatile) holds <c>\REGISTRY</c>,
/// <c>\REGISTRY\MACHINE</c> and <c>\REGISTRY\USER</c>; SYSTEM, SOFTWARE and the default user's hive
/// are mounted under them; HARDWARE is rebuilt at every boot and is volatile as a whole.
/// Persistence (a later step) will write the non-volatile keys of a non-volatile hive to
/// <see cref="FileName"/> when it is flushed (ZwFlushKey, or the lazy flusher); today a flush
/// only marks the hive clean. Guarded by the registry lock.
/// </summary>
[DebuggerDisplay("Hive {Name,nq} dirty={IsDirty}")]
internal sealed class CmHive
{
    internal CmHive(string name, string? fileName, bool isVolatile)
    {
        Name = name;
        FileName = fileName;
        IsVolatile = isVolatile;
    }

    /// <summary>"SYSTEM", "SOFTWARE", "HARDWARE", "MASTER", ".DEFAULT".</summary>
    internal string Name { get; }

    /// <summary>The file under the machine's config directory (System32\config\SYSTEM), null for a volatile hive.</summary>
    internal string? FileName { get; }

    internal bool IsVolatile { get; }

    /// <summary>Something non-volatile changed since the last flush.</summary>
    internal bool IsDirty { get; private set; }

    internal int FlushCount { get; private set; }

    /// <summary>A non-volatile key of the hive changed (a volatile key never reaches the disk).</summary>
    internal void MarkDirty()
    {
        if (!IsVolatile)
        {
            IsDirty = true;
        }
    }

    /// <summary>HvSyncHive: writes the dirty data out (nothing to write yet) and marks the hive clean.</summary>
    internal void Flush()
    {
        IsDirty = false;
        FlushCount++;
    }
}
