using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework DPC (FxDpc, WDFDPC) over a KDPC: EvtDpcFunc runs at DISPATCH_LEVEL, under the
/// (dispatch-level) callback lock it joined by AutomaticSerialization if any. WdfDpcCancel(Wait)
/// takes it out of the queue and, with Wait, flushes the processors' DPC queues (fxdpc.cpp).
/// </summary>
[DebuggerDisplay("WDFDPC 0x{Handle,x}")]
internal sealed class FxDpc : FxObject
{
    private FxCallbackLock? _callbackLock;
    private KTHREAD? _callbackThread;

    private FxDpc(FxDriverGlobals globals, WDF_DPC_CONFIG config)
        : base(globals, FxObjectType.Dpc) => Config = config;

    internal WDF_DPC_CONFIG Config { get; }

    /// <summary>The KDPC (WdfDpcWdmGetDpc).</summary>
    internal KDPC Dpc { get; } = new();

    internal override FxObject? DefaultParent => null;

    internal static NTSTATUS Create(KTHREAD thread, WDF_DPC_CONFIG config, WDF_OBJECT_ATTRIBUTES attributes, FxObject parent, out FxDpc? dpc)
    {
        dpc = null;
        var status = FxAutomaticSerialization.Resolve(parent, config.AutomaticSerialization, passiveCallbacks: false, "DPC", out var callbackLock);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var created = new FxDpc(parent.Globals, config) { _callbackLock = callbackLock };
        status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        Wdm.KeInitializeDpc(created.Dpc, static (_, context, _, _) => ((FxDpc)context!).Run(), created);
        dpc = created;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDpcEnqueue: TRUE if queued, FALSE if it already was.</summary>
    internal bool Enqueue() => Wdm.KeInsertQueueDpc(Dpc, null, null);

    /// <summary>WdfDpcCancel: TRUE if it was taken out of the queue before it ran. With
    /// <paramref name="wait"/> (PASSIVE_LEVEL), returns after any running instance has finished.</summary>
    internal bool Cancel(KTHREAD thread, bool wait)
    {
        var removed = Wdm.KeRemoveQueueDpc(Dpc);
        if (wait)
        {
            if (ReferenceEquals(Volatile.Read(ref _callbackThread), thread))
            {
                FxVerifierBreak.Report(thread, Globals, $"WdfDpcCancel(Wait = TRUE) from within the callback of WDFDPC 0x{Handle:x} would deadlock");
                return removed;
            }

            Wdm.KeFlushQueuedDpcs();
        }

        return removed;
    }

    private void Run()
    {
        if (Config.EvtDpcFunc is not { } callback)
        {
            return;
        }

        var thread = KTHREAD.Current!;
        Volatile.Write(ref _callbackThread, thread);
        FxCallbackRun.Invoke(thread, this, _callbackLock, h => callback(h), new WDFDPC(this), "EvtDpcFunc");
        Volatile.Write(ref _callbackThread, null);
    }

    protected override void OnDispose(KTHREAD thread) => Cancel(thread, wait: thread.Processor!.Irql == Wdm.PASSIVE_LEVEL);
}
