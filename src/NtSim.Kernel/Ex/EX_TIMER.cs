using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>EXT_CALLBACK: an EX_TIMER's ExTimerCallback routine, called at DISPATCH_LEVEL when the timer expires.</summary>
public delegate void EXT_CALLBACK(EX_TIMER Timer, object? Context);

/// <summary>EXT_SET_PARAMETERS: ExSetTimer's options (ExInitializeSetTimerParameters fills it).</summary>
public sealed class EXT_SET_PARAMETERS
{
    /// <summary>The structure's version, set by ExInitializeSetTimerParameters.</summary>
    public uint Version;
    /// <summary>Reserved.</summary>
    public uint Reserved;

    /// <summary>How late (100 ns) the timer may expire while the processor sleeps; 0 or more, or EX_TIMER_UNLIMITED_TOLERANCE.</summary>
    public long NoWakeTolerance;
}

/// <summary>
/// EX_TIMER: a timer the system allocates (ExAllocateTimer) and the driver sets, cancels and deletes; its
/// callback runs in a DPC at DISPATCH_LEVEL. A kernel timer and a DPC underneath.
/// </summary>
[DebuggerDisplay("EX_TIMER@{Address,h} {State}")]
public sealed class EX_TIMER
{
    internal EX_TIMER(EXT_CALLBACK? callback, object? context, uint attributes)
    {
        Callback = callback;
        Context = context;
        Attributes = attributes;
    }

    internal EXT_CALLBACK? Callback { get; }
    internal object? Context { get; }
    internal uint Attributes { get; }
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }
    internal ExTimerState State { get; set; }
    internal int TrackHandle { get; set; } = -1;
    internal KTIMER Timer { get; } = new();
    internal KDPC Dpc { get; } = new();

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"EX_TIMER@{Address:X}");
}

/// <summary>The life of an EX_TIMER: allocated, then deleted (its memory may be reused: a later call faults).</summary>
internal enum ExTimerState
{
    Allocated,
    Deleted,
}

/// <summary>EXT_DELETE_CALLBACK: ExTimerDeleteCallback, called once the timer is deleted.</summary>
public delegate void EXT_DELETE_CALLBACK(object? Context);

/// <summary>EXT_DELETE_PARAMETERS: ExDeleteTimer's options (ExInitializeDeleteTimerParameters fills it).</summary>
public sealed class EXT_DELETE_PARAMETERS
{
    /// <summary>The structure's version, set by ExInitializeDeleteTimerParameters.</summary>
    public uint Version;
    /// <summary>Reserved.</summary>
    public uint Reserved;
    /// <summary>A routine called once the timer is deleted, or NULL.</summary>
    public EXT_DELETE_CALLBACK? DeleteCallback;
    /// <summary>The context passed to DeleteCallback.</summary>
    public object? DeleteContext;
}
