using System.Runtime.CompilerServices;

namespace NtSim;

public sealed partial class ExPool
{
    /// <summary>ExQueryPoolBlockSize: the bytes a live block can hold (a small block's size less its header,
    /// a big allocation's whole pages) and whether its header carries the quota bit; null for an address
    /// that is not the start of a live block.</summary>
    internal ulong? QueryBlockSize(ulong address, out bool quotaCharged)
    {
        quotaCharged = false;
        lock (_lock)
        {
            if ((address & MmLayout.PageMask) == 0 && _big.TryGet(address, out var big))
            {
                return big.PageBytes;
            }

            ref var pte = ref _memory.SystemMap.Find(address);
            var offset = address & MmLayout.PageMask;
            if (Unsafe.IsNullRef(ref pte) || pte.Owner is not PoolPage page || (offset & (PoolHeader.Unit - 1)) != 0 || offset < PoolHeader.Size)
            {
                return null;
            }

            ref var slot = ref page.Slots[(int)(offset / PoolHeader.Unit) - 1];
            if (slot.State != PoolSlotState.Live)
            {
                return null;
            }

            quotaCharged = PoolHeader.HasQuota(slot.HeaderType);
            return (ulong)((slot.Units * PoolHeader.Unit) - PoolHeader.Size);
        }
    }
}
