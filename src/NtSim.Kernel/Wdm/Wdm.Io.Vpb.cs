using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoAcquireVpbSpinLock: raises to DISPATCH_LEVEL and takes the global VPB spin lock; the
    /// old IRQL goes back to IoReleaseVpbSpinLock. The lock is an ordinary spin lock of the machine, so
    /// taking it twice or releasing it unheld gets the spin lock bug checks.</summary>
    public static void IoAcquireVpbSpinLock(out KIRQL Irql,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoAcquireVpbSpinLock);
        Irql = RaiseAndAcquire(thread, thread.Machine.IoManager.VpbSpinLock, file, line);
    }

    /// <summary>IoReleaseVpbSpinLock: releases the VPB spin lock and restores the IRQL IoAcquireVpbSpinLock saved.</summary>
    public static void IoReleaseVpbSpinLock(KIRQL Irql)
    {
        var thread = DdiGate.Enter(DdiTable.IoReleaseVpbSpinLock);
        SpinLocks.Release(thread, thread.Machine.IoManager.VpbSpinLock);
        global::NtSim.Irql.Lower(thread, Irql);
        DdiGate.Leave(thread, DdiTable.IoReleaseVpbSpinLock);
    }
}
