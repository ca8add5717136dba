namespace NtSim;

public static partial class Wdm
{
    // KPROCESSOR_MODE
    /// <summary>KPROCESSOR_MODE 0: the caller is kernel mode; its parameters and buffers are trusted.</summary>
    public const KPROCESSOR_MODE KernelMode = 0;
    /// <summary>KPROCESSOR_MODE 1: the caller is user mode; its parameters and buffers must be probed and checked.</summary>
    public const KPROCESSOR_MODE UserMode = (KPROCESSOR_MODE)1;
    /// <summary>One past the last KPROCESSOR_MODE (2).</summary>
    public const KPROCESSOR_MODE MaximumMode = (KPROCESSOR_MODE)2;

    // EVENT_TYPE
    /// <summary>EVENT_TYPE 0: a manual-reset event that stays signaled, releasing every waiter, until it is reset.</summary>
    public const EVENT_TYPE NotificationEvent = 0;
    /// <summary>EVENT_TYPE 1: an auto-reset event that releases one waiter and returns to not signaled.</summary>
    public const EVENT_TYPE SynchronizationEvent = (EVENT_TYPE)1;

    // TIMER_TYPE
    /// <summary>TIMER_TYPE 0: a timer that stays signaled, releasing every waiter, until it is set again.</summary>
    public const TIMER_TYPE NotificationTimer = 0;
    /// <summary>TIMER_TYPE 1: a timer that releases one waiter and returns to not signaled.</summary>
    public const TIMER_TYPE SynchronizationTimer = (TIMER_TYPE)1;

    // WAIT_TYPE
    /// <summary>WAIT_TYPE 0: KeWaitForMultipleObjects returns when all the objects are signaled.</summary>
    public const WAIT_TYPE WaitAll = 0;
    /// <summary>WAIT_TYPE 1: KeWaitForMultipleObjects returns when any one of the objects is signaled (STATUS_WAIT_0 + its index).</summary>
    public const WAIT_TYPE WaitAny = (WAIT_TYPE)1;

