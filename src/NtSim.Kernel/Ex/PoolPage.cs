using System.Buffers.Binary;
using System.Diagnostics;

namespace NtSim;

/// <summary>What the pool remembers about a block start, beside the header in the page (which a
/// driver can overwrite): the truth the header is checked against.</summary>
internal enum PoolSlotState : byte
{
    /// <summary>No block starts here.</summary>
    None,

    /// <summary>An allocated block.</summary>
    Live,

    /// <summary>A block that was allocated and freed.</summary>
    Freed,

    /// <summary>A free remainder that was never handed out (padding, the end of a page).</summary>
    Remainder,
}

/// <summary>The shadow of one block start (indexed by the header's 16-byte unit in the page).</summary>
internal struct PoolSlot
{
    internal int Handle;
    internal uint Tag;

    /// <summary>The block's POOL_TYPE as allocated (kept here so a free need not ask the tracker).</summary>
    internal POOL_TYPE Type;

    /// <summary>The tag's row in the pool's tag table, counted at the allocation.</summary>
    internal int TagRow;
    internal byte Units;
    internal byte PrevUnits;
    internal byte HeaderType;
    internal PoolSlotState State;

    /// <summary>The first 8 header bytes this block should have.</summary>
    internal readonly ulong ExpectedContents =>
        new PoolHeader(PrevUnits, 0, Units, State == PoolSlotState.Live ? HeaderType : (byte)0, Tag).Contents;
}

/// <summary>
/// A page of small pool blocks. Blocks are carved from the start of the page in order (the
/// "frontier"); past the frontier lies one free block, the page's tail. Freed blocks keep their
/// size and go to the descriptor's free list of that size (NtSim does not coalesce neighbours).
/// </summary>
[DebuggerDisplay("PoolPage {Base,h} used={UsedUnits}")]
internal sealed class PoolPage
{
    internal const int Units = (int)(MmLayout.PageSize / PoolHeader.Unit);

    internal PoolPage(PoolDescriptor descriptor, MemorySegment segment, ulong baseAddress)
    {
        Descriptor = descriptor;
        Segment = segment;
        Base = baseAddress;
        SegmentOffset = segment.Offset(baseAddress);
    }

    internal PoolDescriptor Descriptor { get; }

    internal MemorySegment Segment { get; }

    internal ulong Base { get; }

    internal int SegmentOffset { get; }

    /// <summary>Units carved so far; the tail free block starts here when it is below 256.</summary>
    internal int UsedUnits { get; set; }

    /// <summary>The size of the last carved block: the tail's PreviousSize.</summary>
    internal int LastUnits { get; set; }

    internal PoolSlot[] Slots { get; } = new PoolSlot[Units];

    internal Span<byte> Bytes => Segment.Bytes.AsSpan(SegmentOffset, (int)MmLayout.PageSize);

    internal bool HasTail => UsedUnits is > 0 and < Units;

    internal ulong EntryAddress(int unit) => Base + (ulong)(unit * PoolHeader.Unit);

    internal Span<byte> HeaderBytes(int unit) => Segment.Bytes.AsSpan(SegmentOffset + (unit * PoolHeader.Unit), PoolHeader.Size);

    internal PoolHeader Header(int unit) => PoolHeader.Read(HeaderBytes(unit));

    /// <summary>The first 8 bytes of the header at <paramref name="unit"/> as one value.</summary>
    internal ulong HeaderContents(int unit) =>
        BinaryPrimitives.ReadUInt64LittleEndian(Segment.Bytes.AsSpan(SegmentOffset + (unit * PoolHeader.Unit), sizeof(ulong)));

    /// <summary>The header the tail should carry.</summary>
    internal PoolHeader ExpectedTail => new((byte)LastUnits, 0, (byte)(Units - UsedUnits), 0, 0);
}
