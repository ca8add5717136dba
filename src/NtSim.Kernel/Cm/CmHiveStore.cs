using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The files of one non-volatile hive in the machine's registry folder: <c>H.hive</c> (the base)
/// and <c>H.log</c> (the changes since), written so that a kill at any instant leaves the old or the
/// new state. The order of operations and why each crash point is safe: docs/registry-persistence.md.
/// Guarded by the registry lock.
/// </summary>
[DebuggerDisplay("{BasePath,nq} generation={_generation}")]
internal sealed class CmHiveStore : IDisposable
{
    /// <summary>A log past this size is folded into a new base at the next change.</summary>
    internal const long CompactionThreshold = 1 << 20;

    private readonly List<CmLogOperation> _pending = [];
    private FileStream? _log;
    private ulong _generation;
    private uint _sequence;
    private bool _disposed;

    internal CmHiveStore(string folder, string fileName)
    {
        HiveName = fileName;
        BasePath = Path.Combine(folder, fileName + ".hive");
        LogPath = Path.Combine(folder, fileName + ".log");
    }

    /// <summary>"SOFTWARE": the files' name, and the prefix of the key paths a repair report names.</summary>
    internal string HiveName { get; }

    internal string BasePath { get; }

    internal string LogPath { get; }

    internal bool NeedsCompaction => _log is { Length: > CompactionThreshold };

    /// <summary>The load found a base and an empty log of its generation, undamaged: the files hold what
    /// was loaded, and the boot need not rewrite them.</summary>
    internal bool LoadedClean { get; private set; }

    /// <summary>Records were appended to the log since the last compaction.</summary>
    internal bool HasChanges => _sequence != 0;

    /// <summary>The log takes records. Not yet after a boot that found the files clean: the first change
    /// then starts a new generation (a compaction), so that no older file of the same generation can pass
    /// for the one that holds the session's changes.</summary>
    internal bool IsLogOpen => _log is not null;

    internal bool HasPending => _pending.Count != 0;

    /// <summary>
    /// The batches stored for the hive, base first, then the log's records (a torn tail dropped).
    /// Any other damage throws <see cref="RegistryCorruptException"/> (naming the file and the offset)
    /// before anything is changed; with a <paramref name="repair"/> report instead, every valid record
    /// is kept, the damage is reported and the hive's files are kept aside; the compaction that follows replaces them.
    /// </summary>
    internal List<List<CmLogOperation>> Load(RegistryRepairReport? repair)
    {
        FinishInterruptedCompaction();
        var stored = File.Exists(BasePath) ? CmHiveScan.Read(BasePath, isLog: false, HiveName) : null;
        var log = File.Exists(LogPath) ? CmHiveScan.Read(LogPath, isLog: true, HiveName) : null;
        var damage = new List<RegistryDamage>();
        damage.AddRange(stored?.Damage ?? []);
        damage.AddRange(log?.Damage ?? []);
        if (CrossCheck(stored, log) is { } mismatch)
        {
            damage.Add(mismatch);
        }

        if (damage.Count != 0 && repair is null)
        {
            throw new RegistryCorruptException(damage[0]);
        }

        var batches = new List<List<CmLogOperation>>(stored?.Batches ?? []);
        // A log older than its base was folded into it (or into a later one): replaying it would undo newer changes.
        if (log is not null && !(log.HeaderValid && stored is { HeaderValid: true } && log.Generation < stored.Generation))
        {
            batches.AddRange(log.Batches);
        }

        _generation = Math.Max(stored?.Generation ?? 0, log?.Generation ?? 0);
        LoadedClean = damage.Count == 0 && stored is not null && log is { Batches.Count: 0, TornTail: null };
        if (damage.Count != 0)
        {
            damage.ForEach(repair!.Add);
            MoveAside(BasePath, repair!);
            MoveAside(LogPath, repair!);
        }

        return batches;
    }

    /// <summary>A compaction writes the base and the log together: one without the other, or the two of
    /// different generations, lost something.</summary>
    private RegistryDamage? CrossCheck(CmHiveContents? stored, CmHiveContents? log)
    {
        if (stored is not null && log is null)
        {
            return new RegistryDamage(LogPath, null, $"it is missing beside its base (generation {stored.Generation})",
                "the changes made after the base was written, if there were any");
        }

        if (stored is null && log is not null)
        {
            return new RegistryDamage(BasePath, null, "it is missing beside its log", "everything the base held (the log's records are kept)");
        }

        if (stored is { HeaderValid: true } && log is { HeaderValid: true } && stored.Generation != log.Generation)
        {
            return new RegistryDamage(LogPath, CmHiveFile.GenerationOffset,
                $"it has generation {log.Generation}, its base {BasePath} generation {stored.Generation}",
                log.Generation > stored.Generation
                    ? $"what the base of generation {log.Generation} held beyond the older one found (the log's records are applied over it)"
                    : $"the log's {log.Batches.Count} records, older than the base, are not applied");
        }

        return null;
    }

