using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>KAPC_ENVIRONMENT: which APC state of the thread an APC belongs to (KeInitializeApc).</summary>
public enum KAPC_ENVIRONMENT
{
}

/// <summary>PKKERNEL_ROUTINE: runs at APC_LEVEL in the target thread; it may change or clear the
/// normal routine and its arguments before they run.</summary>
public delegate void PKKERNEL_ROUTINE(KAPC Apc, ref PKNORMAL_ROUTINE? NormalRoutine, ref object? NormalContext,
    ref object? SystemArgument1, ref object? SystemArgument2);

/// <summary>PKRUNDOWN_ROUTINE: called for an APC still queued when its thread ends.</summary>
public delegate void PKRUNDOWN_ROUTINE(KAPC Apc);

/// <summary>PKNORMAL_ROUTINE: a normal kernel APC's routine (PASSIVE_LEVEL) or a user APC's routine (user mode).</summary>
public delegate void PKNORMAL_ROUTINE(object? NormalContext, object? SystemArgument1, object? SystemArgument2);

/// <summary>
/// KAPC: an asynchronous procedure call aimed at one thread (KeInitializeApc, KeInsertQueueApc).
/// The fields a driver reads are public, as the structure's are in wdm.h; the kernel fills them.
/// See docs/apcs.md.
/// </summary>
[DebuggerDisplay("{Describe(),nq}")]
public sealed class KAPC
{
    /// <summary>The thread the APC is for.</summary>
    public KTHREAD? Thread { get; internal set; }

    /// <summary>The routine run at APC_LEVEL when the APC is delivered (it may change or clear the normal routine and its arguments).</summary>
    public PKKERNEL_ROUTINE? KernelRoutine { get; internal set; }

    /// <summary>The routine run instead when the thread terminates with the APC still queued, or NULL.</summary>
    public PKRUNDOWN_ROUTINE? RundownRoutine { get; internal set; }

    /// <summary>NULL for a special kernel APC.</summary>
    public PKNORMAL_ROUTINE? NormalRoutine { get; internal set; }

    /// <summary>The context passed to the normal routine.</summary>
    public object? NormalContext { get; internal set; }

    /// <summary>The first system argument, given to KeInsertQueueApc.</summary>
    public object? SystemArgument1 { get; internal set; }

    /// <summary>The second system argument, given to KeInsertQueueApc.</summary>
    public object? SystemArgument2 { get; internal set; }

    /// <summary>KernelMode or UserMode (KernelMode whenever NormalRoutine is NULL).</summary>
    public KPROCESSOR_MODE ApcMode { get; internal set; }

    /// <summary>Whether the APC sits in its thread's queue.</summary>
    public bool Inserted { get; internal set; }

    /// <summary>0: the thread's own process; 1: the process it is attached to. Resolved at insert
    /// time for InsertApcEnvironment.</summary>
    internal byte ApcStateIndex { get; set; }

    internal KAPC_ENVIRONMENT Environment { get; set; }

    internal Machine? Machine { get; set; }

    internal ulong Address { get; set; }

    /// <summary>The module of the kernel routine, whose code runs when the APC is delivered.</summary>
    internal KernelModule? Module { get; set; }

    internal string RoutineName { get; set; } = "";

    /// <summary>Whether the APC runs only at APC_LEVEL (no normal routine).</summary>
    internal bool IsSpecial => NormalRoutine is null;

    internal string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"KAPC@{Address:X} {RoutineName} ({(ApcMode == Wdm.UserMode ? "user" : IsSpecial ? "special kernel" : "normal kernel")})");
}
