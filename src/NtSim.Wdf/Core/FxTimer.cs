using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework timer (FxTimer, WDFTIMER) over a KTIMER and its KDPC. EvtTimerFunc runs from the
/// DPC at DISPATCH_LEVEL, or, for a timer whose attributes ask for WdfExecutionLevelPassive, from a
/// work item at PASSIVE_LEVEL; with AutomaticSerialization it runs under the callback lock of the
/// nearest queue or device above it. WdfTimerStop(Wait = TRUE) and deletion wait for a callback
/// that is queued or running (fxtimer.cpp Stop, FlushAndRundown).
/// Invariant: <see cref="_inFlight"/> counts callbacks queued to the work item or running, and
/// <see cref="_idle"/> is signaled exactly when it is zero; both change under <see cref="_stateLock"/>.
/// </summary>
[DebuggerDisplay("WDFTIMER 0x{Handle,x} period {Config.Period} ms")]
internal sealed class FxTimer : FxObject
{
    private readonly KTIMER _timer = new();
    private readonly KDPC _dpc = new();
    private readonly KSPIN_LOCK _stateLock = new();
    private readonly KEVENT _idle = new();
    private FxCallbackLock? _callbackLock;
    private IO_WORKITEM? _workItem;
    private int _inFlight;
    private bool _workItemQueued;
    private bool _runningDown;
    private bool _startAborted;
    private bool _stopAgain;
    private KTHREAD? _stopThread;
    private KTHREAD? _callbackThread;

    private FxTimer(FxDriverGlobals globals, WDF_TIMER_CONFIG config, bool passive)
        : base(globals, FxObjectType.Timer)
    {
        Config = config;
        IsPassive = passive;
    }

    internal WDF_TIMER_CONFIG Config { get; }

    /// <summary>EvtTimerFunc runs at PASSIVE_LEVEL from a work item.</summary>
    internal bool IsPassive { get; }

    internal override FxObject? DefaultParent => null;

    internal static NTSTATUS Create(KTHREAD thread, WDF_TIMER_CONFIG config, WDF_OBJECT_ATTRIBUTES attributes, FxObject parent, out FxTimer? timer)
    {
        timer = null;
        var passive = attributes.ExecutionLevel == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive;
        var status = FxAutomaticSerialization.Resolve(parent, config.AutomaticSerialization, passive, "timer", out var callbackLock);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var created = new FxTimer(parent.Globals, config, passive) { _callbackLock = callbackLock };
        status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        created.Initialize(parent.DeviceAncestor()!);
        timer = created;
        return Wdm.STATUS_SUCCESS;
    }

    private void Initialize(FxDevice device)
    {
        Wdm.KeInitializeSpinLock(_stateLock);
        Wdm.KeInitializeEvent(_idle, Wdm.NotificationEvent, true);
        Wdm.KeInitializeTimerEx(_timer, Wdm.NotificationTimer);
        Wdm.KeInitializeDpc(_dpc, static (_, context, _, _) => ((FxTimer)context!).OnDpc(), this);
        if (IsPassive)
        {
            _workItem = Wdm.IoAllocateWorkItem(device.DeviceObject);
        }
    }

    /// <summary>WdfTimerStart: (re)arms the timer; TRUE if it was already set. A start while a
    /// WdfTimerStop(TRUE) is in progress is ignored (and makes that stop return TRUE).</summary>
    internal bool Start(KTHREAD thread, long dueTime)
    {
        var oldIrql = Lock();
        if (_runningDown)
        {
            Unlock(oldIrql);
            FxVerifierBreak.Report(thread, Globals, $"WdfTimerStart on WDFTIMER 0x{Handle:x} while it is being deleted");
            return false;
        }

        if (_stopThread is not null)
        {
            _startAborted = true;
            Unlock(oldIrql);
            Globals.Log.Add("FxTimer::Start", $"WDFTIMER 0x{Handle:x} is being stopped: ignoring the request to start it");
            return false;
        }

        Unlock(oldIrql);
        // A tolerable delay lets the system coalesce the expiration with others (KeSetCoalescableTimer).
        var wasSet = Config.TolerableDelay > 0
            ? Wdm.KeSetCoalescableTimer(_timer, dueTime, Config.Period, Config.TolerableDelay, _dpc)
            : Wdm.KeSetTimerEx(_timer, dueTime, (int)Config.Period, _dpc);
        oldIrql = Lock();
        if (_stopThread is not null)
        {
            _stopAgain = true;
        }

        Unlock(oldIrql);
        return wasSet;
    }

