using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>What the WDK's Interlocked functions share: their scheduling point and the operations
/// .NET has no single call for.</summary>
internal static class InterlockedOperations
{
    /// <summary>
    /// An interlocked operation is where another processor's access to the same memory may come
    /// first: on a simulated thread it is a scheduling point before the operation, so the schedule
    /// explorer can put another thread's write between a driver's plain read and its interlocked
    /// write (a lost update). On a host thread (a test calling driver code directly) it is nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Point()
    {
        var thread = KTHREAD.Current;
        if (thread is not null)
        {
            thread.Machine.Scheduler.SchedulingPoint(thread);
        }
    }

    internal static int Xor(ref int destination, int value)
    {
        var seen = Volatile.Read(ref destination);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref destination, seen ^ value, seen);
            if (found == seen)
            {
                return found;
            }

            seen = found;
        }
    }

    internal static long Xor(ref long destination, long value)
    {
        var seen = Volatile.Read(ref destination);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref destination, seen ^ value, seen);
            if (found == seen)
            {
                return found;
            }

            seen = found;
        }
    }

    /// <summary>The mask of bit <paramref name="offset"/> of a <paramref name="bits"/>-bit value; an
    /// offset outside it would reach memory past the variable (a bit string): refused.</summary>
    internal static ulong Bit(long offset, int bits, string function)
    {
        if (offset < 0 || offset >= bits)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"{function}: the bit offset must be 0 to {bits - 1}.");
        }

        return 1UL << (int)offset;
    }
}
