namespace NtSim;

/// <summary>What a Zw routine does to PreviousMode: the call runs as if from kernel mode (no
/// probing, no access checks against the handle), and the caller's mode comes back after it.</summary>
internal readonly ref struct PreviousModeScope
{
    private readonly KTHREAD _thread;
    private readonly KPROCESSOR_MODE _saved;

    private PreviousModeScope(KTHREAD thread, KPROCESSOR_MODE mode)
    {
        _thread = thread;
        _saved = thread.PreviousMode;
        thread.PreviousMode = mode;
    }

    internal static PreviousModeScope Kernel(KTHREAD thread) => new(thread, Wdm.KernelMode);

    public void Dispose() => _thread.PreviousMode = _saved;
}
