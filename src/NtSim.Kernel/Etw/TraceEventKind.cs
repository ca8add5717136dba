namespace NtSim;

/// <summary>How a recorded event was written.</summary>
public enum TraceEventKind
{
    /// <summary>EtwWrite, EtwWriteEx, EtwWriteTransfer: an event descriptor and a binary payload.</summary>
    Manifest,

    /// <summary>EtwWriteString: a string.</summary>
    String,

    /// <summary>TraceLoggingWrite: a named event with typed fields.</summary>
    TraceLogging,

    /// <summary>DoTraceMessage, TraceEvents: a WPP trace message, formatted.</summary>
    Wpp,
}
