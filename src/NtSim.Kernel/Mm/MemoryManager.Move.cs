namespace NtSim;

internal sealed partial class MemoryManager
{
    /// <summary>
    /// Copies <paramref name="length"/> bytes from <paramref name="s"/> to
    /// <paramref name="d"/> as <paramref name="thread"/> touches them (RtlMoveMemory's
    /// rules: the ranges may overlap), a page at a time, so that a range over two allocations is
    /// copied without joining them and a bad address faults at its page.
    /// </summary>
    internal void Move(KTHREAD thread, ulong d, ulong s, ulong length, string operation)
    {
        // A destination above an overlapping source is copied from the end, as memmove does.
        var backward = d > s && d - s < length;
        ulong done = 0;
        while (done < length)
        {
            var remaining = length - done;
            int chunk;
            ulong offset;
            if (backward)
            {
                chunk = (int)Math.Min(Math.Min(remaining, ((s + remaining - 1) & MmLayout.PageMask) + 1), ((d + remaining - 1) & MmLayout.PageMask) + 1);
                offset = remaining - (ulong)chunk;
            }
            else
            {
                chunk = Math.Min(ToPageEnd(s + done, remaining), ToPageEnd(d + done, remaining));
                offset = done;
            }

            var from = Access(thread, s + offset, chunk, AccessKind.Read, operation);
            var to = Access(thread, d + offset, chunk, AccessKind.Write, operation);
            from.CopyTo(to);
            done += (ulong)chunk;
        }
    }
}
