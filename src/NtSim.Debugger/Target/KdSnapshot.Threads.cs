using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>Every process, as <c>!process 0 0</c> lists them: System, then the user processes whose threads have not
    /// all ended, by client id (kernel dumps).</summary>
    [KdSection("processes")]
    internal IReadOnlyList<KdProcessView> AllProcesses => Section<IReadOnlyList<KdProcessView>>("processes", CaptureProcesses, []);

    /// <summary>Every thread the scheduler created, idle threads included, in creation order (kernel dumps).</summary>
    [KdSection("threads")]
    internal IReadOnlyList<KdThreadView> AllThreads => Section<IReadOnlyList<KdThreadView>>("threads", CaptureThreads, []);

    /// <summary>The crashing processor, its thread and that thread's process: all a small dump keeps of them.</summary>
    [KdSection("crash", InSmallDump = true)]
    internal KdCrashView? Crash => Section("crash", CaptureCrash, null);

    /// <summary>The processes the target has: every one live and in a kernel dump; in a small dump the crashing thread's.</summary>
    internal IReadOnlyList<KdProcessView> Processes =>
        Has("processes") ? AllProcesses : Crash is { } crash ? [crash.Thread.Process] : [];

    /// <summary>The threads the target has: every one live and in a kernel dump; in a small dump the crashing thread.</summary>
    internal IReadOnlyList<KdThreadView> Threads =>
        Has("threads") ? AllThreads : Crash is { } crash ? [crash.Thread] : [];

    private static List<KdProcessView> CaptureProcesses(Machine machine) => [.. KdThreads.Processes(machine).Select(ProcessView)];

    private static List<KdThreadView> CaptureThreads(Machine machine) => [.. KdThreads.All(machine).Select(t => ThreadView(machine, t))];

    // The processor that bug checked (the one a dump's session starts on), else the first, and the thread the debugger stands on there.
    private static KdCrashView CaptureCrash(Machine machine)
    {
        var processors = machine.Processors;
        var processor = processors[Math.Clamp(machine.BugCheck?.Processor ?? 0, 0, processors.Count - 1)];
        var thread = (machine.BugCheck is { } bugCheck ? KdThreads.BugCheckThread(machine, bugCheck) : null) ?? processor.Current;
        return new KdCrashView(ProcessorView(machine, processor), ThreadView(machine, thread));
    }

    private static KdProcessView ProcessView(EPROCESS process) =>
        new(process.Address, process.UniqueProcessId.Value, process.ObjectTable.Count, process.ImageFileName);

    private static KdThreadView ThreadView(Machine machine, KTHREAD thread)
    {
        List<KdThreadIrpView> irps;
        lock (machine.Scheduler.Lock)
        {
            irps = [.. thread.IrpList.Select(irp => new KdThreadIrpView(irp.Address, (ushort)irp.Type, (ushort)irp.Size, (uint)irp.Flags, irp.MdlAddress?.Address ?? 0))];
        }

        return new KdThreadView(thread.Address, thread.ToString(), (ulong)thread.Id, thread.Kind == ThreadKind.Idle, ProcessView(thread.Process),
            thread.IsAttached ? ProcessView(thread.ApcStateProcess) : null, thread.State.ToString(), KdWaitReasons.Name(thread.WaitReason),
            thread.WaitMode == Wdm.UserMode, thread.WaitAlertable, thread.Processor?.Number, thread.Priority, thread.BasePriority,
            [.. ThreadBlock.WaitedObjects(thread).Select(o => new KdWaitView(o.Address, ThreadBlock.WaitObject(o)))],
            irps, KdStack.Of(machine, thread));
    }
}
