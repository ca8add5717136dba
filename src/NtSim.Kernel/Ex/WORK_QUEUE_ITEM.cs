namespace NtSim;

/// <summary>WORKER_THREAD_ROUTINE: a routine a system worker thread runs at PASSIVE_LEVEL.</summary>
public delegate void WORKER_THREAD_ROUTINE(object? Parameter);

/// <summary>WORK_QUEUE_ITEM: a routine and its parameter, queued with ExQueueWorkItem.</summary>
public sealed class WORK_QUEUE_ITEM
{
    internal WORKER_THREAD_ROUTINE? WorkerRoutine { get; set; }
    internal object? Parameter { get; set; }
    internal bool Queued { get; set; }
    internal KernelModule? Module { get; set; }

    /// <summary>The driver's routine when <see cref="WorkerRoutine"/> wraps it (IoQueueWorkItem).</summary>
    internal System.Reflection.MethodInfo? RoutineMethod { get; set; }
    internal ulong Address { get; set; }
    internal int TrackHandle { get; set; } = -1;
}
