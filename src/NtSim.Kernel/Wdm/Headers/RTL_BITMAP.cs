using System.Diagnostics;

namespace NtSim;

/// <summary>
/// RTL_BITMAP: the header of a bitmap of <see cref="SizeOfBitMap"/> bits kept in ULONGs (bit 0 is the
/// low bit of the first ULONG). The bits live in a driver's array (<see cref="Buffer"/>) or in
/// simulated memory (<see cref="BufferAddress"/>: pool, say), where every call touches them as the
/// processor would, so a bitmap in paged pool used at DISPATCH_LEVEL faults as on Windows.
/// Initialize it with RtlInitializeBitMap.
/// </summary>
[DebuggerDisplay("RTL_BITMAP {SizeOfBitMap} bits")]
public sealed class RTL_BITMAP
{
    /// <summary>The number of bits.</summary>
    public uint SizeOfBitMap;

    /// <summary>The ULONGs that hold the bits, when they are a driver's array.</summary>
    public Memory<uint> Buffer;

    /// <summary>The address of the ULONGs, when they are in simulated memory (NULL otherwise).</summary>
    public PVOID BufferAddress;
}
