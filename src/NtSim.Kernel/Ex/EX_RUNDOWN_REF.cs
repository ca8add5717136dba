using System.Diagnostics;

namespace NtSim;

/// <summary>Where a run-down reference is in its life.</summary>
internal enum RundownState
{
    /// <summary>Acquisitions are granted (ExInitializeRundownProtection, ExReInitializeRundownProtection).</summary>
    Active,

    /// <summary>ExWaitForRundownProtectionRelease waits for the acquisitions in effect to be released; new ones fail.</summary>
    RunningDown,

    /// <summary>Run down: every acquisition fails; ExRundownCompleted may mark it, ExReInitializeRundownProtection reuses it.</summary>
    RunDown,
}

/// <summary>
/// EX_RUNDOWN_REF: run-down protection of a shared object. Acquisitions count accesses in effect;
/// ExWaitForRundownProtectionRelease refuses new ones and waits for the count to reach zero, after
/// which the owner may delete the object.
/// </summary>
[DebuggerDisplay("EX_RUNDOWN_REF {State} count={Count}")]
public sealed class EX_RUNDOWN_REF
{
    internal Machine? Machine { get; set; }
    internal RundownState State { get; set; }
    internal long Count { get; set; }
    internal bool Completed { get; set; }

    /// <summary>Signalled when a run-down's last access is released.</summary>
    internal KEVENT Drained { get; } = new();
}

/// <summary>EX_RUNDOWN_REF_CACHE_AWARE: the cache-aware form (one count per processor on Windows; one
/// EX_RUNDOWN_REF here, which behaves the same to its callers).</summary>
public sealed class EX_RUNDOWN_REF_CACHE_AWARE
{
    internal EX_RUNDOWN_REF Reference { get; } = new();
}
