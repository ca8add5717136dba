namespace NtSim;

/// <summary>ETW's constants (evntprov.h, evntrace.h, wmistr.h).</summary>
public static partial class Wdm
{
    // Levels (evntrace.h): lower is more severe; 0 is "log always".
    public const byte TRACE_LEVEL_NONE = 0;
    public const byte TRACE_LEVEL_CRITICAL = 1;
    public const byte TRACE_LEVEL_FATAL = 1;
    public const byte TRACE_LEVEL_ERROR = 2;
    public const byte TRACE_LEVEL_WARNING = 3;
    public const byte TRACE_LEVEL_INFORMATION = 4;
    public const byte TRACE_LEVEL_VERBOSE = 5;

    // The ControlCode an enable callback gets (evntprov.h).
    public const uint EVENT_CONTROL_CODE_DISABLE_PROVIDER = 0;
    public const uint EVENT_CONTROL_CODE_ENABLE_PROVIDER = 1;
    public const uint EVENT_CONTROL_CODE_CAPTURE_STATE = 2;

    // EtwActivityIdControl's control codes (evntprov.h).
    public const uint EVENT_ACTIVITY_CTRL_GET_ID = 1;
    public const uint EVENT_ACTIVITY_CTRL_SET_ID = 2;
    public const uint EVENT_ACTIVITY_CTRL_CREATE_ID = 3;
    public const uint EVENT_ACTIVITY_CTRL_GET_SET_ID = 4;
    public const uint EVENT_ACTIVITY_CTRL_CREATE_SET_ID = 5;
}

/// <summary>EVENT_FILTER_DESCRIPTOR: a session's filter data for an enable callback (none here: always null).</summary>
public sealed class EVENT_FILTER_DESCRIPTOR
{
    public ulong Ptr { get; init; }

    public uint Size { get; init; }

    public uint Type { get; init; }
}

/// <summary>PETWENABLECALLBACK (wdm.h): called when a session enables (ControlCode EVENT_CONTROL_CODE_ENABLE_PROVIDER,
/// with the level and keywords the sessions ask for) or disables (EVENT_CONTROL_CODE_DISABLE_PROVIDER) the provider,
/// at PASSIVE_LEVEL.</summary>
public delegate void PETWENABLECALLBACK(Guid SourceId, uint ControlCode, byte Level, ulong MatchAnyKeyword, ulong MatchAllKeyword,
    EVENT_FILTER_DESCRIPTOR? FilterData, object? CallbackContext);
