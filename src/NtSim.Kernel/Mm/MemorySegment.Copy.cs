namespace NtSim;

internal sealed partial class MemorySegment
{
    /// <summary>Copies the bytes at [<paramref name="address"/>, +destination.Length) into <paramref name="destination"/>
    /// without giving the segment backing it does not have yet (an untouched segment reads as zeros: the destination
    /// is left as it is). For a crash dump, which must not allocate a machine's untouched memory.</summary>
    internal void CopyOut(ulong address, Span<byte> destination)
    {
        var owner = _source ?? this;
        if (Volatile.Read(ref owner._placement) is { } placement)
        {
            placement.Bytes.AsSpan(placement.Offset + _sourceOffset + (int)(address - Base), destination.Length).CopyTo(destination);
        }
    }
}
