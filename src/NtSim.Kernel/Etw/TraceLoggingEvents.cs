using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// TraceLoggingWrite's work. The enabled check is what the C macro inlines: with no provider of the machine enabled it
/// is a thread-static read and three field reads; with one, the provider's registration (a cached field) and its
/// sessions. Only an enabled event enters the DDI gate (EtwWriteTransfer) and builds a record.
/// </summary>
internal static class TraceLoggingEvents
{
    /// <summary>The provider's registration if some session takes events of this level and keyword, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static EtwRegistration? Enabled(TraceLoggingHProvider provider, byte level, ulong keyword)
    {
        var thread = KTHREAD.Current;
        if (thread is null || thread.Machine.TracingIfUsed is not { EnabledProviders: > 0 })
        {
            return null;
        }

        return provider.RegistrationOn(thread.Machine) is { IsEnabled: true } registration && registration.IsEnabledFor(level, keyword)
            ? registration
            : null;
    }

    internal static void Write(TraceLoggingHProvider provider, string eventName, ReadOnlySpan<TraceLoggingArgument> args)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (KTHREAD.Current?.Machine.TracingIfUsed is not { EnabledProviders: > 0 })
        {
            return;   // no provider of the machine is enabled: the arguments need not even be looked at
        }

        byte level = Wdm.TRACE_LEVEL_VERBOSE;   // "the default level is 5" (TraceLoggingLevel's page)
        ulong keyword = 0;
        byte opcode = 0;
        foreach (var arg in args)
        {
            switch (arg.Kind)
            {
                case TraceLoggingArgumentKind.Level:
                    level = (byte)arg.Bits;
                    break;
                case TraceLoggingArgumentKind.Keyword:
                    keyword |= arg.Bits;
                    break;
                case TraceLoggingArgumentKind.Opcode:
                    opcode = (byte)arg.Bits;
                    break;
            }
        }

        if (Enabled(provider, level, keyword) is not { } registration)
        {
            return;
        }

        RecordEvent(registration, eventName, level, keyword, opcode, args);
    }

    /// <summary>An enabled event: it enters the gate as EtwWriteTransfer and is recorded. A method of its own, so that the
    /// lambda's captures are not allocated on the disabled path.</summary>
    private static void RecordEvent(EtwRegistration registration, string eventName, byte level, ulong keyword, byte opcode,
        ReadOnlySpan<TraceLoggingArgument> args)
    {
        var thread = DdiGate.Enter(DdiTable.EtwWriteTransfer);
        var fields = new List<TraceField>();
        foreach (var arg in args)
        {
            if (arg.Kind == TraceLoggingArgumentKind.Field)
            {
                fields.Add(new TraceField(arg.Name, arg.Type, arg.Value));
            }
        }

        var tracing = thread.Machine.Tracing;
        var stamp = tracing.Stamp(thread);
        var record = new TraceEventRecord(TraceEventKind.TraceLogging, registration.ProviderId, registration.DisplayName)
        {
            SystemTime = stamp.SystemTime, InterruptTime = stamp.InterruptTime, Processor = stamp.Processor,
            ProcessId = stamp.ProcessId, ThreadId = stamp.ThreadId, Level = level, Keyword = keyword, Opcode = opcode,
            ActivityId = tracing.ActivityIdOf(thread), EventName = eventName, Fields = fields,
        };
        tracing.Record(registration, record, enable => enable.Passes(level, keyword));
    }
}
