namespace NtSim;

/// <summary>KTHREAD_STATE, as far as the simulation needs it.</summary>
public enum ThreadState
{
    Initialized,
    Ready,
    Running,
    Waiting,
    Terminated,
}

internal enum ThreadKind
{
    System,
    Idle,
    Worker,

    /// <summary>A thread of a user-mode process (an application's code, entering the kernel through system services).</summary>
    User,
}
