using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The work of EtwWrite, EtwWriteEx, EtwWriteTransfer and EtwWriteString. A disabled provider costs a handle check
/// and one array-length read (the registration's enables); only an enabled one builds a record.
/// </summary>
internal static class EtwWrites
{
    /// <summary>The most EVENT_DATA_DESCRIPTORs one event may have (EtwWrite's page: more is STATUS_INVALID_PARAMETER).</summary>
    private const uint MaximumDataDescriptors = 128;

    /// <summary>The registration <paramref name="handle"/> names, if it is registered on the caller's machine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static EtwRegistration? Registered(KTHREAD thread, REGHANDLE handle) =>
        handle.Registration is { IsRegistered: true } registration && registration.Machine == thread.Machine ? registration : null;

    internal static NTSTATUS Write(KTHREAD thread, REGHANDLE handle, in EVENT_DESCRIPTOR descriptor, Guid? activityId, Guid? relatedActivityId,
        uint count, ReadOnlySpan<EVENT_DATA_DESCRIPTOR> data)
    {
        if (Registered(thread, handle) is not { } registration)
        {
            return Wdm.STATUS_INVALID_HANDLE;
        }

        if (count > MaximumDataDescriptors)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (count > data.Length)
        {
            // UserDataCount says more descriptors than UserData holds: the kernel reads past the array.
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION,
                $"EtwWrite read {count} event data descriptors from an array of {data.Length}");
        }

        var level = descriptor.Level;
        var keyword = descriptor.Keyword;
        if (!registration.IsEnabled || !registration.IsEnabledFor(level, keyword))
        {
            return Wdm.STATUS_SUCCESS;
        }

        RecordManifest(thread, registration, descriptor, activityId, relatedActivityId, data[..(int)count]);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>An enabled event: its record, in every session that takes it. A method of its own, so that the lambda's
    /// captures are not allocated on the disabled path.</summary>
    private static void RecordManifest(KTHREAD thread, EtwRegistration registration, in EVENT_DESCRIPTOR descriptor, Guid? activityId,
        Guid? relatedActivityId, ReadOnlySpan<EVENT_DATA_DESCRIPTOR> data)
    {
        var payload = new List<byte>();
        foreach (var item in data)
        {
            item.CopyTo(payload);
        }

        var level = descriptor.Level;
        var keyword = descriptor.Keyword;
        var tracing = thread.Machine.Tracing;
        var stamp = tracing.Stamp(thread);
        var record = new TraceEventRecord(TraceEventKind.Manifest, registration.ProviderId, registration.DisplayName)
        {
            SystemTime = stamp.SystemTime, InterruptTime = stamp.InterruptTime, Processor = stamp.Processor,
            ProcessId = stamp.ProcessId, ThreadId = stamp.ThreadId,
            Id = descriptor.Id, Version = descriptor.Version, Channel = descriptor.Channel, Level = level, Opcode = descriptor.Opcode,
            Task = descriptor.Task, Keyword = keyword,
            ActivityId = activityId ?? tracing.ActivityIdOf(thread), RelatedActivityId = relatedActivityId ?? Guid.Empty,
            Payload = [.. payload],
        };
        tracing.Record(registration, record, enable => enable.Passes(level, keyword));
    }

    internal static NTSTATUS WriteString(KTHREAD thread, REGHANDLE handle, byte level, ulong keyword, Guid? activityId, string text)
    {
        if (Registered(thread, handle) is not { } registration)
        {
            return Wdm.STATUS_INVALID_HANDLE;
        }

        KeContext.NotNull(text, "String", nameof(Wdm.EtwWriteString));
        if (!registration.IsEnabled || !registration.IsEnabledFor(level, keyword))
        {
            return Wdm.STATUS_SUCCESS;
        }

        RecordString(thread, registration, level, keyword, activityId, text);
        return Wdm.STATUS_SUCCESS;
    }

    private static void RecordString(KTHREAD thread, EtwRegistration registration, byte level, ulong keyword, Guid? activityId, string text)
    {
        var tracing = thread.Machine.Tracing;
        var stamp = tracing.Stamp(thread);
        var record = new TraceEventRecord(TraceEventKind.String, registration.ProviderId, registration.DisplayName)
        {
            SystemTime = stamp.SystemTime, InterruptTime = stamp.InterruptTime, Processor = stamp.Processor,
            ProcessId = stamp.ProcessId, ThreadId = stamp.ThreadId, Level = level, Keyword = keyword,
            ActivityId = activityId ?? tracing.ActivityIdOf(thread), Message = text,
        };
        tracing.Record(registration, record, enable => enable.Passes(level, keyword));
    }
}
