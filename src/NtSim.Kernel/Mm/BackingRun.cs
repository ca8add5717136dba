using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>Where an owning segment's bytes are: <see cref="Offset"/> in the array of <see cref="Run"/>.
/// Replaced as a whole when the segment moves, so that a reader sees the array and offset of one place.</summary>
internal sealed class SegmentPlacement(BackingRun run, int offset)
{
    internal byte[] Bytes { get; } = run.Bytes;

    internal int Offset { get; } = offset;

    internal BackingRun Run { get; } = run;
}

/// <summary>
/// A host array that holds the pages of one or more segments back to back. Invariant: a virtual
/// range that is valid page by page is shown as one span, so its pages must lie back to back in
/// one array. A segment's pages do; a range that crosses from one segment into another (two user
/// allocations side by side, the 16 MiB pieces of a big one, an MDL mapping of such pages) makes
/// the first touch of it <see cref="Join"/> the segments: their bytes are copied into one new array
/// and every virtual view of them (the user pages, a system-space mapping) follows, so writes
/// through either land in the same bytes, as two PTEs of one physical page do. Only movable
/// (user) segments move. A span taken before a move and used after it reaches the old copy: kernel
/// code must not keep a span over user memory across a wait (pointers, not spans, are kept).
/// </summary>
[DebuggerDisplay("BackingRun bytes={Bytes.Length} segments={Members.Count}")]
internal sealed class BackingRun
{
    // Runs are joined whole up to this size (16 MiB); past it only a range's own segments move, so
    // that a process crossing seam after seam does not copy an ever growing array each time.
    private const int MaxWholeJoin = 16 << 20;

    internal BackingRun(byte[] bytes, MemorySegment first)
    {
        Bytes = bytes;
        Members.Add(first);
    }

    private BackingRun(byte[] bytes)
    {
        Bytes = bytes;
    }

    internal byte[] Bytes { get; }

    /// <summary>The segments whose bytes lie here, in the order of their offsets (changed under the
    /// memory manager's join lock only; a member may since have been released).</summary>
    internal List<MemorySegment> Members { get; } = [];

    /// <summary>
    /// Makes the pages <paramref name="frames"/> (a valid virtual range, in order) lie back to back
    /// in one array, moving the segments they belong to if they do not yet. The caller holds the
    /// join lock. Whole runs move together when each seam is the end of one run and the start of
    /// the next (neighbours joined before stay joined) and they are not too big; otherwise only the
    /// range's segments move.
    /// </summary>
    internal static void Join(List<PageFrame> frames, string operation)
    {
        if (IsContiguous(frames))
        {
            return;
        }

        var owners = Owners(frames, operation);
        var runs = new List<BackingRun>();
        var whole = true;
        for (var i = 0; i < owners.Count; i++)
        {
            var placement = owners[i].Placement;
            if (runs.Count == 0 || runs[^1] != placement.Run)
            {
                whole &= !runs.Contains(placement.Run);
                runs.Add(placement.Run);
            }

            if (i > 0)
            {
                var left = owners[i - 1].Placement;
                whole &= left.Run == placement.Run
                    ? placement.Offset == left.Offset + owners[i - 1].Size
                    : left.Offset + owners[i - 1].Size == left.Run.Bytes.Length && placement.Offset == 0;
            }
        }

        if (whole && runs.Sum(r => (long)r.Bytes.Length) <= MaxWholeJoin)
        {
            MoveRuns(runs);
        }
        else
        {
            MoveSegments(owners);
        }

        Debug.Assert(IsContiguous(frames));
    }

    private static bool IsContiguous(List<PageFrame> frames)
    {
        for (var i = 1; i < frames.Count; i++)
        {
            var (left, right) = (frames[i - 1], frames[i]);
            var (a, b) = (left.Segment.Placement, right.Segment.Placement);
            if (a.Bytes != b.Bytes || b.Offset + (right.Index << MmLayout.PageShift) != a.Offset + ((left.Index + 1) << MmLayout.PageShift))
            {
                return false;
            }
        }

        return true;
    }

    // The owning segments of a range in order: each must be left at its last page and entered at
    // its first, as the segments under a virtually contiguous range are.
    private static List<MemorySegment> Owners(List<PageFrame> frames, string operation)
    {
        var owners = new List<MemorySegment>();
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (i > 0 && frames[i - 1].Segment == frame.Segment)
            {
                if (frame.Index != frames[i - 1].Index + 1)
                {
                    throw Unjoinable(operation, "its pages are not in the order of their segment");
                }

                continue;
            }

            if (i > 0 && (frames[i - 1].Index != frames[i - 1].Segment.PageCount - 1 || frame.Index != 0))
            {
                throw Unjoinable(operation, "it crosses between segments other than from the last page of one to the first of the next");
            }

            if (!frame.Segment.Movable || owners.Contains(frame.Segment))
            {
                throw Unjoinable(operation, frame.Segment.Movable ? "it comes back to a segment it left" : "a segment it crosses cannot move");
            }

            owners.Add(frame.Segment);
        }

        return owners;
    }

    private static void MoveRuns(List<BackingRun> runs)
    {
        var joined = new BackingRun(new byte[runs.Sum(r => r.Bytes.Length)]);
        var at = 0;
        foreach (var run in runs)
        {
            run.Bytes.CopyTo(joined.Bytes, at);
            foreach (var member in run.Members)
            {
                member.MoveTo(new SegmentPlacement(joined, at + member.Placement.Offset));
                joined.Members.Add(member);
            }

            at += run.Bytes.Length;
        }
    }

    private static void MoveSegments(List<MemorySegment> owners)
    {
        var joined = new BackingRun(new byte[owners.Sum(o => o.Size)]);
        var at = 0;
        foreach (var owner in owners)
        {
            var placement = owner.Placement;
            placement.Bytes.AsSpan(placement.Offset, owner.Size).CopyTo(joined.Bytes.AsSpan(at));
            placement.Run.Members.Remove(owner);
            owner.MoveTo(new SegmentPlacement(joined, at));
            joined.Members.Add(owner);
            at += owner.Size;
        }
    }

    private static InvalidOperationException Unjoinable(string operation, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{operation}: a range valid page by page cannot be shown as one span: {why}."));
}
