namespace NtSim;

public static partial class Wdm
{
    // wdm.h: thread priorities (KPRIORITY, a LONG). 0 is the zero-page thread's, 1-15 are variable,
    // 16-31 real-time.
    /// <summary>Thread priority 0, the lowest (the zero-page thread's).</summary>
    public const int LOW_PRIORITY = 0;
    /// <summary>Thread priority 16, the lowest real-time priority.</summary>
    public const int LOW_REALTIME_PRIORITY = 16;
    /// <summary>Thread priority 31, the highest.</summary>
    public const int HIGH_PRIORITY = 31;
    /// <summary>One past the highest thread priority (32).</summary>
    public const int MAXIMUM_PRIORITY = 32;

    // wdm.h: the priority increments of the dispatcher objects' signal routines.
    /// <summary>The priority boost (1) KeSetEvent callers usually pass.</summary>
    public const int EVENT_INCREMENT = 1;
    /// <summary>The priority boost (1) KeReleaseSemaphore callers usually pass.</summary>
    public const int SEMAPHORE_INCREMENT = 1;
    /// <summary>The priority boost (1) given when a mutex is released.</summary>
    public const int MUTANT_INCREMENT = 1;
}
