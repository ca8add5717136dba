using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// Tracking (the Track library's report, for every driver): every pool allocation and every
/// resource a DDI hands out is recorded with its module, kind, address, tag, size and the
/// caller's file and line, until it is released. <see cref="Outstanding(string)"/> lists what a
/// module still holds at any time; <see cref="Report(string)"/> prints it.
/// </summary>
public sealed class ResourceTracker
{
    private readonly Lock _lock = new();
    private TrackRecord[] _records = new TrackRecord[256];
    private int _freeHead = -1;
    private int _used;
    private int _count;
    private long _sequence;

    /// <summary>Number of resources held now, by every module.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Number of resources recorded since boot (the last sequence number).</summary>
    public long TotalTracked => Volatile.Read(ref _sequence);

    /// <summary>Everything held now, oldest first.</summary>
    public IReadOnlyList<TrackedResource> Outstanding() => Snapshot(null, null);

    /// <summary>What <paramref name="moduleName"/> (a driver name such as "Sample"; case does not
    /// matter) holds now, oldest first.</summary>
    public IReadOnlyList<TrackedResource> Outstanding(string moduleName)
    {
        ArgumentNullException.ThrowIfNull(moduleName);
        return Snapshot(moduleName, null);
    }

    /// <summary>What <paramref name="moduleName"/> holds now of one kind, oldest first.</summary>
    public IReadOnlyList<TrackedResource> Outstanding(string moduleName, ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(moduleName);
        return Snapshot(moduleName, kind);
    }

    /// <summary>What <paramref name="module"/> itself holds now (not another module of the same
    /// name, such as an earlier load of the same driver), oldest first.</summary>
    internal IReadOnlyList<TrackedResource> Outstanding(KernelModule module, ResourceKind? kind = null)
    {
        var list = new List<TrackedResource>();
        lock (_lock)
        {
            for (var i = 0; i < _used; i++)
            {
                ref var r = ref _records[i];
                if (r.IsLive && r.Module == module && (kind is null || r.Kind == kind))
                {
                    list.Add(ToPublic(in r));
                }
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }

    /// <summary>A printable account of what <paramref name="moduleName"/> holds, one line per
    /// resource with the line that allocated it.</summary>
    public string Report(string moduleName)
    {
        var held = Outstanding(moduleName);
        var text = new StringBuilder();
        var poolCount = 0;
        ulong poolBytes = 0;
        foreach (var r in held)
        {
            if (r.Kind == ResourceKind.PoolAllocation)
            {
                poolCount++;
                poolBytes += r.Size;
            }
        }

        text.Append(CultureInfo.InvariantCulture,
            $"{moduleName}: {held.Count} outstanding resource(s); pool: {poolCount} allocation(s), {poolBytes} byte(s)").AppendLine();
        foreach (var r in held)
        {
            text.Append("  ").Append(r.ToString()).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The tracker's lock. The pool shares it, so an allocation records itself in the pool's
    /// own critical section (<see cref="TrackHeld"/>): one lock per pool call, not two.</summary>
    internal Lock Lock => _lock;

    /// <summary>Records a resource; returns the handle that releases it.</summary>
    internal int Track(ResourceKind kind, KernelModule module, ulong address, uint tag, ulong size, POOL_TYPE poolType,
        string file, int line, string? description = null)
    {
        lock (_lock)
        {
            return TrackHeld(kind, module, address, tag, size, poolType, file, line, description);
        }
    }

    /// <summary><see cref="Track"/> for a caller that holds <see cref="Lock"/>.</summary>
    internal int TrackHeld(ResourceKind kind, KernelModule module, ulong address, uint tag, ulong size, POOL_TYPE poolType,
        string file, int line, string? description = null)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "TrackHeld is called under the tracker's lock");
        int slot;
        if (_freeHead >= 0)
        {
            slot = _freeHead;
            _freeHead = _records[slot].NextFree;
        }
        else
        {
            if (_used == _records.Length)
            {
                Array.Resize(ref _records, _records.Length * 2);
            }

            slot = _used++;
        }

        ref var r = ref _records[slot];
        // Under the lock: a plain increment, published with one atomic store for TotalTracked.
        var sequence = _sequence + 1;
        Volatile.Write(ref _sequence, sequence);
        r.Sequence = sequence;
        r.Kind = kind;
        r.Module = module;
        r.Address = address;
        r.Tag = tag;
        r.Size = size;
        r.PoolType = poolType;
        r.File = file;
        r.Line = line;
        r.Description = description;
        r.NextFree = -1;
        _count++;
        return slot;
    }

    /// <summary>The record behind a handle (a copy).</summary>
    internal TrackRecord Get(int handle)
    {
        lock (_lock)
        {
            return _records[handle];
        }
    }

    /// <summary>Releases a resource recorded by <see cref="Track"/>.</summary>
    internal void Untrack(int handle)
    {
        lock (_lock)
        {
            UntrackHeld(handle);
        }
    }

    /// <summary><see cref="Untrack"/> for a caller that holds <see cref="Lock"/>.</summary>
    internal void UntrackHeld(int handle)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "UntrackHeld is called under the tracker's lock");
        ref var r = ref _records[handle];
        if (!r.IsLive)
        {
            throw new InvalidOperationException($"ResourceTracker.Untrack: handle {handle} is not live.");
        }

        r = default;
        r.NextFree = _freeHead;
        _freeHead = handle;
        _count--;
    }

    private List<TrackedResource> Snapshot(string? moduleName, ResourceKind? kind)
    {
        var list = new List<TrackedResource>();
        lock (_lock)
        {
            for (var i = 0; i < _used; i++)
            {
                ref var r = ref _records[i];
                if (!r.IsLive
                    || (moduleName is not null && !string.Equals(r.Module!.Name, moduleName, StringComparison.OrdinalIgnoreCase))
                    || (kind is not null && r.Kind != kind))
                {
                    continue;
                }

                list.Add(ToPublic(in r));
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }

    private static TrackedResource ToPublic(in TrackRecord r) => new(
        r.Sequence, r.Kind, r.Module!.Name, new PVOID(r.Address), r.Tag, r.Size, r.PoolType, r.File ?? "", r.Line,
        r.Description ?? Describe(in r));

    private static string Describe(in TrackRecord r) => r.Kind == ResourceKind.PoolAllocation
        ? string.Create(CultureInfo.InvariantCulture, $"Pool '{PoolTag.Format(r.Tag)}' {r.Size} bytes {PoolTypes.Name(r.PoolType)}")
        : r.Kind.ToString();
}
