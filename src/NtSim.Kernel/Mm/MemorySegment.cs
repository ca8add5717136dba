using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Backing memory for a run of virtually contiguous pages: one byte[] so that a span can cover
/// several adjacent pages of the segment. The bytes are allocated on the first commit.
/// </summary>
[DebuggerDisplay("Segment {Base,h} pages={PageCount}")]
internal sealed class MemorySegment
{
    private readonly MemorySegment? _source;
    private readonly int _sourceOffset;
    private byte[]? _bytes;
    private long _firstFrame = -1;

    internal MemorySegment(ulong baseAddress, int pageCount)
    {
        Debug.Assert((baseAddress & MmLayout.PageMask) == 0 && pageCount > 0);
        Base = baseAddress;
        PageCount = pageCount;
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

    internal ulong End => Base + ((ulong)PageCount << MmLayout.PageShift);

    internal byte[] Bytes => _source is not null ? _source.Bytes : _bytes ?? CreateBytes();

    internal bool Contains(ulong address) => address >= Base && address < End;

    /// <summary>The byte offset of <paramref name="address"/> in <see cref="Bytes"/>.</summary>
    internal int Offset(ulong address) => _sourceOffset + (int)(address - Base);

    /// <summary>The physical page behind <paramref name="address"/>: a page of a segment that is
    /// not a view of another.</summary>
    internal PageFrame Frame(ulong address) =>
        _source is null
            ? new PageFrame(this, (int)((address - Base) >> MmLayout.PageShift))
            : new PageFrame(_source, Offset(address) >> MmLayout.PageShift);

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
        if (_bytes is not null)
        {
            Array.Clear(_bytes);
        }
    }

    /// <summary>Zeroes one page (decommit loses the contents; a new commit reads zeros).</summary>
    internal void ZeroPage(ulong pageAddress)
    {
        Debug.Assert(_source is null);
        if (_bytes is not null)
        {
            Array.Clear(_bytes, Offset(pageAddress), (int)MmLayout.PageSize);
        }
    }

    // Two processors may touch a fresh segment at once: one array wins.
    private byte[] CreateBytes()
    {
        Interlocked.CompareExchange(ref _bytes, new byte[PageCount << MmLayout.PageShift], null);
        return _bytes!;
    }
}

/// <summary>A physical page: page <see cref="Index"/> of a segment's bytes (what an MDL's PFN array
/// describes).</summary>
internal readonly record struct PageFrame(MemorySegment Segment, int Index);
