using System.Diagnostics;

namespace NtSim;

/// <summary>
/// One event a trace session recorded: when (virtual time), where (processor, process, thread), from which
/// provider, with the event descriptor's level, keyword, id, opcode and task, and its payload: bytes
/// (EtwWrite), a string (EtwWriteString), typed fields (TraceLoggingWrite) or a formatted message (WPP).
/// </summary>
[DebuggerDisplay("{TraceFormat.Line(this),nq}")]
public sealed class TraceEventRecord
{
    internal TraceEventRecord(TraceEventKind kind, Guid providerId, string providerName)
    {
        Kind = kind;
        ProviderId = providerId;
        ProviderName = providerName;
    }

    /// <summary>How the event was written: EtwWrite, EtwWriteString, TraceLoggingWrite or WPP.</summary>
    public TraceEventKind Kind { get; }

    /// <summary>The event's number among the events the machine's sessions recorded, from 1.</summary>
    public int Sequence { get; internal set; }

    /// <summary>The system time of the event (FILETIME: 100 ns units since 1601, UTC).</summary>
    public long SystemTime { get; internal init; }

    /// <summary>The machine's interrupt time at the event (100 ns units since boot).</summary>
    public long InterruptTime { get; internal init; }

    /// <summary>The processor the event was written on.</summary>
    public int Processor { get; internal init; }

    /// <summary>The id of the process whose thread wrote the event.</summary>
    public ulong ProcessId { get; internal init; }

    /// <summary>The id of the thread that wrote the event.</summary>
    public ulong ThreadId { get; internal init; }

    /// <summary>The provider's GUID (a WPP control GUID for a WPP message).</summary>
    public Guid ProviderId { get; }

    /// <summary>The provider's name: a TraceLogging provider's, the WPP driver's, or the GUID of an EtwRegister provider.</summary>
    public string ProviderName { get; }

    /// <summary>The event descriptor's Id.</summary>
    public ushort Id { get; internal init; }

    /// <summary>The event descriptor's Version.</summary>
    public byte Version { get; internal init; }

    /// <summary>The event descriptor's Channel.</summary>
    public byte Channel { get; internal init; }

    /// <summary>The event descriptor's Level (TRACE_LEVEL_*; a WPP message: its level).</summary>
    public byte Level { get; internal init; }

    /// <summary>The event descriptor's Opcode.</summary>
    public byte Opcode { get; internal init; }

    /// <summary>The event descriptor's Task.</summary>
    public ushort Task { get; internal init; }

    /// <summary>The event's keyword (a WPP message: its trace flags).</summary>
    public ulong Keyword { get; internal init; }

    /// <summary>The activity id the event was written with (EtwWriteEx, EtwWriteTransfer), or empty.</summary>
    public Guid ActivityId { get; internal init; }

    /// <summary>The related (parent) activity id, or empty.</summary>
    public Guid RelatedActivityId { get; internal init; }

    /// <summary>The user data of an EtwWrite event, its descriptors' bytes one after the other.</summary>
    public byte[] Payload { get; internal init; } = [];

    /// <summary>A TraceLogging event's name.</summary>
    public string? EventName { get; internal init; }

    /// <summary>A TraceLogging event's fields, in order.</summary>
    public IReadOnlyList<TraceField> Fields { get; internal init; } = [];

    /// <summary>EtwWriteString's string, or a WPP message as tracefmt formats it.</summary>
    public string? Message { get; internal init; }

    /// <summary>A WPP message: the function, source file and line that traced it.</summary>
    public string? Function { get; internal init; }

    /// <summary>A WPP message: the source file that traced it.</summary>
    public string? File { get; internal init; }

    /// <summary>A WPP message: the source line that traced it.</summary>
    public int Line { get; internal init; }

    /// <summary>The event on one line, as the trace listing prints it.</summary>
    public override string ToString() => TraceFormat.Line(this);
}
