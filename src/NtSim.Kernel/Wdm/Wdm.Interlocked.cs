using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // The Interlocked functions are compiler intrinsics (a LOCK-prefixed instruction), not calls into
    // the kernel: no DDI gate; they work on any thread. On a simulated thread each one is first a
    // scheduling point: the moment another processor's access may come first (docs/lists.md). A LONG
    // in simulated memory is reached by reference: InterlockedIncrement(ref p.As<int>()).

    /// <summary>InterlockedIncrement: adds 1; returns the new value.</summary>
    public static int InterlockedIncrement(ref int Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Increment(ref Addend);
    }

    /// <summary>InterlockedIncrement on a ULONG (the C cast of a ULONG to LONG*).</summary>
    public static uint InterlockedIncrement(ref uint Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Increment(ref Addend);
    }

    /// <summary>InterlockedDecrement: subtracts 1; returns the new value.</summary>
    public static int InterlockedDecrement(ref int Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Decrement(ref Addend);
    }

    /// <summary>InterlockedDecrement on a ULONG.</summary>
    public static uint InterlockedDecrement(ref uint Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Decrement(ref Addend);
    }

    /// <summary>InterlockedIncrement64: adds 1; returns the new value.</summary>
    public static long InterlockedIncrement64(ref long Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Increment(ref Addend);
    }

    /// <summary>InterlockedDecrement64: subtracts 1; returns the new value.</summary>
    public static long InterlockedDecrement64(ref long Addend)
    {
        InterlockedOperations.Point();
        return Interlocked.Decrement(ref Addend);
    }

    /// <summary>InterlockedExchange: stores <paramref name="Value"/>; returns the value before.</summary>
    public static int InterlockedExchange(ref int Target, int Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Exchange(ref Target, Value);
    }

    /// <summary>InterlockedExchange on a ULONG.</summary>
    public static uint InterlockedExchange(ref uint Target, uint Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Exchange(ref Target, Value);
    }

    /// <summary>InterlockedExchange64: stores <paramref name="Value"/>; returns the value before.</summary>
    public static long InterlockedExchange64(ref long Target, long Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Exchange(ref Target, Value);
    }

    /// <summary>InterlockedCompareExchange: stores <paramref name="ExChange"/> if the value is
    /// <paramref name="Comperand"/>; returns the value before.</summary>
    public static int InterlockedCompareExchange(ref int Destination, int ExChange, int Comperand)
    {
        InterlockedOperations.Point();
        return Interlocked.CompareExchange(ref Destination, ExChange, Comperand);
    }

    /// <summary>InterlockedCompareExchange on a ULONG.</summary>
    public static uint InterlockedCompareExchange(ref uint Destination, uint ExChange, uint Comperand)
    {
        InterlockedOperations.Point();
        return Interlocked.CompareExchange(ref Destination, ExChange, Comperand);
    }

    /// <summary>InterlockedCompareExchange64: the 64-bit InterlockedCompareExchange.</summary>
    public static long InterlockedCompareExchange64(ref long Destination, long ExChange, long Comperand)
    {
        InterlockedOperations.Point();
        return Interlocked.CompareExchange(ref Destination, ExChange, Comperand);
    }

    /// <summary>InterlockedExchangeAdd: adds <paramref name="Value"/>; returns the value before.</summary>
    public static int InterlockedExchangeAdd(ref int Addend, int Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Add(ref Addend, Value) - Value;
    }

    /// <summary>InterlockedExchangeAdd on a ULONG.</summary>
    public static uint InterlockedExchangeAdd(ref uint Addend, uint Value)
    {
        InterlockedOperations.Point();
        return unchecked(Interlocked.Add(ref Addend, Value) - Value);
    }

    /// <summary>InterlockedExchangeAdd64: adds <paramref name="Value"/>; returns the value before.</summary>
    public static long InterlockedExchangeAdd64(ref long Addend, long Value)
    {
        InterlockedOperations.Point();
        return unchecked(Interlocked.Add(ref Addend, Value) - Value);
    }

    /// <summary>InterlockedAdd: adds <paramref name="Value"/>; returns the new value.</summary>
    public static int InterlockedAdd(ref int Addend, int Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Add(ref Addend, Value);
    }

    /// <summary>InterlockedAdd64: adds <paramref name="Value"/>; returns the new value.</summary>
    public static long InterlockedAdd64(ref long Addend, long Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Add(ref Addend, Value);
    }

    /// <summary>InterlockedAnd: ANDs <paramref name="Value"/> in; returns the value before.</summary>
    public static int InterlockedAnd(ref int Destination, int Value)
    {
        InterlockedOperations.Point();
        return Interlocked.And(ref Destination, Value);
    }

    /// <summary>InterlockedAnd on a ULONG.</summary>
    public static uint InterlockedAnd(ref uint Destination, uint Value)
    {
        InterlockedOperations.Point();
        return Interlocked.And(ref Destination, Value);
    }

    /// <summary>InterlockedAnd64: ANDs <paramref name="Value"/> in; returns the value before.</summary>
    public static long InterlockedAnd64(ref long Destination, long Value)
    {
        InterlockedOperations.Point();
        return Interlocked.And(ref Destination, Value);
    }

    /// <summary>InterlockedOr: ORs <paramref name="Value"/> in; returns the value before.</summary>
    public static int InterlockedOr(ref int Destination, int Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Or(ref Destination, Value);
    }

    /// <summary>InterlockedOr on a ULONG.</summary>
    public static uint InterlockedOr(ref uint Destination, uint Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Or(ref Destination, Value);
    }

    /// <summary>InterlockedOr64: ORs <paramref name="Value"/> in; returns the value before.</summary>
    public static long InterlockedOr64(ref long Destination, long Value)
    {
        InterlockedOperations.Point();
        return Interlocked.Or(ref Destination, Value);
    }

    /// <summary>InterlockedXor: XORs <paramref name="Value"/> in; returns the value before.</summary>
    public static int InterlockedXor(ref int Destination, int Value)
    {
        InterlockedOperations.Point();
        return InterlockedOperations.Xor(ref Destination, Value);
    }

    /// <summary>InterlockedXor64: XORs <paramref name="Value"/> in; returns the value before.</summary>
    public static long InterlockedXor64(ref long Destination, long Value)
    {
        InterlockedOperations.Point();
        return InterlockedOperations.Xor(ref Destination, Value);
    }

    /// <summary>InterlockedExchangePointer: stores <paramref name="Value"/>; returns the pointer before.</summary>
    public static PVOID InterlockedExchangePointer(ref PVOID Target, PVOID Value)
    {
        InterlockedOperations.Point();
        return new PVOID(Interlocked.Exchange(ref Unsafe.As<PVOID, ulong>(ref Target), Value.Address));
    }

    /// <summary>InterlockedExchangePointer on a reference to a driver's object (a pointer to a structure in C).</summary>
    public static T? InterlockedExchangePointer<T>(ref T? Target, T? Value)
        where T : class
    {
        InterlockedOperations.Point();
        return Interlocked.Exchange(ref Target, Value);
    }

    /// <summary>InterlockedCompareExchangePointer: stores <paramref name="Exchange"/> if the pointer is
    /// <paramref name="Comperand"/>; returns the pointer before.</summary>
    public static PVOID InterlockedCompareExchangePointer(ref PVOID Destination, PVOID Exchange, PVOID Comperand)
    {
        InterlockedOperations.Point();
        return new PVOID(Interlocked.CompareExchange(ref Unsafe.As<PVOID, ulong>(ref Destination), Exchange.Address, Comperand.Address));
    }

    /// <summary>InterlockedCompareExchangePointer on a reference to a driver's object (compared by identity).</summary>
    public static T? InterlockedCompareExchangePointer<T>(ref T? Destination, T? Exchange, T? Comperand)
        where T : class
    {
        InterlockedOperations.Point();
        return Interlocked.CompareExchange(ref Destination, Exchange, Comperand);
    }

    /// <summary>InterlockedBitTestAndSet: sets bit <paramref name="Offset"/> (0 to 31); returns its value before.</summary>
    public static bool InterlockedBitTestAndSet(ref int Base, int Offset)
    {
        var mask = InterlockedOperations.Bit(Offset, 32, nameof(InterlockedBitTestAndSet));
        InterlockedOperations.Point();
        return (Interlocked.Or(ref Base, (int)mask) & (int)mask) != 0;
    }

    /// <summary>InterlockedBitTestAndReset: clears bit <paramref name="Offset"/> (0 to 31); returns its value before.</summary>
    public static bool InterlockedBitTestAndReset(ref int Base, int Offset)
    {
        var mask = InterlockedOperations.Bit(Offset, 32, nameof(InterlockedBitTestAndReset));
        InterlockedOperations.Point();
        return (Interlocked.And(ref Base, ~(int)mask) & (int)mask) != 0;
    }

    /// <summary>InterlockedBitTestAndSet64: sets bit <paramref name="Offset"/> (0 to 63); returns its value before.</summary>
    public static bool InterlockedBitTestAndSet64(ref long Base, long Offset)
    {
        var mask = InterlockedOperations.Bit(Offset, 64, nameof(InterlockedBitTestAndSet64));
        InterlockedOperations.Point();
        return (Interlocked.Or(ref Base, (long)mask) & (long)mask) != 0;
    }

    /// <summary>InterlockedBitTestAndReset64: clears bit <paramref name="Offset"/> (0 to 63); returns its value before.</summary>
    public static bool InterlockedBitTestAndReset64(ref long Base, long Offset)
    {
        var mask = InterlockedOperations.Bit(Offset, 64, nameof(InterlockedBitTestAndReset64));
        InterlockedOperations.Point();
        return (Interlocked.And(ref Base, ~(long)mask) & (long)mask) != 0;
    }

    /// <summary>KeMemoryBarrier: a full memory barrier (a macro: no DDI gate), and a scheduling point
    /// like the interlocked operations it stands beside.</summary>
    public static void KeMemoryBarrier()
    {
        InterlockedOperations.Point();
        Interlocked.MemoryBarrier();
    }
}
