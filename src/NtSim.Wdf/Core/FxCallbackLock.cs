using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The lock a synchronization scope serializes callbacks with (FxCallbackSpinLock or
/// FxCallbackMutexLock): a spin lock for an execution level of Dispatch (callbacks then run at
/// DISPATCH_LEVEL), a synchronization event for Passive (callbacks stay at PASSIVE_LEVEL).
/// Acquiring it again on the thread that holds it is WDF_VIOLATION 0x2 (WDF_RECURSIVE_LOCK).
/// </summary>
[DebuggerDisplay("{Description,nq}")]
internal sealed class FxCallbackLock
{
    private readonly KSPIN_LOCK? _spinLock;
    private readonly KEVENT? _event;
    private KTHREAD? _owner;

    internal FxCallbackLock(FxObject owner, bool passive)
    {
        Owner = owner;
        IsPassive = passive;
        if (passive)
        {
            _event = new KEVENT();
            Wdm.KeInitializeEvent(_event, Wdm.SynchronizationEvent, true);
        }
        else
        {
            _spinLock = new KSPIN_LOCK();
            Wdm.KeInitializeSpinLock(_spinLock);
        }
    }

    /// <summary>The device or queue whose scope this lock is.</summary>
    internal FxObject Owner { get; }

    internal bool IsPassive { get; }

    internal KTHREAD? OwningThread => Volatile.Read(ref _owner);

    /// <summary>The IRQL WdfObjectAcquireLock raised from, for WdfObjectReleaseLock to return to.</summary>
    internal KIRQL ObjectLockIrql { get; set; }

    private string Description => $"{(IsPassive ? "passive" : "dispatch")} callback lock of {Owner.TypeName} 0x{Owner.Handle:x}";

    /// <summary>Acquires the lock; returns the IRQL to give back to <see cref="Release"/>.</summary>
    internal KIRQL Acquire(KTHREAD thread)
    {
        if (ReferenceEquals(Volatile.Read(ref _owner), thread))
        {
            Owner.Globals.BugCheck(thread, Wdf.WDF_RECURSIVE_LOCK, Owner.Handle, 0,
                $"the {Description} is acquired again by the thread that holds it");
        }

        KIRQL oldIrql = default;
        if (_spinLock is not null)
        {
            Wdm.KeAcquireSpinLock(_spinLock, out oldIrql);
        }
        else
        {
            Wdm.KeWaitForSingleObject(_event!, Wdm.Executive, Wdm.KernelMode, false, null);
        }

        Volatile.Write(ref _owner, thread);
        return oldIrql;
    }

    internal void Release(KTHREAD thread, KIRQL oldIrql)
    {
        Debug.Assert(ReferenceEquals(_owner, thread), "the callback lock is released by its owner");
        Volatile.Write(ref _owner, null);
        if (_spinLock is not null)
        {
            Wdm.KeReleaseSpinLock(_spinLock, oldIrql);
        }
        else
        {
            Wdm.KeSetEvent(_event!, 0, false);
        }
    }
}