    /// <summary>WdfTimerStop: cancels the timer; with <paramref name="wait"/>, also waits (at
    /// PASSIVE_LEVEL) until no callback is queued or running. TRUE if the timer was set.</summary>
    internal bool Stop(KTHREAD thread, bool wait)
    {
        if (!wait)
        {
            return Wdm.KeCancelTimer(_timer);
        }

        if (ReferenceEquals(Volatile.Read(ref _callbackThread), thread))
        {
            FxVerifierBreak.Report(thread, Globals, $"WdfTimerStop(Wait = TRUE) from within the callback of WDFTIMER 0x{Handle:x} would deadlock");
            return false;
        }

        if (Globals.Verifier.VerifierOn && thread.Processor!.Irql != Wdm.PASSIVE_LEVEL)
        {
            FxVerifierBreak.Report(thread, Globals, $"WdfTimerStop(Wait = TRUE) on WDFTIMER 0x{Handle:x} at IRQL {(int)thread.Processor.Irql}: PASSIVE_LEVEL required");
            return false;
        }

        var oldIrql = Lock();
        _startAborted = false;
        _stopThread = thread;
        bool wasSet;
        do
        {
            _stopAgain = false;
            Unlock(oldIrql);
            wasSet = Wdm.KeCancelTimer(_timer);
            Wdm.KeFlushQueuedDpcs();
            Wdm.KeWaitForSingleObject(_idle, Wdm.Executive, Wdm.KernelMode, false, null);
            oldIrql = Lock();
        }
        while (!wasSet && _stopAgain);

        _stopThread = null;
        if (_startAborted)
        {
            wasSet = true;
            _startAborted = false;
        }

        Unlock(oldIrql);
        return wasSet;
    }

    private void OnDpc()
    {
        var thread = KTHREAD.Current!;
        if (!IsPassive)
        {
            BeginCallback();
            Run(thread);
            EndCallback();
            return;
        }

        var oldIrql = Lock();
        var queue = !_workItemQueued;
        if (queue)
        {
            _workItemQueued = true;
            EnterFlightLocked();
        }

        Unlock(oldIrql);
        if (queue)
        {
            Wdm.IoQueueWorkItem(_workItem!, static (_, context) => ((FxTimer)context!).OnWorkItem(), Wdm.DelayedWorkQueue, this);
        }
    }

    private void OnWorkItem()
    {
        var oldIrql = Lock();
        _workItemQueued = false;
        Unlock(oldIrql);
        Run(KTHREAD.Current!);
        EndCallback();
    }

    private void Run(KTHREAD thread)
    {
        if (Config.EvtTimerFunc is not { } callback)
        {
            return;
        }

        // The callback may delete its timer: the object lives until the callback returns.
        Reference(this);
        Volatile.Write(ref _callbackThread, thread);
        FxCallbackRun.Invoke(thread, this, _callbackLock, h => callback(h), new WDFTIMER(this), "EvtTimerFunc");
        Volatile.Write(ref _callbackThread, null);
        Dereference(thread, this);
    }

    private void BeginCallback()
    {
        var oldIrql = Lock();
        EnterFlightLocked();
        Unlock(oldIrql);
    }

    private void EnterFlightLocked()
    {
        if (_inFlight++ == 0)
        {
            Wdm.KeClearEvent(_idle);
        }
    }

    private void EndCallback()
    {
        var oldIrql = Lock();
        Debug.Assert(_inFlight > 0, "a callback ends that began");
        if (--_inFlight == 0)
        {
            Wdm.KeSetEvent(_idle, 0, false);
        }

        Unlock(oldIrql);
    }

    protected override void OnDispose(KTHREAD thread)
    {
        var oldIrql = Lock();
        _runningDown = true;
        Unlock(oldIrql);
        var inCallback = ReferenceEquals(Volatile.Read(ref _callbackThread), thread);
        if (inCallback && IsPassive)
        {
            // A passive timer deleted from its own callback: the wait would never end (nc-wdftimer-evt_wdf_timer).
            FxVerifierBreak.Report(thread, Globals, $"WDFTIMER 0x{Handle:x} is deleted from within its callback: that leads to deadlock");
        }

        // Deletion above PASSIVE_LEVEL (a DPC's callback deleting its timer) cancels without waiting:
        // the framework runs that rundown from a work item, after the callback returned.
        Stop(thread, wait: !inCallback && thread.Processor!.Irql == Wdm.PASSIVE_LEVEL);
    }

    protected override void OnDestroy(KTHREAD thread)
    {
        Wdm.KeCancelTimer(_timer);
        if (_workItem is { } item && !Machine.IsHalted)
        {
            Wdm.IoFreeWorkItem(item);
            _workItem = null;
        }
    }

    private Machine Machine => Globals.Machine;

    private KIRQL Lock()
    {
        Wdm.KeAcquireSpinLock(_stateLock, out var oldIrql);
        return oldIrql;
    }

    private void Unlock(KIRQL oldIrql) => Wdm.KeReleaseSpinLock(_stateLock, oldIrql);
}
