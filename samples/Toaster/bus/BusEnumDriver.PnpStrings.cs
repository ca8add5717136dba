using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Bus;

public sealed partial class BusEnumDriver
{
    /// <summary>
    /// An ID or a text as the PnP manager takes it: UTF-16 in paged pool, each string NUL-terminated,
    /// a MULTI_SZ ending in one more NUL ("the driver allocates the buffer from paged pool; the PnP
    /// manager frees it", IRP_MN_QUERY_ID). Returns its address for IoStatus.Information, 0 if pool ran out.
    /// </summary>
    private static ulong AllocatePnpString(IReadOnlyList<string> strings, bool multi)
    {
        var chars = strings.Sum(s => s.Length + 1) + (multi ? 1 : 0);
        var memory = ExAllocatePool2(POOL_FLAG_PAGED, (ulong)chars * sizeof(char), BusEnumPoolTag);
        if (memory.IsNull)
        {
            return 0;
        }

        var target = MemoryMarshal.Cast<byte, char>(memory.AsSpan(chars * sizeof(char)));
        var at = 0;
        foreach (var s in strings)
        {
            s.AsSpan().CopyTo(target[at..]);
            at += s.Length;
            target[at++] = '\0';
        }

        if (multi)
        {
            target[at] = '\0';
        }

        return memory.Address;
    }
}
