using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// The buffers the Rtl string routines allocate for their caller (AllocateDestinationString,
/// RtlStringFromGUID): paged pool with the Rtl string tag, charged to the calling driver's line,
/// and freed by RtlFreeUnicodeString, RtlFreeAnsiString or RtlFreeOemString.
/// </summary>
internal static class RtlStringBuffers
{
    /// <summary>The tag of Rtl string buffers: "Strg" as !pool and poolmon show it.</summary>
    internal static readonly uint Tag = PoolTag.FromString("Strg");

    /// <summary>Allocates <paramref name="count"/> elements of paged pool; false when the pool is out of memory.</summary>
    internal static bool TryAllocate<T>(KTHREAD thread, int count, string file, int line, string ddi, out Memory<T> buffer)
        where T : unmanaged
    {
        var bytes = count * Unsafe.SizeOf<T>();
        var request = PoolRequest.FromType(Wdm.PagedPool, zero: false);
        var address = thread.Machine.Pool.Allocate(thread, request, (ulong)bytes, Tag, file, line, ddi);
        if (address.IsNull)
        {
            buffer = default;
            return false;
        }

        ref var pte = ref thread.Machine.Memory.Find(thread, address.Address);
        var segment = pte.Segment ?? throw new InvalidOperationException($"{ddi}: pool block {address} has no backing pages.");
        if (!segment.Contains(address.Address + (ulong)bytes - 1))
        {
            throw new InvalidOperationException($"{ddi}: pool block {address} of {bytes} bytes spans segments.");
        }

        buffer = new PoolMemory<T>(address, segment.Bytes, segment.Offset(address.Address), count).Memory;
        return true;
    }

    /// <summary>Frees a buffer an Rtl routine allocated. A buffer that is not a pool block (a constant
    /// string, a driver's array) is left alone: only the string is emptied.</summary>
    internal static void Free<T>(KTHREAD thread, Memory<T> buffer, string ddi)
        where T : unmanaged
    {
        if (MemoryMarshal.TryGetMemoryManager<T, PoolMemory<T>>(buffer, out var pool, out var start, out _))
        {
            // A buffer that does not start at its block frees an address inside it: the pool says so.
            thread.Machine.Pool.Free(thread, pool.Address.Address + (ulong)(start * Unsafe.SizeOf<T>()), Tag, checkTag: false, ddi);
        }
    }
}
