namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlZeroMemory: fills <paramref name="Length"/> bytes at <paramref name="Destination"/> with zeros.</summary>
    public static void RtlZeroMemory(PVOID Destination, ulong Length) => FillBytes(Destination, Length, 0, DdiTable.RtlZeroMemory);

    /// <summary>RtlSecureZeroMemory: RtlZeroMemory that the compiler may not remove.</summary>
    public static void RtlSecureZeroMemory(PVOID Destination, ulong Length) => FillBytes(Destination, Length, 0, DdiTable.RtlSecureZeroMemory);

    /// <summary>RtlFillMemory: fills <paramref name="Length"/> bytes at <paramref name="Destination"/> with <paramref name="Fill"/>.</summary>
    public static void RtlFillMemory(PVOID Destination, ulong Length, byte Fill) => FillBytes(Destination, Length, Fill, DdiTable.RtlFillMemory);

    /// <summary>RtlCopyMemory: copies <paramref name="Length"/> bytes (the ranges should not overlap;
    /// if they do, the copy is done as RtlMoveMemory would).</summary>
    public static void RtlCopyMemory(PVOID Destination, PVOID Source, ulong Length) => MoveBytes(Destination, Source, Length, DdiTable.RtlCopyMemory);

    /// <summary>RtlMoveMemory: copies <paramref name="Length"/> bytes; the ranges may overlap.</summary>
    public static void RtlMoveMemory(PVOID Destination, PVOID Source, ulong Length) => MoveBytes(Destination, Source, Length, DdiTable.RtlMoveMemory);

    /// <summary>RtlCompareMemory: the number of leading bytes that match.</summary>
    public static ulong RtlCompareMemory(PVOID Source1, PVOID Source2, ulong Length)
    {
        var thread = DdiGate.Enter(DdiTable.RtlCompareMemory);
        var memory = thread.Machine.Memory;
        ulong done = 0;
        while (done < Length)
        {
            var chunk = Math.Min(MemoryManager.ToPageEnd(Source1.Address + done, Length - done), MemoryManager.ToPageEnd(Source2.Address + done, Length - done));
            var a = memory.Access(thread, Source1.Address + done, chunk, AccessKind.Read, nameof(RtlCompareMemory));
            var b = memory.Access(thread, Source2.Address + done, chunk, AccessKind.Read, nameof(RtlCompareMemory));
            var same = a.CommonPrefixLength(b);
            done += (ulong)same;
            if (same < chunk)
            {
                break;
            }
        }

        return done;
    }

    /// <summary>RtlEqualMemory: TRUE if the two ranges hold the same bytes.</summary>
    public static bool RtlEqualMemory(PVOID Source1, PVOID Source2, ulong Length) => RtlCompareMemory(Source1, Source2, Length) == Length;

    private static void FillBytes(PVOID destination, ulong length, byte value, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var memory = thread.Machine.Memory;
        ulong done = 0;
        while (done < length)
        {
            var chunk = MemoryManager.ToPageEnd(destination.Address + done, length - done);
            memory.Access(thread, destination.Address + done, chunk, AccessKind.Write, ddi.Name).Fill(value);
            done += (ulong)chunk;
        }
    }

    private static void MoveBytes(PVOID destination, PVOID source, ulong length, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        thread.Machine.Memory.Move(thread, destination.Address, source.Address, length, ddi.Name);
    }
}
