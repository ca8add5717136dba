using System.Globalization;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// The I/O manager's error log packets: IoAllocateErrorLogEntry hands one out from nonpaged pool,
/// IoWriteErrorLogEntry copies it into the System event log and frees it, IoFreeErrorLogEntry frees it
/// unwritten. A packet still held when its driver unloads is in the unload report with its line.
/// </summary>
internal sealed class IoErrorLog
{
    /// <summary>ERROR_LOG_MAXIMUM_SIZE on x64: ERROR_LOG_LIMIT_SIZE (240) as ntiologc.h's arithmetic gives it.</summary>
    internal const int MaximumSize = 240;

    /// <summary>The tag NtSim gives the packets' pool blocks.</summary>
    private static readonly uint s_tag = PoolTag.FromString("IoEr");

    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, Packet> _live = [];

    internal IoErrorLog(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>IoAllocateErrorLogEntry: a zeroed packet of <paramref name="entrySize"/> bytes for the
    /// device or driver <paramref name="ioObject"/>, or NULL.</summary>
    internal PVOID Allocate(KTHREAD thread, object ioObject, byte entrySize, string file, int line)
    {
        var (source, device) = ioObject switch
        {
            DEVICE_OBJECT d => (d.DriverObject.Name, d.Name),
            DRIVER_OBJECT d => (d.Name, (string?)null),
            _ => throw new ArgumentException($"IoAllocateErrorLogEntry: IoObject must be a DEVICE_OBJECT or a DRIVER_OBJECT, not {ioObject.GetType().Name}.", nameof(ioObject)),
        };

        // "This value cannot exceed ERROR_LOG_MAXIMUM_SIZE"; a packet shorter than its header could
        // not hold one either (NtSim refuses it rather than let the driver write past it).
        if (entrySize > MaximumSize || entrySize < IO_ERROR_LOG_PACKET.Size)
        {
            return PVOID.NULL;
        }

        // The packet is the I/O manager's memory, not the driver's pool: the pool charges it to the
        // kernel, and the tracker charges the unwritten packet to the driver.
        PVOID packet;
        var request = new PoolRequest(Wdm.NonPagedPoolNx, Zero: true, Raise: false, CacheAligned: false);
        using (thread.EnterModule(_machine.Modules.Kernel))
        {
            packet = _machine.Pool.Allocate(thread, request, entrySize, s_tag, file, line, nameof(Wdm.IoAllocateErrorLogEntry));
        }

        if (packet.IsNull)
        {
            return packet;
        }

        var handle = _machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, packet.Address, s_tag, entrySize, request.Type, file, line,
            string.Create(CultureInfo.InvariantCulture, $"error log entry of {entrySize} bytes for {device ?? source} (IoAllocateErrorLogEntry without IoWriteErrorLogEntry or IoFreeErrorLogEntry)"));
        lock (_lock)
        {
            _live.Add(packet.Address, new Packet(entrySize, source, device, handle));
        }

        return packet;
    }

    /// <summary>IoWriteErrorLogEntry: records the packet in the System event log and frees it.</summary>
    internal ErrorLogEntry Write(KTHREAD thread, PVOID entry)
    {
        var packet = Take(entry, nameof(Wdm.IoWriteErrorLogEntry));
        var view = new IO_ERROR_LOG_PACKET(entry);
        var bytes = entry.AsReadOnlySpan(packet.Size).ToArray();
        var dumpBytes = Math.Min(view.DumpDataSize & ~3, packet.Size - IO_ERROR_LOG_PACKET.DumpDataOffset);
        var dump = MemoryMarshal.Cast<byte, uint>(bytes.AsSpan(IO_ERROR_LOG_PACKET.DumpDataOffset, dumpBytes)).ToArray();
        var strings = ReadStrings(bytes, view.StringOffset, view.NumberOfStrings);
        var time = _machine.SystemTimeAtBoot + _machine.InterruptTime;
        var written = _machine.EventLog.Add(number => new ErrorLogEntry
        {
            RecordNumber = number,
            TimeStamp = time,
            Source = packet.Source,
            DeviceName = packet.Device,
            MajorFunctionCode = view.MajorFunctionCode,
            RetryCount = view.RetryCount,
            EventCategory = view.EventCategory,
            ErrorCode = view.ErrorCode,
            UniqueErrorValue = view.UniqueErrorValue,
            FinalStatus = view.FinalStatus,
            SequenceNumber = view.SequenceNumber,
            IoControlCode = view.IoControlCode,
            DeviceOffset = view.DeviceOffset.QuadPart,
            DumpData = dump,
            Strings = strings,
        });
        Release(thread, entry, packet, nameof(Wdm.IoWriteErrorLogEntry));
        return written;
    }

    /// <summary>IoFreeErrorLogEntry: frees a packet that will not be written.</summary>
    internal void Free(KTHREAD thread, PVOID entry) =>
        Release(thread, entry, Take(entry, nameof(Wdm.IoFreeErrorLogEntry)), nameof(Wdm.IoFreeErrorLogEntry));

    private Packet Take(PVOID entry, string ddi)
    {
        lock (_lock)
        {
            if (_live.Remove(entry.Address, out var packet))
            {
                return packet;
            }
        }

        // Once written or freed the packet belongs to the I/O manager again (its memory may already be
        // someone else's block): a second write or free is the driver's bug.
        throw new InvalidOperationException(
            $"{ddi}: {entry} is not an error log entry from IoAllocateErrorLogEntry that is still the driver's (written or freed already?).");
    }

    private void Release(KTHREAD thread, PVOID entry, Packet packet, string ddi)
    {
        _machine.Tracking.Untrack(packet.TrackHandle);
        _machine.Pool.Free(thread, entry.Address, s_tag, checkTag: true, ddi);
    }

    /// <summary>The insertion strings: <paramref name="count"/> zero-terminated UTF-16 strings from
    /// <paramref name="offset"/>, as far as the entry goes.</summary>
    private static string[] ReadStrings(byte[] bytes, int offset, int count)
    {
        var strings = new List<string>(count);
        var at = offset;
        while (strings.Count < count && at > 0 && at + 1 < bytes.Length)
        {
            var chars = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(at, (bytes.Length - at) & ~1));
            var end = chars.IndexOf('\0');
            var length = end < 0 ? chars.Length : end;
            strings.Add(new string(chars[..length]));
            at += (length + 1) * sizeof(char);
        }

        return [.. strings];
    }

    private readonly record struct Packet(int Size, string Source, string? Device, int TrackHandle);
}
