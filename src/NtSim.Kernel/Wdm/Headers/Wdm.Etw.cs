namespace NtSim;

/// <summary>ETW's constants (evntprov.h, evntrace.h, wmistr.h).</summary>
public static partial class Wdm
{
    // Levels (evntrace.h): lower is more severe; 0 is "log always".
    /// <summary>ETW level 0: log always (no level filtering).</summary>
    public const byte TRACE_LEVEL_NONE = 0;
    /// <summary>ETW level 1: an abnormal exit or termination.</summary>
    public const byte TRACE_LEVEL_CRITICAL = 1;
    /// <summary>ETW level 1: the same as TRACE_LEVEL_CRITICAL.</summary>
    public const byte TRACE_LEVEL_FATAL = 1;
    /// <summary>ETW level 2: a severe error.</summary>
    public const byte TRACE_LEVEL_ERROR = 2;
    /// <summary>ETW level 3: a warning.</summary>
    public const byte TRACE_LEVEL_WARNING = 3;
    /// <summary>ETW level 4: an informational event.</summary>
    public const byte TRACE_LEVEL_INFORMATION = 4;
    /// <summary>ETW level 5: detailed tracing.</summary>
    public const byte TRACE_LEVEL_VERBOSE = 5;

    // The ControlCode an enable callback gets (evntprov.h).
    /// <summary>Enable callback ControlCode 0: a session disabled the provider.</summary>
    public const uint EVENT_CONTROL_CODE_DISABLE_PROVIDER = 0;
    /// <summary>Enable callback ControlCode 1: a session enabled the provider (with a level and keywords).</summary>
    public const uint EVENT_CONTROL_CODE_ENABLE_PROVIDER = 1;
    /// <summary>Enable callback ControlCode 2: a session asks the provider to log its state.</summary>
    public const uint EVENT_CONTROL_CODE_CAPTURE_STATE = 2;

    // EtwActivityIdControl's control codes (evntprov.h).
    /// <summary>EtwActivityIdControl code 1: get the thread's activity ID.</summary>
    public const uint EVENT_ACTIVITY_CTRL_GET_ID = 1;
    /// <summary>EtwActivityIdControl code 2: set the thread's activity ID.</summary>
    public const uint EVENT_ACTIVITY_CTRL_SET_ID = 2;
    /// <summary>EtwActivityIdControl code 3: create a new activity ID.</summary>
    public const uint EVENT_ACTIVITY_CTRL_CREATE_ID = 3;
    /// <summary>EtwActivityIdControl code 4: set the thread's activity ID and return the old one.</summary>
    public const uint EVENT_ACTIVITY_CTRL_GET_SET_ID = 4;
    /// <summary>EtwActivityIdControl code 5: create a new activity ID, set it on the thread and return the old one.</summary>
    public const uint EVENT_ACTIVITY_CTRL_CREATE_SET_ID = 5;
}

/// <summary>EVENT_FILTER_DESCRIPTOR: a session's filter data for an enable callback (none here: always null).</summary>
public sealed class EVENT_FILTER_DESCRIPTOR
{
    /// <summary>The address of the filter data.</summary>
    public ulong Ptr { get; init; }

    /// <summary>The size of the filter data, in bytes.</summary>
    public uint Size { get; init; }

    /// <summary>The kind of filter data (an EVENT_FILTER_TYPE_ value).</summary>
    public uint Type { get; init; }
}

/// <summary>PETWENABLECALLBACK (wdm.h): called when a session enables (ControlCode EVENT_CONTROL_CODE_ENABLE_PROVIDER,
/// with the level and keywords the sessions ask for) or disables (EVENT_CONTROL_CODE_DISABLE_PROVIDER) the provider,
/// at PASSIVE_LEVEL.</summary>
public delegate void PETWENABLECALLBACK(Guid SourceId, uint ControlCode, byte Level, ulong MatchAnyKeyword, ulong MatchAllKeyword,
    EVENT_FILTER_DESCRIPTOR? FilterData, object? CallbackContext);
