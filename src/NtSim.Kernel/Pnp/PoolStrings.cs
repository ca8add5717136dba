using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>Strings in paged pool as drivers hand them to the PnP manager (IRP_MN_QUERY_ID,
/// IRP_MN_QUERY_DEVICE_TEXT): UTF-16, NUL-terminated, a MULTI_SZ ending in two NULs.</summary>
internal static class PoolStrings
{
    private static readonly uint Tag = PoolTag.FromString("PnpS");

    /// <summary>The address of a new paged pool block holding <paramref name="strings"/> as a
    /// MULTI_SZ (or, with one string and <paramref name="multi"/> false, a plain string); 0 if pool ran out.</summary>
    internal static ulong Allocate(IReadOnlyList<string> strings, bool multi)
    {
        var chars = strings.Sum(s => s.Length + 1) + (multi ? 1 : 0);
        var block = Wdm.ExAllocatePool2(Wdm.POOL_FLAG_PAGED, (ulong)Math.Max(chars, 1) * 2, Tag);
        if (block.IsNull)
        {
            return 0;
        }

        var target = MemoryMarshal.Cast<byte, char>(block.AsSpan(Math.Max(chars, 1) * 2));
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

        return block.Address;
    }
}