    // KWAIT_REASON (drivers pass Executive or UserRequest; the Wr* reasons are the kernel's own)
    /// <summary>KWAIT_REASON 0: the wait reason drivers usually pass to KeWaitForSingleObject.</summary>
    public const KWAIT_REASON Executive = 0;
    /// <summary>KWAIT_REASON 1: waiting for a free page (memory manager).</summary>
    public const KWAIT_REASON FreePage = (KWAIT_REASON)1;
    /// <summary>KWAIT_REASON 2: waiting for a page to be read in (memory manager).</summary>
    public const KWAIT_REASON PageIn = (KWAIT_REASON)2;
    /// <summary>KWAIT_REASON 3: waiting for a pool allocation.</summary>
    public const KWAIT_REASON PoolAllocation = (KWAIT_REASON)3;
    /// <summary>KWAIT_REASON 4: a delay (KeDelayExecutionThread).</summary>
    public const KWAIT_REASON DelayExecution = (KWAIT_REASON)4;
    /// <summary>KWAIT_REASON 5: the thread is suspended.</summary>
    public const KWAIT_REASON Suspended = (KWAIT_REASON)5;
    /// <summary>KWAIT_REASON 6: a wait on behalf of a user request; drivers pass it for waits in the caller's thread.</summary>
    public const KWAIT_REASON UserRequest = (KWAIT_REASON)6;
    /// <summary>KWAIT_REASON 7: the kernel's own Executive wait.</summary>
    public const KWAIT_REASON WrExecutive = (KWAIT_REASON)7;
    /// <summary>KWAIT_REASON 8: the kernel's own wait for a free page.</summary>
    public const KWAIT_REASON WrFreePage = (KWAIT_REASON)8;
    /// <summary>KWAIT_REASON 9: the kernel's own wait for a page read.</summary>
    public const KWAIT_REASON WrPageIn = (KWAIT_REASON)9;
    /// <summary>KWAIT_REASON 10: the kernel's own wait for a pool allocation.</summary>
    public const KWAIT_REASON WrPoolAllocation = (KWAIT_REASON)10;
    /// <summary>KWAIT_REASON 11: the kernel's own delay.</summary>
    public const KWAIT_REASON WrDelayExecution = (KWAIT_REASON)11;
    /// <summary>KWAIT_REASON 12: the kernel's own wait of a suspended thread.</summary>
    public const KWAIT_REASON WrSuspended = (KWAIT_REASON)12;
    /// <summary>KWAIT_REASON 13: the kernel's own wait for a user request.</summary>
    public const KWAIT_REASON WrUserRequest = (KWAIT_REASON)13;
    /// <summary>KWAIT_REASON 14: spare (unused).</summary>
    public const KWAIT_REASON WrSpare0 = (KWAIT_REASON)14;
    /// <summary>KWAIT_REASON 15: waiting on a kernel queue (KeRemoveQueue, worker threads).</summary>
    public const KWAIT_REASON WrQueue = (KWAIT_REASON)15;
    /// <summary>KWAIT_REASON 16: waiting to receive an LPC message.</summary>
    public const KWAIT_REASON WrLpcReceive = (KWAIT_REASON)16;
    /// <summary>KWAIT_REASON 17: waiting for an LPC reply.</summary>
    public const KWAIT_REASON WrLpcReply = (KWAIT_REASON)17;
    /// <summary>KWAIT_REASON 18: waiting for virtual memory.</summary>
    public const KWAIT_REASON WrVirtualMemory = (KWAIT_REASON)18;
    /// <summary>KWAIT_REASON 19: waiting for a page to be written out.</summary>
    public const KWAIT_REASON WrPageOut = (KWAIT_REASON)19;
    /// <summary>KWAIT_REASON 20: waiting at a rendezvous.</summary>
    public const KWAIT_REASON WrRendezvous = (KWAIT_REASON)20;
    /// <summary>KWAIT_REASON 21: waiting on a keyed event.</summary>
    public const KWAIT_REASON WrKeyedEvent = (KWAIT_REASON)21;
    /// <summary>KWAIT_REASON 22: the thread has terminated.</summary>
    public const KWAIT_REASON WrTerminated = (KWAIT_REASON)22;
    /// <summary>KWAIT_REASON 23: waiting for the process to be swapped in.</summary>
    public const KWAIT_REASON WrProcessInSwap = (KWAIT_REASON)23;
    /// <summary>KWAIT_REASON 24: held back by CPU rate control.</summary>
    public const KWAIT_REASON WrCpuRateControl = (KWAIT_REASON)24;
    /// <summary>KWAIT_REASON 25: waiting for a callout stack.</summary>
    public const KWAIT_REASON WrCalloutStack = (KWAIT_REASON)25;
    /// <summary>KWAIT_REASON 26: a kernel wait.</summary>
    public const KWAIT_REASON WrKernel = (KWAIT_REASON)26;
    /// <summary>KWAIT_REASON 27: waiting for an executive resource (ERESOURCE).</summary>
    public const KWAIT_REASON WrResource = (KWAIT_REASON)27;
    /// <summary>KWAIT_REASON 28: waiting for a push lock.</summary>
    public const KWAIT_REASON WrPushLock = (KWAIT_REASON)28;
    /// <summary>KWAIT_REASON 29: waiting for a mutex.</summary>
    public const KWAIT_REASON WrMutex = (KWAIT_REASON)29;
    /// <summary>KWAIT_REASON 30: the thread's quantum ended.</summary>
    public const KWAIT_REASON WrQuantumEnd = (KWAIT_REASON)30;
    /// <summary>KWAIT_REASON 31: preempted by a dispatch interrupt.</summary>
    public const KWAIT_REASON WrDispatchInt = (KWAIT_REASON)31;
    /// <summary>KWAIT_REASON 32: preempted by another thread.</summary>
    public const KWAIT_REASON WrPreempted = (KWAIT_REASON)32;
    /// <summary>KWAIT_REASON 33: the thread yielded (ZwYieldExecution).</summary>
    public const KWAIT_REASON WrYieldExecution = (KWAIT_REASON)33;
    /// <summary>KWAIT_REASON 34: waiting for a fast mutex.</summary>
    public const KWAIT_REASON WrFastMutex = (KWAIT_REASON)34;
    /// <summary>KWAIT_REASON 35: waiting for a guarded mutex.</summary>
    public const KWAIT_REASON WrGuardedMutex = (KWAIT_REASON)35;
    /// <summary>KWAIT_REASON 36: waiting for a rundown protection to drain.</summary>
    public const KWAIT_REASON WrRundown = (KWAIT_REASON)36;
    /// <summary>KWAIT_REASON 37: waiting to be alerted by thread ID.</summary>
    public const KWAIT_REASON WrAlertByThreadId = (KWAIT_REASON)37;
    /// <summary>KWAIT_REASON 38: a deferred preemption.</summary>
    public const KWAIT_REASON WrDeferredPreempt = (KWAIT_REASON)38;
    /// <summary>KWAIT_REASON 39: waiting on a physical page fault.</summary>
    public const KWAIT_REASON WrPhysicalFault = (KWAIT_REASON)39;
    /// <summary>One past the last KWAIT_REASON (40).</summary>
    public const KWAIT_REASON MaximumWaitReason = (KWAIT_REASON)40;