    /// <summary>A change to the hive, written with the others of the same call at <see cref="Commit"/>.</summary>
    internal void Add(CmLogOperation operation) => _pending.Add(operation);

    /// <summary>Appends the pending changes as one record (one write: all of them or, torn, none).</summary>
    internal void Commit()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var record = CmHiveFile.Record(++_sequence, _pending);
        _pending.Clear();
        _log!.Write(record);
    }

    /// <summary>HvSyncHive: the log reaches the disk (fsync), so that it survives power loss too.</summary>
    internal void FlushToDisk()
    {
        if (!_disposed)
        {
            _log?.Flush(flushToDisk: true);
        }
    }

    /// <summary>Writes <paramref name="snapshot"/> (the hive as it is now, pending changes included) as the next base,
    /// with an empty log for it.</summary>
    internal void Compact(IEnumerable<IEnumerable<CmLogOperation>> snapshot)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Changes not yet logged are in the snapshot, which is written whole or not at all.
        _pending.Clear();
        var next = _generation + 1;
        var records = snapshot.ToList();
        // 1-2: the new base and the new empty log, complete and on disk, under temporary names.
        WriteTemporary(BasePath, CmHiveFile.Header(CmHiveFile.BaseMagic, next, records.Count), records);
        WriteTemporary(LogPath, CmHiveFile.Header(CmHiveFile.LogMagic, next, 0), []);
        // 3-4: each replaces its file in one rename; a crash between them is finished at the next load.
        _log?.Dispose();
        _log = null;
        File.Move(BasePath + ".tmp", BasePath, overwrite: true);
        File.Move(LogPath + ".tmp", LogPath, overwrite: true);
        _generation = next;
        OpenLog();
    }

    private void OpenLog()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _sequence = 0;
        _log = new FileStream(LogPath, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _log.Seek(0, SeekOrigin.End);
    }

    public void Dispose()
    {
        _disposed = true;
        _log?.Dispose();
        _log = null;
    }

    // Write to a temporary name and fsync: the rename that follows shows readers the old file or the new one.
    // The base holds one record per key, so that no record grows with the hive.
    private static void WriteTemporary(string path, byte[] header, List<IEnumerable<CmLogOperation>> records)
    {
        using var stream = new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        stream.Write(header);
        var sequence = 0u;
        foreach (var record in records)
        {
            stream.Write(CmHiveFile.Record(++sequence, record));
        }

        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Leftovers of a compaction. A base's .tmp was never renamed: it is no part of the state. A log's
    /// .tmp that is the empty log of the base's generation was written before the base's rename, which
    /// a crash then followed before the log's own: that rename is made now. Any other .tmp is deleted.
    /// </summary>
    private void FinishInterruptedCompaction()
    {
        File.Delete(BasePath + ".tmp");
        var temporary = LogPath + ".tmp";
        if (!File.Exists(temporary))
        {
            return;
        }

        var bytes = File.ReadAllBytes(temporary);
        var (generation, _, problem) = CmHiveFile.ReadHeader(bytes, CmHiveFile.LogMagic);
        if (problem is null && bytes.Length == CmHiveFile.HeaderSize && HeaderGeneration(BasePath, CmHiveFile.BaseMagic) == generation
            && HeaderGeneration(LogPath, CmHiveFile.LogMagic) != generation)
        {
            File.Move(temporary, LogPath, overwrite: true);
        }
        else
        {
            File.Delete(temporary);
        }
    }

    private static ulong? HeaderGeneration(string path, string magic)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var header = new byte[CmHiveFile.HeaderSize];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        var (generation, _, problem) = CmHiveFile.ReadHeader(header, magic);
        return problem is null ? generation : null;
    }

    /// <summary>Keeps a damaged hive file as NAME.corrupt-TIME, as evidence, and reports it. A copy: the compaction
    /// that ends the boot replaces the file itself, so that a crash before it leaves the damage where it was, to be
    /// found again, rather than no file (an empty hive).</summary>
    private static void MoveAside(string path, RegistryRepairReport report)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var stem = $"{path}.corrupt-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        var target = stem;
        for (var i = 2; File.Exists(target); i++)
        {
            target = $"{stem}-{i}";
        }

        File.Copy(path, target);
        report.MovedFile(path, target);
    }
}
