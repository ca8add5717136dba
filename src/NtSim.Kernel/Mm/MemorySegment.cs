using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Backing memory for a run of virtually contiguous pages: one byte[] so that a span can cover
/// several adjacent pages of the segment. The bytes are allocated on the first commit.
/// </summary>
[DebuggerDisplay("Segment {Base,h} pages={PageCount}")]
internal sealed class MemorySegment
{
    private byte[]? _bytes;

    internal MemorySegment(ulong baseAddress, int pageCount)
    {
        Debug.Assert((baseAddress & MmLayout.PageMask) == 0 && pageCount > 0);
        Base = baseAddress;
        PageCount = pageCount;
    }

    internal ulong Base { get; }

    internal int PageCount { get; }

    internal ulong End => Base + ((ulong)PageCount << MmLayout.PageShift);

    internal byte[] Bytes => _bytes ?? CreateBytes();

    internal bool Contains(ulong address) => address >= Base && address < End;

    /// <summary>The byte offset of <paramref name="address"/> in <see cref="Bytes"/>.</summary>
    internal int Offset(ulong address) => (int)(address - Base);

    /// <summary>Zeroes one page (decommit loses the contents; a new commit reads zeros).</summary>
    internal void ZeroPage(ulong pageAddress)
    {
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
