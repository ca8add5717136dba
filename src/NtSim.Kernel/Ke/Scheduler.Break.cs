namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>The running thread broke into the kernel debugger (<see cref="DebuggerConnection.Break"/> is
    /// set): the run ends with <see cref="RunStatus.Break"/>, and the thread returns when the debugger
    /// lets the machine go and a run picks it again (lock not held). docs/asserts.md.</summary>
    internal abstract void Break(KTHREAD self);
}
