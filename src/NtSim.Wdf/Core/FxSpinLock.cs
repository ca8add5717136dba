using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework spin lock (FxSpinLock, WDFSPINLOCK) over a KSPIN_LOCK: acquiring raises to
/// DISPATCH_LEVEL and the IRQL to return to is kept in the object, as KMDF keeps it. The owner is
/// tracked: a release by a thread that does not hold it is WDF_VIOLATION 0xB with P3 = 1
/// (fxspinlock.cpp), and acquiring it again on the thread that holds it is 0x2 (WDF_RECURSIVE_LOCK),
/// where Windows would spin forever.
/// </summary>
[DebuggerDisplay("WDFSPINLOCK 0x{Handle,x} owner {Owner}")]
internal sealed class FxSpinLock : FxObject
{
    private readonly KSPIN_LOCK _spinLock = new();
    private KTHREAD? _owner;
    private KIRQL _oldIrql;

    internal FxSpinLock(FxDriverGlobals globals)
        : base(globals, FxObjectType.SpinLock) => Wdm.KeInitializeSpinLock(_spinLock);

    internal KTHREAD? Owner => Volatile.Read(ref _owner);

    internal void Acquire(KTHREAD thread, string file, int line)
    {
        if (ReferenceEquals(Volatile.Read(ref _owner), thread))
        {
            Globals.BugCheck(thread, Wdf.WDF_RECURSIVE_LOCK, Handle, 0,
                $"WDFSPINLOCK 0x{Handle:x} is acquired again by the thread that holds it");
        }

        Wdm.KeAcquireSpinLock(_spinLock, out var oldIrql, file, line);
        _oldIrql = oldIrql;
        Volatile.Write(ref _owner, thread);
    }

    internal void Release(KTHREAD thread)
    {
        var owner = Volatile.Read(ref _owner);
        if (!ReferenceEquals(owner, thread))
        {
            var detail = owner is null
                ? $"WDFSPINLOCK 0x{Handle:x} is released by a thread that never acquired it"
                : $"WDFSPINLOCK 0x{Handle:x} is not owned by the releasing thread (owner {owner})";
            Globals.BugCheck(thread, Wdf.WDF_INVALID_LOCK_OPERATION, Handle, 1, detail);
        }

        var oldIrql = _oldIrql;
        Volatile.Write(ref _owner, null);
        Wdm.KeReleaseSpinLock(_spinLock, oldIrql);
    }
}
