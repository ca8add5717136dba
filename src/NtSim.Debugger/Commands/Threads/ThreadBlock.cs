using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>
/// The THREAD block of <c>!thread</c> (and of <c>!process</c> with thread flags): its state and what it
/// waits on, its IRP list, its process, its priorities and its stack. What WinDbg shows that a simulated
/// thread lacks (Teb, Win32Thread, DeviceMap, tick counts, times, stack limits) is left out. It prints a thread's view;
/// what waits are and what they wait on is read from the machine when the view is captured.
/// </summary>
internal static class ThreadBlock
{
    /// <summary>!thread's default flags: the wait state (0x2) and the stack (0x4).</summary>
    internal const ulong DefaultFlags = 0x6;

    internal static void Print(KdContext context, KdThreadView thread, ulong flags)
    {
        context.Line($"THREAD {KdFormat.Hex64(thread.Address)}  Cid {KdThreads.Cid(thread.Process.Cid)}.{KdThreads.Cid(thread.Id)}  {State(thread)}");
        if ((flags & 0x2) == 0)
        {
            return;
        }

        foreach (var waited in thread.Waits)
        {
            context.Line($"    {KdFormat.Hex64(waited.Address)}  {waited.Kind}");
        }

        PrintIrps(context, thread);
        var process = thread.Process;
        context.Line($"Owning Process            {KdFormat.Hex64(process.Address)}       Image:         {process.Image}");
        if (thread.Attached is { } attached)
        {
            context.Line($"Attached Process          {KdFormat.Hex64(attached.Address)}       Image:         {attached.Image}");
        }
        else
        {
            context.Line("Attached Process          N/A            Image:         N/A");
        }

        context.Line($"Priority {thread.Priority} BasePriority {thread.BasePriority}");
        if ((flags & 0x4) != 0)
        {
            StackCommand.Print(context, thread, numbered: false);
        }

        context.Line();
    }

    /// <summary>"WAIT: (Executive) KernelMode Non-Alertable", "RUNNING on processor 1", "READY", "TERMINATED".</summary>
    private static string State(KdThreadView thread) => thread.State switch
    {
        nameof(ThreadState.Waiting) => $"WAIT: ({thread.WaitReason}) {(thread.UserModeWait ? "UserMode" : "KernelMode")} {(thread.Alertable ? "Alertable" : "Non-Alertable")}",
        nameof(ThreadState.Running) when thread.Processor is { } p => string.Create(CultureInfo.InvariantCulture, $"RUNNING on processor {p}"),
        nameof(ThreadState.Running) => "RUNNING",
        nameof(ThreadState.Ready) => "READY",
        nameof(ThreadState.Initialized) => "INITIALIZED",
        _ => "TERMINATED",
    };

    /// <summary>What a waiting thread waits on: its wait blocks' objects, or for a delay (no objects) the thread's
    /// own timer, which a delay waits on as on Windows (the KTIMER inside the KTHREAD).</summary>
    internal static IReadOnlyList<DispatcherObject> WaitedObjects(KTHREAD thread)
    {
        lock (thread.Machine.Scheduler.Lock)
        {
            if (thread.State != ThreadState.Waiting)
            {
                return [];
            }

            if (thread.WaitCount == 0)
            {
                return thread.WaitTimer.Inserted ? [thread.WaitTimer] : [];
            }

            return [.. thread.WaitBlocks.Take(thread.WaitCount).Select(b => b.Object).OfType<DispatcherObject>()];
        }
    }

    /// <summary>A waited object as WinDbg names its kind (!thread and !process 2's wait lines).</summary>
    internal static string WaitObject(DispatcherObject waited) => waited switch
    {
        KEVENT e => e.Type == Wdm.SynchronizationEvent ? "SynchronizationEvent" : "NotificationEvent",
        KMUTEX m => "Mutant - owning thread " + KdFormat.Hex64(m.Owner?.Address ?? 0),
        KSEMAPHORE s => string.Create(CultureInfo.InvariantCulture, $"Semaphore Limit 0x{s.Limit:x}"),
        KTIMER t => t.Type == Wdm.SynchronizationTimer ? "SynchronizationTimer" : "NotificationTimer",
        KTHREAD => "ThreadObject",
        KQUEUE => "QueueObject",
        _ => waited.KindName,
    };

    private static void PrintIrps(KdContext context, KdThreadView thread)
    {
        if (thread.Irps.Count == 0)
        {
            return;
        }

        context.Line("IRP List:");
        foreach (var irp in thread.Irps)
        {
            context.Line(string.Create(CultureInfo.InvariantCulture,
                $"    {KdFormat.Hex64(irp.Address)}: ({irp.Type:x4},{irp.Size:x4}) Flags: {irp.Flags:x8}  Mdl: {KdFormat.Hex64(irp.Mdl)}"));
        }
    }
}
