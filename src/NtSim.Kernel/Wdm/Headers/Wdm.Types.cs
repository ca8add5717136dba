namespace NtSim;

public static partial class Wdm
{
    // KPROCESSOR_MODE
    public const KPROCESSOR_MODE KernelMode = 0;
    public const KPROCESSOR_MODE UserMode = (KPROCESSOR_MODE)1;

    // EVENT_TYPE
    public const EVENT_TYPE NotificationEvent = 0;
    public const EVENT_TYPE SynchronizationEvent = (EVENT_TYPE)1;

    // TIMER_TYPE
    public const TIMER_TYPE NotificationTimer = 0;
    public const TIMER_TYPE SynchronizationTimer = (TIMER_TYPE)1;

    // WAIT_TYPE
    public const WAIT_TYPE WaitAll = 0;
    public const WAIT_TYPE WaitAny = (WAIT_TYPE)1;

    // KWAIT_REASON (the ones drivers pass)
    public const KWAIT_REASON Executive = 0;
    public const KWAIT_REASON UserRequest = (KWAIT_REASON)6;

    // KDPC_IMPORTANCE
    public const KDPC_IMPORTANCE LowImportance = 0;
    public const KDPC_IMPORTANCE MediumImportance = (KDPC_IMPORTANCE)1;
    public const KDPC_IMPORTANCE HighImportance = (KDPC_IMPORTANCE)2;
    public const KDPC_IMPORTANCE MediumHighImportance = (KDPC_IMPORTANCE)3;

    // WORK_QUEUE_TYPE
    public const WORK_QUEUE_TYPE CriticalWorkQueue = 0;
    public const WORK_QUEUE_TYPE DelayedWorkQueue = (WORK_QUEUE_TYPE)1;
    public const WORK_QUEUE_TYPE HyperCriticalWorkQueue = (WORK_QUEUE_TYPE)2;

    // The number of objects KeWaitForMultipleObjects accepts without a caller-supplied wait block array.
    public const int THREAD_WAIT_OBJECTS = 3;
    public const int MAXIMUM_WAIT_OBJECTS = 64;
}
