using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A hive: a tree of keys stored together. The master hive (volatile) holds <c>\REGISTRY</c>,
/// <c>\REGISTRY\MACHINE</c> and <c>\REGISTRY\USER</c>; SYSTEM, SOFTWARE and the default user's hive
/// are mounted under them; HARDWARE is rebuilt at every boot and is volatile as a whole.
/// With a registry folder (MachineOptions.RegistryFolder) a non-volatile hive has a
/// <see cref="Store"/> that logs every change as it is made; a flush (ZwFlushKey) also fsyncs it.
/// Guarded by the registry lock.
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

    /// <summary>The hive's root key (HKLM\SYSTEM...), set when it is mounted.</summary>
    internal CmKeyNode? Root { get; set; }

    /// <summary>The hive's files in the registry folder, or null (in memory, or volatile).</summary>
    internal CmHiveStore? Store { get; set; }

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

    /// <summary>HvSyncHive: the logged changes reach the disk, and the hive is clean.</summary>
    internal void Flush()
    {
        Store?.FlushToDisk();
        IsDirty = false;
        FlushCount++;
    }
}
