using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// One entry of the system event log: an IO_ERROR_LOG_PACKET a driver wrote with IoWriteErrorLogEntry,
/// as the Event Viewer shows it (source, event id from ErrorCode, the dump data and insertion strings).
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record ErrorLogEntry
{
    /// <summary>The record number: 1 for the first entry since boot.</summary>
    public required long RecordNumber { get; init; }

    /// <summary>The system time the entry was written (100 ns units since 1601, UTC).</summary>
    public required long TimeStamp { get; init; }

    /// <summary>The event source: the driver's name (its service name), as the Event Viewer shows it.</summary>
    public required string Source { get; init; }

    /// <summary>The device the error happened on (the packet's IoObject, when it was a device object
    /// with a name), or null. The I/O manager gives it as insertion string %1.</summary>
    public string? DeviceName { get; init; }

    /// <summary>The packet's MajorFunctionCode: the IRP_MJ_* of the request that failed.</summary>
    public required byte MajorFunctionCode { get; init; }

    /// <summary>The packet's RetryCount: how many times the driver had retried the operation.</summary>
    public required byte RetryCount { get; init; }

    /// <summary>The packet's EventCategory, from the driver's category message file.</summary>
    public required ushort EventCategory { get; init; }

    /// <summary>The IO_ERR_* code; its low 16 bits are the event id the Event Viewer shows.</summary>
    public required NTSTATUS ErrorCode { get; init; }

    /// <summary>The packet's UniqueErrorValue: a driver-defined value telling where in the driver the error was found.</summary>
    public required uint UniqueErrorValue { get; init; }

    /// <summary>The packet's FinalStatus: the NTSTATUS the request completed with.</summary>
    public required NTSTATUS FinalStatus { get; init; }

    /// <summary>The packet's SequenceNumber: the driver's number for the request (the same across retries).</summary>
    public required uint SequenceNumber { get; init; }

    /// <summary>The packet's IoControlCode, for an IRP_MJ_DEVICE_CONTROL request.</summary>
    public required uint IoControlCode { get; init; }

    /// <summary>The packet's DeviceOffset: the offset on the device where the error happened.</summary>
    public required long DeviceOffset { get; init; }

    /// <summary>DumpData, as many ULONGs as DumpDataSize covered (within the entry).</summary>
    public required IReadOnlyList<uint> DumpData { get; init; }

    /// <summary>The driver's insertion strings (%2 onwards).</summary>
    public required IReadOnlyList<string> Strings { get; init; }

    /// <summary>The event id: the code part (low 16 bits) of <see cref="ErrorCode"/>.</summary>
    public int EventId => (int)ErrorCode & 0xFFFF;

    /// <summary>"Error", "Warning", "Information" or "Success": the severity bits of <see cref="ErrorCode"/>.</summary>
    public string Level => ((uint)ErrorCode >> 30) switch
    {
        3 => "Error",
        2 => "Warning",
        1 => "Information",
        _ => "Success",
    };

    /// <summary>The entry on one line: record number, level, source, event id, device, statuses, dump data and strings.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{RecordNumber} {Level} {Source} event {EventId} (0x{(uint)ErrorCode:X8}) on {DeviceName ?? "(driver)"}, final status 0x{(uint)FinalStatus:X8}, unique value 0x{UniqueErrorValue:X}, dump [{string.Join(' ', DumpData.Select(d => d.ToString("X8", CultureInfo.InvariantCulture)))}]{(Strings.Count == 0 ? "" : ", strings \"" + string.Join("\", \"", Strings) + "\"")}");
}
