using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// DISPATCHER_HEADER: what every object a thread can wait on shares (events, mutexes, semaphores,
/// timers, threads). The signal state and wait list are guarded by the dispatcher lock.
/// </summary>
[DebuggerDisplay("{Describe(),nq} signal={SignalState}")]
public abstract class DispatcherObject
{
    private protected DispatcherObject()
    {
    }

    internal int SignalState;
    internal readonly List<WaitBlock> WaitList = [];

    /// <summary>The machine the object was initialized in; null until Ke*Initialize*.</summary>
    internal Machine? Machine { get; set; }

    /// <summary>The object's address in system space, for traces and debugger output.</summary>
    internal ulong Address { get; set; }

    internal abstract string KindName { get; }

    /// <summary>Whether a wait by <paramref name="thread"/> on this object would be satisfied now.</summary>
    internal virtual bool IsSignaledFor(KTHREAD thread) => SignalState > 0;

    /// <summary>Applies the side effect of satisfying a wait (a synchronization event resets, a
    /// semaphore counts down, a mutex gains an owner) and returns the wait status to report.</summary>
    internal virtual NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status) => status;

    /// <summary>Links a waiter's block into the wait list: at the end (first come, first served) unless
    /// the object wakes its waiters in another order (a queue: the last to wait is the first to wake).</summary>
    internal virtual void AddWaitBlock(WaitBlock block) => WaitList.Add(block);

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"{KindName}@{Address:X}");

    internal void Bind(Machine machine, int size)
    {
        if (Machine != machine)
        {
            Machine = machine;
            Address = machine.AllocateObjectAddress(size);
        }
    }
}

/// <summary>KWAIT_BLOCK: links a waiting thread to one object it waits on.</summary>
internal sealed class WaitBlock
{
    internal WaitBlock(KTHREAD thread)
    {
        Thread = thread;
    }

    internal KTHREAD Thread { get; }
    internal DispatcherObject? Object { get; set; }
    internal int Key { get; set; }
}
