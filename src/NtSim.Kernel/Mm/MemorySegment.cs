using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Backing memory for a run of virtually contiguous pages. A segment that owns its bytes keeps
/// them at a <see cref="SegmentPlacement"/>: an offset in a host array, so that a span can cover
/// several adjacent pages; a view segment shows pages of an owner at another address. The bytes
/// are allocated on the first touch. A movable owner (user memory) may be moved, once a range
/// crosses into a neighbour, into one array with that neighbour: see <see cref="BackingRun"/>.
/// </summary>
[DebuggerDisplay("Segment {Base,h} pages={PageCount}")]
internal sealed partial class MemorySegment
{
    private readonly MemorySegment? _source;
    private readonly int _sourceOffset;
    private SegmentPlacement? _placement;
    private long _firstFrame = -1;

    internal MemorySegment(ulong baseAddress, int pageCount, bool movable = false)
    {
        Debug.Assert((baseAddress & MmLayout.PageMask) == 0 && pageCount > 0);
        Base = baseAddress;
        PageCount = pageCount;
        Movable = movable;
    }

    /// <summary>A second virtual view of pages of <paramref name="source"/> (from page
    /// <paramref name="sourcePage"/> on): the same bytes at another address, as a system-space
    /// mapping of locked user pages is on Windows (two PTEs, one physical page).</summary>
    internal MemorySegment(ulong baseAddress, MemorySegment source, int sourcePage, int pageCount)
        : this(baseAddress, pageCount)
    {
        Debug.Assert(source._source is null && sourcePage >= 0 && sourcePage + pageCount <= source.PageCount);
        _source = source;
        _sourceOffset = sourcePage << MmLayout.PageShift;
    }

    internal ulong Base { get; }

    internal int PageCount { get; }

    internal int Size => PageCount << MmLayout.PageShift;

    internal ulong End => Base + ((ulong)PageCount << MmLayout.PageShift);

    /// <summary>Whether the owner's bytes may move to another array (user memory: nothing but
    /// <see cref="Span"/> reaches them). Pool segments never move (pool pages keep offsets).</summary>
    internal bool Movable { get; }

    /// <summary>Where the owner's bytes are now (created on first use).</summary>
    internal SegmentPlacement Placement
    {
        get
        {
            Debug.Assert(_source is null);
            return Volatile.Read(ref _placement) ?? Place();
        }
    }

    /// <summary>The host array of a segment that never moves (a pool extent).</summary>
    internal byte[] Bytes => (_source ?? this).Placement.Bytes;

    /// <summary>The byte offset of <paramref name="address"/> in <see cref="Bytes"/>.</summary>
    internal int Offset(ulong address) => (_source ?? this).Placement.Offset + _sourceOffset + (int)(address - Base);

    internal bool Contains(ulong address) => address >= Base && address < End;

    /// <summary>The bytes [<paramref name="address"/>, +<paramref name="length"/>), which the
    /// caller has checked lie in this segment or run on, back to back, into its array.</summary>
    internal Span<byte> Span(ulong address, int length)
    {
        var owner = _source ?? this;
        var placement = Volatile.Read(ref owner._placement) ?? owner.Place();
        return placement.Bytes.AsSpan(placement.Offset + _sourceOffset + (int)(address - Base), length);
    }

    /// <summary>Moves the owner's bytes (the caller has copied them there).</summary>
    internal void MoveTo(SegmentPlacement placement)
    {
        Debug.Assert(_source is null && Movable);
        Volatile.Write(ref _placement, placement);
    }

    /// <summary>The physical page behind <paramref name="address"/>: a page of a segment that is
    /// not a view of another.</summary>
    internal PageFrame Frame(ulong address) =>
        _source is null
            ? new PageFrame(this, (int)((address - Base) >> MmLayout.PageShift))
            : new PageFrame(_source, (_sourceOffset + (int)(address - Base)) >> MmLayout.PageShift);

    /// <summary>The page frame number of the segment's first page, handed out from
    /// <paramref name="nextFrame"/> the first time it is asked for.</summary>
    internal ulong FirstFrameNumber(ref long nextFrame)
    {
        Debug.Assert(_source is null);
        if (Volatile.Read(ref _firstFrame) < 0)
        {
            Interlocked.CompareExchange(ref _firstFrame, Interlocked.Add(ref nextFrame, PageCount) - PageCount, -1);
        }

        return (ulong)_firstFrame;
    }

    /// <summary>Whether the segment owns its bytes (it is not a view of another segment's pages).</summary>
    internal bool IsBacking => _source is null;

    /// <summary>Zeroes the whole segment (its extent was released: the contents are lost).</summary>
    internal void Zero()
    {
        Debug.Assert(_source is null);
        if (Volatile.Read(ref _placement) is { } placement)
        {
            Array.Clear(placement.Bytes, placement.Offset, Size);
        }
    }

    /// <summary>Zeroes one page (decommit loses the contents; a new commit reads zeros).</summary>
    internal void ZeroPage(ulong pageAddress)
    {
        Debug.Assert(_source is null);
        if (Volatile.Read(ref _placement) is { } placement)
        {
            Array.Clear(placement.Bytes, placement.Offset + (int)(pageAddress - Base), (int)MmLayout.PageSize);
        }
    }

    // Two processors may touch a fresh segment at once: one array wins.
    private SegmentPlacement Place()
    {
        var fresh = new SegmentPlacement(new BackingRun(new byte[Size], this), 0);
        return Interlocked.CompareExchange(ref _placement, fresh, null) ?? fresh;
    }
}

/// <summary>A physical page: page <see cref="Index"/> of a segment's bytes (what an MDL's PFN array
/// describes).</summary>
internal readonly record struct PageFrame(MemorySegment Segment, int Index);
