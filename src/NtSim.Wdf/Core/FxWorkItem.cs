using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework work item (FxWorkItem, WDFWORKITEM) over an IO_WORKITEM of its device: EvtWorkItem
/// runs at PASSIVE_LEVEL on a system worker thread, under the callback lock it joined by
/// AutomaticSerialization if any. At most one instance is queued: an enqueue while one is queued
/// is ignored; an enqueue while it runs queues it again (fxworkitem.cpp Enqueue).
/// Invariant: <see cref="_completed"/> is signaled exactly when nothing is queued or running; the
/// state changes under <see cref="_stateLock"/>.
/// </summary>
[DebuggerDisplay("WDFWORKITEM 0x{Handle,x} queued {_enqueued} running {_running}")]
internal sealed class FxWorkItem : FxObject
{
    private readonly KSPIN_LOCK _stateLock = new();
    private readonly KEVENT _completed = new();
    private FxCallbackLock? _callbackLock;
    private IO_WORKITEM? _workItem;
    private bool _enqueued;
    private bool _runningDown;
    private int _running;
    private KTHREAD? _workItemThread;

    private FxWorkItem(FxDriverGlobals globals, WDF_WORKITEM_CONFIG config)
        : base(globals, FxObjectType.WorkItem) => Config = config;

    internal WDF_WORKITEM_CONFIG Config { get; }

    internal override FxObject? DefaultParent => null;

    internal static NTSTATUS Create(KTHREAD thread, WDF_WORKITEM_CONFIG config, WDF_OBJECT_ATTRIBUTES attributes, FxObject parent, out FxWorkItem? workItem)
    {
        workItem = null;
        var status = FxAutomaticSerialization.Resolve(parent, config.AutomaticSerialization, passiveCallbacks: true, "work item", out var callbackLock);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var created = new FxWorkItem(parent.Globals, config) { _callbackLock = callbackLock };
        status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        Wdm.KeInitializeSpinLock(created._stateLock);
        Wdm.KeInitializeEvent(created._completed, Wdm.NotificationEvent, true);
        created._workItem = Wdm.IoAllocateWorkItem(parent.DeviceAncestor()!.DeviceObject);
        workItem = created;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfWorkItemEnqueue.</summary>
    internal void Enqueue(KTHREAD thread)
    {
        Wdm.KeAcquireSpinLock(_stateLock, out var oldIrql);
        var enqueue = false;
        if (_enqueued)
        {
            Globals.Log.Add("FxWorkItem::Enqueue", $"WDFWORKITEM 0x{Handle:x} is already queued: ignoring the request to queue it again");
        }
        else if (!_runningDown)
        {
            Wdm.KeClearEvent(_completed);
            _enqueued = true;
            enqueue = true;
        }

        var runningDown = _runningDown;
        Wdm.KeReleaseSpinLock(_stateLock, oldIrql);
        if (runningDown)
        {
            FxVerifierBreak.Report(thread, Globals, $"WdfWorkItemEnqueue on WDFWORKITEM 0x{Handle:x}, which is being deleted");
            return;
        }

        if (enqueue)
        {
            Wdm.IoQueueWorkItem(_workItem!, static (_, context) => ((FxWorkItem)context!).Run(), Wdm.DelayedWorkQueue, this);
        }
    }

    /// <summary>WdfWorkItemFlush: returns once the work item is neither queued nor running.</summary>
    internal void Flush(KTHREAD thread)
    {
        if (ReferenceEquals(Volatile.Read(ref _workItemThread), thread))
        {
            FxVerifierBreak.Report(thread, Globals, $"WdfWorkItemFlush from within the callback of WDFWORKITEM 0x{Handle:x} would deadlock");
            return;
        }

        Wdm.KeWaitForSingleObject(_completed, Wdm.Executive, Wdm.KernelMode, false, null);
    }

    private void Run()
    {
        var thread = KTHREAD.Current!;
        Volatile.Write(ref _workItemThread, thread);
        Wdm.KeAcquireSpinLock(_stateLock, out var oldIrql);
        _enqueued = false;
        _running++;
        Wdm.KeReleaseSpinLock(_stateLock, oldIrql);

        if (Config.EvtWorkItemFunc is { } callback)
        {
            // The callback may delete its work item: the object lives until the callback returns.
            Reference(this);
            FxCallbackRun.Invoke(thread, this, _callbackLock, h => callback(h), new WDFWORKITEM(this), "EvtWorkItem");
            Dereference(thread, this);
        }

        Wdm.KeAcquireSpinLock(_stateLock, out oldIrql);
        if (--_running == 0 && !_enqueued)
        {
            Wdm.KeSetEvent(_completed, 0, false);
        }

        Wdm.KeReleaseSpinLock(_stateLock, oldIrql);
        Volatile.Write(ref _workItemThread, null);
    }

    protected override void OnDispose(KTHREAD thread)
    {
        Wdm.KeAcquireSpinLock(_stateLock, out var oldIrql);
        _runningDown = true;
        Wdm.KeReleaseSpinLock(_stateLock, oldIrql);
        if (!ReferenceEquals(Volatile.Read(ref _workItemThread), thread) && thread.Processor!.Irql == Wdm.PASSIVE_LEVEL)
        {
            // Deletion waits for a queued or running callback (FxWorkItem::FlushAndRundown).
            Wdm.KeWaitForSingleObject(_completed, Wdm.Executive, Wdm.KernelMode, false, null);
        }
    }

    protected override void OnDestroy(KTHREAD thread)
    {
        if (_workItem is { } item && !Globals.Machine.IsHalted && !item.Item.Queued)
        {
            Wdm.IoFreeWorkItem(item);
            _workItem = null;
        }
    }
}
