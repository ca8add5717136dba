using System.Numerics;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// The work of the RtlXxxBits routines on a bitmap's ULONGs. Ranges are checked against
/// SizeOfBitMap: one that runs past it is the caller's bug (on Windows it writes past the bitmap).
/// </summary>
internal static class BitMaps
{
    /// <summary>RtlFindClearBits and friends: not found.</summary>
    internal const uint NotFound = 0xFFFFFFFF;

    /// <summary>The bitmap's ULONGs, touched in simulated memory when they live there.</summary>
    internal static Span<uint> Bits(KTHREAD? thread, RTL_BITMAP bitmap, bool write, string ddi)
    {
        var words = (int)((bitmap.SizeOfBitMap + 31) / 32);
        if (!bitmap.BufferAddress.IsNull)
        {
            thread ??= KeContext.Running(ddi);
            var bytes = thread.Machine.Memory.Access(thread, bitmap.BufferAddress.Address, words * 4, write ? AccessKind.Write : AccessKind.Read, ddi);
            return MemoryMarshal.Cast<byte, uint>(bytes);
        }

        if (words > bitmap.Buffer.Length)
        {
            throw new ArgumentException($"{ddi}: the bitmap has {bitmap.SizeOfBitMap} bits but its buffer holds {bitmap.Buffer.Length} ULONGs ({bitmap.Buffer.Length * 32} bits).", "BitMapHeader");
        }

        return bitmap.Buffer.Span[..words];
    }

    internal static void CheckRange(RTL_BITMAP bitmap, uint start, uint count, string ddi)
    {
        if ((ulong)start + count > bitmap.SizeOfBitMap)
        {
            throw new ArgumentOutOfRangeException("StartingIndex", start,
                $"{ddi}: bits {start} to {(ulong)start + count - 1} run past the end of a bitmap of {bitmap.SizeOfBitMap} bits.");
        }
    }

    internal static bool Test(ReadOnlySpan<uint> bits, uint index) => (bits[(int)(index / 32)] & (1u << (int)(index % 32))) != 0;

    internal static void Set(Span<uint> bits, uint start, uint count, bool value)
    {
        for (var i = start; i < start + count; i++)
        {
            ref var word = ref bits[(int)(i / 32)];
            var mask = 1u << (int)(i % 32);
            word = value ? word | mask : word & ~mask;
        }
    }

    /// <summary>Sets or clears the range a ULONG at a time, each with one atomic operation (RtlInterlocked*Bits).</summary>
    internal static void SetInterlocked(Span<uint> bits, uint start, uint count, bool value)
    {
        var end = start + count;
        for (var i = start; i < end;)
        {
            var word = (int)(i / 32);
            var first = (int)(i % 32);
            var n = (int)Math.Min(32 - first, end - i);
            var mask = n == 32 ? uint.MaxValue : ((1u << n) - 1) << first;
            ref var target = ref bits[word];
            if (value)
            {
                Interlocked.Or(ref target, mask);
            }
            else
            {
                Interlocked.And(ref target, ~mask);
            }

            i += (uint)n;
        }
    }

    /// <summary>Whether every bit of the range has <paramref name="value"/>.</summary>
    internal static bool All(ReadOnlySpan<uint> bits, uint start, uint count, bool value)
    {
        for (var i = start; i < start + count; i++)
        {
            if (Test(bits, i) != value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the bits of <paramref name="value"/> among the first <paramref name="size"/>.</summary>
    internal static uint Count(ReadOnlySpan<uint> bits, uint size, bool value)
    {
        uint set = 0;
        var full = (int)(size / 32);
        for (var i = 0; i < full; i++)
        {
            set += (uint)BitOperations.PopCount(bits[i]);
        }

        if (size % 32 != 0)
        {
            set += (uint)BitOperations.PopCount(bits[full] & ((1u << (int)(size % 32)) - 1));
        }

        return value ? set : size - set;
    }

    /// <summary>The first run of <paramref name="count"/> bits of <paramref name="value"/> from the hint to the
    /// end, then from the start (a run does not wrap); <see cref="NotFound"/> if there is none.
    /// A count of 0 finds the hint itself (0 when the hint lies outside the bitmap).</summary>
    internal static uint Find(ReadOnlySpan<uint> bits, uint size, uint count, uint hint, bool value)
    {
        if (hint >= size)
        {
            hint = 0;
        }

        if (count == 0)
        {
            return hint;
        }

        if (count > size)
        {
            return NotFound;
        }

        var found = FindFrom(bits, hint, size, count, value);
        if (found == NotFound && hint != 0)
        {
            found = FindFrom(bits, 0, Math.Min(size, hint + count - 1), count, value);
        }

        return found;
    }

    /// <summary>RtlFindFirstRunClear: the length of the lowest run of clear bits, and where it starts.</summary>
    internal static uint FirstRun(ReadOnlySpan<uint> bits, uint size, bool value, out uint start)
    {
        start = 0;
        uint i = 0;
        while (i < size && Test(bits, i) != value)
        {
            i++;
        }

        if (i == size)
        {
            return 0;
        }

        start = i;
        while (i < size && Test(bits, i) == value)
        {
            i++;
        }

        return i - start;
    }

    /// <summary>RtlFindLongestRunClear: the length of the longest run of bits of <paramref name="value"/>
    /// (the lowest of equal ones), and where it starts.</summary>
    internal static uint LongestRun(ReadOnlySpan<uint> bits, uint size, bool value, out uint start)
    {
        start = 0;
        uint longest = 0, run = 0;
        for (uint i = 0; i < size; i++)
        {
            run = Test(bits, i) == value ? run + 1 : 0;
            if (run > longest)
            {
                longest = run;
                start = i + 1 - run;
            }
        }

        return longest;
    }

    private static uint FindFrom(ReadOnlySpan<uint> bits, uint from, uint end, uint count, bool value)
    {
        uint run = 0;
        for (var i = from; i < end; i++)
        {
            run = Test(bits, i) == value ? run + 1 : 0;
            if (run == count)
            {
                return i - count + 1;
            }
        }

        return NotFound;
    }
}
