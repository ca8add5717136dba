namespace NtSim;

internal sealed partial class AddressSpace
{
    /// <summary>The reservation that holds <paramref name="address"/>: its base and its size in bytes.</summary>
    internal bool TryFindReservation(ulong address, out ulong baseAddress, out ulong size)
    {
        lock (_lock)
        {
            foreach (var (start, pages) in _reservations)
            {
                if (address >= start && address < start + (pages << MmLayout.PageShift))
                {
                    baseAddress = start;
                    size = pages << MmLayout.PageShift;
                    return true;
                }
            }
        }

        baseAddress = 0;
        size = 0;
        return false;
    }
}
