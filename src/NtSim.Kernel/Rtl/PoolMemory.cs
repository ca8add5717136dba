using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// A <see cref="Memory{T}"/> over a pool block in simulated memory: the buffer an Rtl routine
/// allocates for a string (AllocateDestinationString), seen through the string's Buffer field
/// as the driver sees any buffer, while the block itself is pool (tagged, tracked, leak-reported,
/// shown by !pool) until RtlFreeUnicodeString or RtlFreeAnsiString frees it.
/// </summary>
internal sealed class PoolMemory<T> : MemoryManager<T>
    where T : unmanaged
{
    private readonly byte[] _bytes;
    private readonly int _offset;
    private readonly int _count;

    internal PoolMemory(PVOID address, byte[] bytes, int offset, int count)
    {
        Address = address;
        _bytes = bytes;
        _offset = offset;
        _count = count;
    }

    /// <summary>The pool block's address (what RtlFree*String frees).</summary>
    internal PVOID Address { get; }

    public override Span<T> GetSpan() => MemoryMarshal.Cast<byte, T>(_bytes.AsSpan(_offset, _count * Unsafe.SizeOf<T>()));

    public override unsafe MemoryHandle Pin(int elementIndex = 0)
    {
        var handle = GCHandle.Alloc(_bytes, GCHandleType.Pinned);
        var pointer = (byte*)handle.AddrOfPinnedObject() + _offset + (elementIndex * sizeof(T));
        return new MemoryHandle(pointer, handle, this);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
