using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A memory object (IFxMemory): a buffer and its length behind a WDFMEMORY. The variants differ in
/// who owns the buffer: the framework's pool (<see cref="FxMemoryFromPool"/>), the driver
/// (<see cref="FxMemoryPreallocated"/>), a lookaside list (<see cref="FxMemoryFromLookaside"/>) or a
/// request (<see cref="FxRequestMemory"/>).
/// </summary>
[DebuggerDisplay("WDFMEMORY 0x{Handle,x} {Buffer} 0x{Length,x}")]
internal abstract class FxMemoryObject : FxObject
{
    protected FxMemoryObject(FxDriverGlobals globals)
        : base(globals, FxObjectType.Memory)
    {
    }

    internal abstract PVOID Buffer { get; }

    internal abstract ulong Length { get; }

    /// <summary>A request's input buffer is read-only to the driver (IFxMemoryFlagReadOnly).</summary>
    internal virtual bool ReadOnly => false;

    /// <summary>WdfMemoryCopyFromBuffer: <paramref name="count"/> bytes from <paramref name="source"/> at <paramref name="offset"/>.</summary>
    internal NTSTATUS CopyFrom(KTHREAD thread, ulong offset, PVOID source, ulong count)
    {
        if (ReadOnly)
        {
            // IFxMemory::CopyFromPtr refuses a read-only destination.
            FxVerifierBreak.Report(thread, Globals, $"Target WDFMEMORY 0x{Handle:x} is ReadOnly");
            return Wdm.STATUS_ACCESS_VIOLATION;
        }

        return CopyPtrToPtr(source, count, null, Buffer, Length, new WDFMEMORY_OFFSET { BufferOffset = offset, BufferLength = count });
    }

    /// <summary>WdfMemoryCopyToBuffer: <paramref name="count"/> bytes at <paramref name="offset"/> to <paramref name="destination"/>.</summary>
    internal NTSTATUS CopyTo(ulong offset, PVOID destination, ulong count) =>
        CopyPtrToPtr(Buffer, Length, new WDFMEMORY_OFFSET { BufferOffset = offset, BufferLength = count }, destination, count,
            new WDFMEMORY_OFFSET { BufferLength = count });

    /// <summary>The checks of IFxMemory::_CopyPtrToPtr: a source too short is STATUS_BUFFER_TOO_SMALL,
    /// a destination too short STATUS_INVALID_BUFFER_SIZE (fxmemoryobject.cpp).</summary>
    internal static NTSTATUS CopyPtrToPtr(PVOID source, ulong sourceLength, WDFMEMORY_OFFSET? sourceOffsets,
        PVOID destination, ulong destinationLength, WDFMEMORY_OFFSET? destinationOffsets)
    {
        if (source.IsNull)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var copyLength = destinationLength;
        if (sourceOffsets is { BufferOffset: not 0 } so)
        {
            if (so.BufferOffset >= sourceLength)
            {
                return Wdm.STATUS_BUFFER_TOO_SMALL;
            }

            source += so.BufferOffset;
            sourceLength -= so.BufferOffset;
        }

        if (destinationOffsets is { } d)
        {
            if (d.BufferOffset != 0)
            {
                if (d.BufferOffset >= copyLength)
                {
                    return Wdm.STATUS_INVALID_BUFFER_SIZE;
                }

                destination += d.BufferOffset;
                copyLength -= d.BufferOffset;
            }

            if (d.BufferLength != 0)
            {
                if (d.BufferLength > copyLength)
                {
                    return Wdm.STATUS_INVALID_BUFFER_SIZE;
                }

                copyLength = d.BufferLength;
            }
        }

        if (copyLength > sourceLength)
        {
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        Wdm.RtlCopyMemory(destination, source, copyLength);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>IFxMemory::ValidateMemoryOffsets: offset + length past the buffer is STATUS_INTEGER_OVERFLOW.</summary>
    internal NTSTATUS ValidateOffsets(WDFMEMORY_OFFSET? offsets)
    {
        if (offsets is not { } o)
        {
            return Wdm.STATUS_SUCCESS;
        }

        var total = o.BufferLength + o.BufferOffset;
        return total < o.BufferOffset || total > Length ? Wdm.STATUS_INTEGER_OVERFLOW : Wdm.STATUS_SUCCESS;
    }

    /// <summary>The window <paramref name="offsets"/> names (the whole buffer when null; a zero length runs to the end).</summary>
    internal (PVOID Buffer, ulong Length) Window(WDFMEMORY_OFFSET? offsets)
    {
        if (offsets is not { } o)
        {
            return (Buffer, Length);
        }

        return (Buffer + o.BufferOffset, o.BufferLength != 0 ? o.BufferLength : Length - o.BufferOffset);
    }
}
