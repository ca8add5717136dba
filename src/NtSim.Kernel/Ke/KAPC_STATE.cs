using System.Diagnostics;

namespace NtSim;

/// <summary>
/// KAPC_STATE: the opaque state KeStackAttachProcess saves and KeUnstackDetachProcess restores.
/// A driver keeps it on its stack (a local) between the two calls and does not look inside.
/// </summary>
[DebuggerDisplay("KAPC_STATE attach #{Serial} of {Thread}")]
public struct KAPC_STATE
{
    /// <summary>The thread that attached (null: never filled by KeStackAttachProcess).</summary>
    internal KTHREAD? Thread;

    /// <summary>The process the thread was attached to before (null: it ran in its own process).</summary>
    internal EPROCESS? SavedProcess;

    /// <summary>The attach this state undoes; 0 when the attach was to the process the thread
    /// already ran in, which changes nothing and needs no undoing.</summary>
    internal long Serial;
}