    // KDPC_IMPORTANCE
    /// <summary>KDPC_IMPORTANCE 0: queue the DPC at the end, and the queue need not be drained at once.</summary>
    public const KDPC_IMPORTANCE LowImportance = 0;
    /// <summary>KDPC_IMPORTANCE 1: queue the DPC at the end of the queue (the default).</summary>
    public const KDPC_IMPORTANCE MediumImportance = (KDPC_IMPORTANCE)1;
    /// <summary>KDPC_IMPORTANCE 2: queue the DPC at the head of the queue.</summary>
    public const KDPC_IMPORTANCE HighImportance = (KDPC_IMPORTANCE)2;
    /// <summary>KDPC_IMPORTANCE 3: queue the DPC at the end of the queue and start draining the queue at once.</summary>
    public const KDPC_IMPORTANCE MediumHighImportance = (KDPC_IMPORTANCE)3;

    // WORK_QUEUE_TYPE
    /// <summary>WORK_QUEUE_TYPE 0: a worker thread of real-time priority, for time-critical work items.</summary>
    public const WORK_QUEUE_TYPE CriticalWorkQueue = 0;
    /// <summary>WORK_QUEUE_TYPE 1: a worker thread of variable priority, for work items that can wait; drivers usually use it.</summary>
    public const WORK_QUEUE_TYPE DelayedWorkQueue = (WORK_QUEUE_TYPE)1;
    /// <summary>WORK_QUEUE_TYPE 2: a worker thread of higher priority than CriticalWorkQueue (reserved for the system).</summary>
    public const WORK_QUEUE_TYPE HyperCriticalWorkQueue = (WORK_QUEUE_TYPE)2;
    /// <summary>WORK_QUEUE_TYPE 3: a normal-priority worker thread.</summary>
    public const WORK_QUEUE_TYPE NormalWorkQueue = (WORK_QUEUE_TYPE)3;
    /// <summary>WORK_QUEUE_TYPE 4: a background-priority worker thread.</summary>
    public const WORK_QUEUE_TYPE BackgroundWorkQueue = (WORK_QUEUE_TYPE)4;
    /// <summary>WORK_QUEUE_TYPE 5: a real-time-priority worker thread.</summary>
    public const WORK_QUEUE_TYPE RealTimeWorkQueue = (WORK_QUEUE_TYPE)5;
    /// <summary>WORK_QUEUE_TYPE 6: a worker thread above critical priority.</summary>
    public const WORK_QUEUE_TYPE SuperCriticalWorkQueue = (WORK_QUEUE_TYPE)6;
    /// <summary>One past the last fixed WORK_QUEUE_TYPE (7).</summary>
    public const WORK_QUEUE_TYPE MaximumWorkQueue = (WORK_QUEUE_TYPE)7;
    /// <summary>WORK_QUEUE_TYPE 32: add a priority (0-31) to it to queue to a worker thread of that priority.</summary>
    public const WORK_QUEUE_TYPE CustomPriorityWorkQueue = (WORK_QUEUE_TYPE)32;

    // The number of objects KeWaitForMultipleObjects accepts without a caller-supplied wait block array.
    /// <summary>The number of objects (3) KeWaitForMultipleObjects accepts without a caller-supplied wait block array.</summary>
    public const int THREAD_WAIT_OBJECTS = 3;
    /// <summary>The most objects (64) KeWaitForMultipleObjects accepts, with a wait block array.</summary>
    public const int MAXIMUM_WAIT_OBJECTS = 64;
}
