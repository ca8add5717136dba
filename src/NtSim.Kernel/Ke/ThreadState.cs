namespace NtSim;

/// <summary>KTHREAD_STATE, as far as the simulation needs it.</summary>
public enum ThreadState
{
    /// <summary>Created, not yet started.</summary>
    Initialized,
    /// <summary>Ready to run, waiting for a processor.</summary>
    Ready,
    /// <summary>Running on a processor.</summary>
    Running,
    /// <summary>Waiting for an object, a delay or an APC.</summary>
    Waiting,
    /// <summary>The thread ended.</summary>
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
