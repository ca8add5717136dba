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
    private bool _disposed;

    internal CmHiveStore(string folder, string fileName)
    {
        BasePath = Path.Combine(folder, fileName + ".hive");
        LogPath = Path.Combine(folder, fileName + ".log");
    }

    internal string BasePath { get; }

    internal string LogPath { get; }

    internal bool NeedsCompaction => _log is { Length: > CompactionThreshold };

    /// <summary>The batches stored for the hive, base first, then the log's complete records.
    /// Throws <see cref="InvalidDataException"/>, naming the file, for a file NtSim did not write.</summary>
    internal List<List<CmLogOperation>> Load()
    {
        // Leftovers of a compaction that was interrupted before its rename: never part of the state.
        File.Delete(BasePath + ".tmp");
        File.Delete(LogPath + ".tmp");
        var batches = new List<List<CmLogOperation>>();
        _generation = 0;
        if (File.Exists(BasePath))
        {
            var bytes = File.ReadAllBytes(BasePath);
            _generation = CmHiveFile.ReadHeader(bytes, CmHiveFile.BaseMagic, BasePath);
            batches.AddRange(CmHiveFile.ReadRecords(bytes, BasePath, tolerateTornTail: false, out _));
        }

        if (File.Exists(LogPath))
        {
            var bytes = File.ReadAllBytes(LogPath);
            // A log of another generation was folded into the base before the crash that kept it.
            if (bytes.Length != 0 && CmHiveFile.ReadHeader(bytes, CmHiveFile.LogMagic, LogPath) == _generation)
            {
                batches.AddRange(CmHiveFile.ReadRecords(bytes, LogPath, tolerateTornTail: true, out _));
            }
        }

        return batches;
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
        var record = CmHiveFile.Record(_pending);
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

    /// <summary>Writes <paramref name="snapshot"/> as the next base, then starts an empty log for it.</summary>
    internal void Compact(IEnumerable<IEnumerable<CmLogOperation>> snapshot)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Debug.Assert(_pending.Count == 0, "changes are committed before a compaction");
        var next = _generation + 1;
        // 1-2: the new base, complete and on disk, replaces the old one in one rename.
        ReplaceFile(BasePath, CmHiveFile.Header(CmHiveFile.BaseMagic, next), snapshot);
        // 3: only now the log restarts; until this rename the old log's generation marks it as folded in.
        _log?.Dispose();
        _log = null;
        ReplaceFile(LogPath, CmHiveFile.Header(CmHiveFile.LogMagic, next), []);
        _generation = next;
        _log = new FileStream(LogPath, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _log.Seek(0, SeekOrigin.End);
    }

    public void Dispose()
    {
        _disposed = true;
        _log?.Dispose();
        _log = null;
    }

    // Write to a temporary name, fsync, then rename over the file: readers see the old file or the new one.
    // The base holds one record per key, so that no record grows with the hive.
    private static void ReplaceFile(string path, byte[] header, IEnumerable<IEnumerable<CmLogOperation>> records)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            stream.Write(header);
            foreach (var record in records)
            {
                stream.Write(CmHiveFile.Record(record));
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
