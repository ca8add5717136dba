namespace NtSim;

public static partial class Wdm
{
    // wdm.h: thread priorities (KPRIORITY, a LONG). 0 is the zero-page thread's, 1-15 are variable,
    // 16-31 real-time.
    public const int LOW_PRIORITY = 0;
    public const int LOW_REALTIME_PRIORITY = 16;
    public const int HIGH_PRIORITY = 31;
    public const int MAXIMUM_PRIORITY = 32;

    // wdm.h: the priority increments of the dispatcher objects' signal routines.
    public const int EVENT_INCREMENT = 1;
    public const int SEMAPHORE_INCREMENT = 1;
    public const int MUTANT_INCREMENT = 1;
}
