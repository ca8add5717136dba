namespace NtSim;

/// <summary>A system service called by an application: its thread runs kernel code (and may touch
/// system space) until the service returns to the application's code:
/// <c>using var kernel = DdiGate.Service(thread, DdiTable.NtReadFile);</c>.</summary>
internal readonly ref struct KernelModeScope
{
    private readonly KTHREAD _thread;
    private readonly bool _wasUserMode;

    internal KernelModeScope(KTHREAD thread)
    {
        _thread = thread;
        _wasUserMode = thread.InUserMode;
        thread.InUserMode = false;
    }

    public void Dispose()
    {
        _thread.InUserMode = _wasUserMode;
        if (_wasUserMode)
        {
            // The return to user mode: APCs enabled again, pending user APCs run (docs/apcs.md).
            Apcs.ReturnToUserMode(_thread);
        }
    }
}
