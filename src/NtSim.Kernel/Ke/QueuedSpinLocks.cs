using System.Globalization;

namespace NtSim;

/// <summary>
/// The kernel's numbered queued spin locks (KeAcquireQueuedSpinLock and its kin): one lock per
/// KSPIN_LOCK_QUEUE_NUMBER that names one (the I/O cancel lock, the VPB lock ...), shared by every
/// processor of the machine. On Windows each processor's PRCB has a LockQueue array whose entries
/// point at these locks; a spare entry points at nothing, so acquiring it touches address 0 at
/// DISPATCH_LEVEL or above: IRQL_NOT_LESS_OR_EQUAL. A number past the array reads beyond it; NtSim
/// treats it as a spare.
/// </summary>
internal sealed class QueuedSpinLocks
{
    private readonly KSPIN_LOCK?[] _locks = new KSPIN_LOCK?[(int)Wdm.LockQueueMaximumLock];

    internal QueuedSpinLocks()
    {
        for (var i = 0; i < _locks.Length; i++)
        {
            if (Names((KSPIN_LOCK_QUEUE_NUMBER)i))
            {
                _locks[i] = new KSPIN_LOCK();
            }
        }
    }

    /// <summary>The lock behind <paramref name="number"/>; a spare or out-of-range number bug checks as
    /// Windows's touch of the null lock pointer does (P1 0, P2 the IRQL, P3 1 a write, P4 0).</summary>
    internal KSPIN_LOCK Lock(KTHREAD thread, KSPIN_LOCK_QUEUE_NUMBER number, KIRQL irql)
    {
        var index = (int)number;
        var spinLock = index >= 0 && index < _locks.Length ? _locks[index] : null;
        if (spinLock is null)
        {
            thread.Machine.RaiseBugCheck(Wdm.IRQL_NOT_LESS_OR_EQUAL, 0, (ulong)irql, 1, 0,
                string.Create(CultureInfo.InvariantCulture,
                    $"queued spin lock number {index} names no lock (a spare entry of the PRCB's lock queue, or past its end)"));
        }

        return spinLock;
    }

    /// <summary>The numbers of ntifs.h's KSPIN_LOCK_QUEUE_NUMBER that are not LockQueueUnusedSpare*.</summary>
    private static bool Names(KSPIN_LOCK_QUEUE_NUMBER number) =>
        number is >= Wdm.LockQueueVacbLock and <= Wdm.LockQueueBcbLock and not Wdm.LockQueueUnusedSpare8;
}
