namespace NtSim;

public static partial class Wdm
{
    // KPROCESSOR_MODE
    public const KPROCESSOR_MODE KernelMode = 0;
    public const KPROCESSOR_MODE UserMode = (KPROCESSOR_MODE)1;
    public const KPROCESSOR_MODE MaximumMode = (KPROCESSOR_MODE)2;

    // EVENT_TYPE
    public const EVENT_TYPE NotificationEvent = 0;
    public const EVENT_TYPE SynchronizationEvent = (EVENT_TYPE)1;

    // TIMER_TYPE
    public const TIMER_TYPE NotificationTimer = 0;
    public const TIMER_TYPE SynchronizationTimer = (TIMER_TYPE)1;

    // WAIT_TYPE
    public const WAIT_TYPE WaitAll = 0;
    public const WAIT_TYPE WaitAny = (WAIT_TYPE)1;

    // KWAIT_REASON (drivers pass Executive or UserRequest; the Wr* reasons are the kernel's own)
    public const KWAIT_REASON Executive = 0;
    public const KWAIT_REASON FreePage = (KWAIT_REASON)1;
    public const KWAIT_REASON PageIn = (KWAIT_REASON)2;
    public const KWAIT_REASON PoolAllocation = (KWAIT_REASON)3;
    public const KWAIT_REASON DelayExecution = (KWAIT_REASON)4;
    public const KWAIT_REASON Suspended = (KWAIT_REASON)5;
    public const KWAIT_REASON UserRequest = (KWAIT_REASON)6;
    public const KWAIT_REASON WrExecutive = (KWAIT_REASON)7;
    public const KWAIT_REASON WrFreePage = (KWAIT_REASON)8;
    public const KWAIT_REASON WrPageIn = (KWAIT_REASON)9;
    public const KWAIT_REASON WrPoolAllocation = (KWAIT_REASON)10;
    public const KWAIT_REASON WrDelayExecution = (KWAIT_REASON)11;
    public const KWAIT_REASON WrSuspended = (KWAIT_REASON)12;
    public const KWAIT_REASON WrUserRequest = (KWAIT_REASON)13;
    public const KWAIT_REASON WrSpare0 = (KWAIT_REASON)14;
    public const KWAIT_REASON WrQueue = (KWAIT_REASON)15;
    public const KWAIT_REASON WrLpcReceive = (KWAIT_REASON)16;
    public const KWAIT_REASON WrLpcReply = (KWAIT_REASON)17;
    public const KWAIT_REASON WrVirtualMemory = (KWAIT_REASON)18;
    public const KWAIT_REASON WrPageOut = (KWAIT_REASON)19;
    public const KWAIT_REASON WrRendezvous = (KWAIT_REASON)20;
    public const KWAIT_REASON WrKeyedEvent = (KWAIT_REASON)21;
    public const KWAIT_REASON WrTerminated = (KWAIT_REASON)22;
    public const KWAIT_REASON WrProcessInSwap = (KWAIT_REASON)23;
    public const KWAIT_REASON WrCpuRateControl = (KWAIT_REASON)24;
    public const KWAIT_REASON WrCalloutStack = (KWAIT_REASON)25;
    public const KWAIT_REASON WrKernel = (KWAIT_REASON)26;
    public const KWAIT_REASON WrResource = (KWAIT_REASON)27;
    public const KWAIT_REASON WrPushLock = (KWAIT_REASON)28;
    public const KWAIT_REASON WrMutex = (KWAIT_REASON)29;
    public const KWAIT_REASON WrQuantumEnd = (KWAIT_REASON)30;
    public const KWAIT_REASON WrDispatchInt = (KWAIT_REASON)31;
    public const KWAIT_REASON WrPreempted = (KWAIT_REASON)32;
    public const KWAIT_REASON WrYieldExecution = (KWAIT_REASON)33;
    public const KWAIT_REASON WrFastMutex = (KWAIT_REASON)34;
    public const KWAIT_REASON WrGuardedMutex = (KWAIT_REASON)35;
    public const KWAIT_REASON WrRundown = (KWAIT_REASON)36;
    public const KWAIT_REASON WrAlertByThreadId = (KWAIT_REASON)37;
    public const KWAIT_REASON WrDeferredPreempt = (KWAIT_REASON)38;
    public const KWAIT_REASON WrPhysicalFault = (KWAIT_REASON)39;
    public const KWAIT_REASON MaximumWaitReason = (KWAIT_REASON)40;

    // KDPC_IMPORTANCE
    public const KDPC_IMPORTANCE LowImportance = 0;
    public const KDPC_IMPORTANCE MediumImportance = (KDPC_IMPORTANCE)1;
    public const KDPC_IMPORTANCE HighImportance = (KDPC_IMPORTANCE)2;
    public const KDPC_IMPORTANCE MediumHighImportance = (KDPC_IMPORTANCE)3;

    // WORK_QUEUE_TYPE
    public const WORK_QUEUE_TYPE CriticalWorkQueue = 0;
    public const WORK_QUEUE_TYPE DelayedWorkQueue = (WORK_QUEUE_TYPE)1;
    public const WORK_QUEUE_TYPE HyperCriticalWorkQueue = (WORK_QUEUE_TYPE)2;
    public const WORK_QUEUE_TYPE NormalWorkQueue = (WORK_QUEUE_TYPE)3;
    public const WORK_QUEUE_TYPE BackgroundWorkQueue = (WORK_QUEUE_TYPE)4;
    public const WORK_QUEUE_TYPE RealTimeWorkQueue = (WORK_QUEUE_TYPE)5;
    public const WORK_QUEUE_TYPE SuperCriticalWorkQueue = (WORK_QUEUE_TYPE)6;
    public const WORK_QUEUE_TYPE MaximumWorkQueue = (WORK_QUEUE_TYPE)7;
    public const WORK_QUEUE_TYPE CustomPriorityWorkQueue = (WORK_QUEUE_TYPE)32;

    // The number of objects KeWaitForMultipleObjects accepts without a caller-supplied wait block array.
    public const int THREAD_WAIT_OBJECTS = 3;
    public const int MAXIMUM_WAIT_OBJECTS = 64;
}
