using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// IO_ERROR_LOG_PACKET, as wdm.h lays it out on x64 at the address IoAllocateErrorLogEntry returns:
/// the header fields, then DumpData (DumpDataSize bytes, from offset 0x28), then the driver's
/// insertion strings (NumberOfStrings zero-terminated UTF-16 strings from StringOffset). This is a
/// view over that memory; C's cast reads the same:
/// <code>
/// var packet = (IO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(DeviceObject, (byte)(IO_ERROR_LOG_PACKET.Size + 4));
/// if (!packet.IsNull) { packet.ErrorCode = IO_ERR_TIMEOUT; packet.DumpDataSize = 8; packet.DumpData[1] = 7; IoWriteErrorLogEntry(packet); }
/// </code>
/// </summary>
[DebuggerDisplay("IO_ERROR_LOG_PACKET @{Address,h}")]
public readonly struct IO_ERROR_LOG_PACKET
{
    /// <summary>sizeof(IO_ERROR_LOG_PACKET) on x64 (with its one-ULONG DumpData and the padding after it).</summary>
    public const int Size = 0x30;

    /// <summary>FIELD_OFFSET(IO_ERROR_LOG_PACKET, DumpData).</summary>
    public const int DumpDataOffset = 0x28;

    /// <summary>A view of the packet at <paramref name="memory"/> (what IoAllocateErrorLogEntry returned).</summary>
    public IO_ERROR_LOG_PACKET(PVOID memory)
    {
        Memory = memory;
    }

    /// <summary>The packet's memory.</summary>
    public PVOID Memory { get; }

    /// <summary>The packet's address (0 for a null view).</summary>
    public ulong Address => Memory.Address;

    /// <summary>IoAllocateErrorLogEntry returned NULL (no entry could be allocated).</summary>
    public bool IsNull => Memory.IsNull;

    /// <summary>The IRP_MJ_* code of the request that failed.</summary>
    public byte MajorFunctionCode
    {
        get => Memory.Read<byte>();
        set => Memory.As<byte>() = value;
    }

    /// <summary>How many times the driver had retried the operation.</summary>
    public byte RetryCount
    {
        get => (Memory + 1L).Read<byte>();
        set => (Memory + 1L).As<byte>() = value;
    }

    /// <summary>The bytes of DumpData (a multiple of sizeof(ULONG)).</summary>
    public ushort DumpDataSize
    {
        get => (Memory + 2L).Read<ushort>();
        set => (Memory + 2L).As<ushort>() = value;
    }

    /// <summary>How many insertion strings follow the dump data (at StringOffset).</summary>
    public ushort NumberOfStrings
    {
        get => (Memory + 4L).Read<ushort>();
        set => (Memory + 4L).As<ushort>() = value;
    }

    /// <summary>Where the insertion strings start, from the start of the packet.</summary>
    public ushort StringOffset
    {
        get => (Memory + 6L).Read<ushort>();
        set => (Memory + 6L).As<ushort>() = value;
    }

    /// <summary>The event category, from the driver's category message file.</summary>
    public ushort EventCategory
    {
        get => (Memory + 8L).Read<ushort>();
        set => (Memory + 8L).As<ushort>() = value;
    }

    /// <summary>The IO_ERR_* (or the driver's own message catalog) code.</summary>
    public NTSTATUS ErrorCode
    {
        get => (Memory + 0x0CL).Read<NTSTATUS>();
        set => (Memory + 0x0CL).As<NTSTATUS>() = value;
    }

    /// <summary>A driver-defined value telling where in the driver the error was found.</summary>
    public uint UniqueErrorValue
    {
        get => (Memory + 0x10L).Read<uint>();
        set => (Memory + 0x10L).As<uint>() = value;
    }

    /// <summary>The NTSTATUS the failed request completed with.</summary>
    public NTSTATUS FinalStatus
    {
        get => (Memory + 0x14L).Read<NTSTATUS>();
        set => (Memory + 0x14L).As<NTSTATUS>() = value;
    }

    /// <summary>The driver's number for the request, the same across its retries.</summary>
    public uint SequenceNumber
    {
        get => (Memory + 0x18L).Read<uint>();
        set => (Memory + 0x18L).As<uint>() = value;
    }

    /// <summary>The IOCTL code, for an IRP_MJ_DEVICE_CONTROL request.</summary>
    public uint IoControlCode
    {
        get => (Memory + 0x1CL).Read<uint>();
        set => (Memory + 0x1CL).As<uint>() = value;
    }

    /// <summary>The offset on the device where the error happened.</summary>
    public LARGE_INTEGER DeviceOffset
    {
        get => (Memory + 0x20L).Read<LARGE_INTEGER>();
        set => (Memory + 0x20L).As<LARGE_INTEGER>() = value;
    }

    /// <summary>DumpData: the ULONGs DumpDataSize covers (at least DumpData[0], which the structure
    /// always has). Set DumpDataSize first; touching past the entry faults as in C.</summary>
    public Span<uint> DumpData =>
        MemoryMarshal.Cast<byte, uint>((Memory + (long)DumpDataOffset).AsSpan(Math.Max(sizeof(uint), DumpDataSize & ~3)));

    /// <summary>C's cast of IoAllocateErrorLogEntry's result: a view of the packet at that memory.</summary>
    public static explicit operator IO_ERROR_LOG_PACKET(PVOID memory) => new(memory);

    /// <summary>The packet's memory, as IoWriteErrorLogEntry and IoFreeErrorLogEntry take it.</summary>
    public static implicit operator PVOID(IO_ERROR_LOG_PACKET packet) => packet.Memory;
}
