namespace NtSim;

/// <summary>One notify routine registered with PsSet*NotifyRoutine*: the delegate, its driver's
/// module (called in it) and the tracker's record that makes it a leftover at unload.</summary>
internal sealed class NotifyRoutine(Delegate routine, KernelModule module, int trackHandle, bool onNewThread = false)
{
    internal Delegate Routine { get; } = routine;

    internal KernelModule Module { get; } = module;

    internal int TrackHandle { get; } = trackHandle;

    /// <summary>PsCreateThreadNotifyNonSystem: called for user threads, on the new thread.</summary>
    internal bool OnNewThread { get; } = onNewThread;
}
