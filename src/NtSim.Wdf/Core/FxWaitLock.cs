using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework wait lock (FxWaitLock, WDFWAITLOCK): a synchronization event, signaled when free,
/// taken inside a critical region (normal kernel APCs off while it is held, as KMDF does).
/// </summary>
[DebuggerDisplay("WDFWAITLOCK 0x{Handle,x} owner {Owner}")]
internal sealed class FxWaitLock : FxObject
{
    private readonly KEVENT _event = new();
    private KTHREAD? _owner;
    private bool _inCriticalRegion;

    internal FxWaitLock(FxDriverGlobals globals)
        : base(globals, FxObjectType.WaitLock) => Wdm.KeInitializeEvent(_event, Wdm.SynchronizationEvent, true);

    internal KTHREAD? Owner => Volatile.Read(ref _owner);

    /// <summary>Waits for the lock: <paramref name="timeout"/> null waits for ever, 0 only tries,
    /// negative is relative (100 ns units). STATUS_TIMEOUT when not acquired.</summary>
    internal NTSTATUS Acquire(KTHREAD thread, long? timeout)
    {
        if ((timeout is null || timeout != 0) && Globals.Verifier.VerifierOn && thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
        {
            // A wait that can block needs PASSIVE_LEVEL (FxVerifierCheckIrqlLevel: logged, then the DDI fails).
            FxVerifierBreak.Report(thread, Globals,
                $"WdfWaitLockAcquire on WDFWAITLOCK 0x{Handle:x} at IRQL {(int)thread.Processor.Irql} with a non-zero timeout: PASSIVE_LEVEL required");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        // A try at DISPATCH_LEVEL has no APCs to hold off: the critical region is for waits below it.
        var critical = thread.Processor!.Irql < Wdm.DISPATCH_LEVEL;
        if (critical)
        {
            Wdm.KeEnterCriticalRegion();
        }

        var status = Wdm.KeWaitForSingleObject(_event, Wdm.Executive, Wdm.KernelMode, false, timeout is { } t ? (LARGE_INTEGER?)t : null);
        if (status == Wdm.STATUS_TIMEOUT)
        {
            if (critical)
            {
                Wdm.KeLeaveCriticalRegion();
            }

            return Wdm.STATUS_TIMEOUT;
        }

        _inCriticalRegion = critical;
        Volatile.Write(ref _owner, thread);
        return Wdm.STATUS_SUCCESS;
    }

    internal void Release(KTHREAD thread)
    {
        var critical = _inCriticalRegion;
        _inCriticalRegion = false;
        Volatile.Write(ref _owner, null);
        Wdm.KeSetEvent(_event, 0, false);
        if (critical)
        {
            Wdm.KeLeaveCriticalRegion();
        }
    }
}
