using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>
/// The DPC watchdog: a processor that runs one DPC longer than <see cref="DpcTimeLimit"/>, or stays
/// at DISPATCH_LEVEL or above longer than <see cref="WatchdogPeriod"/> in all, bug checks
/// DPC_WATCHDOG_VIOLATION (0x133) with P1 = 0 (P2 the DPC's time in clock ticks, P3 its allotment)
/// or P1 = 1 (P2 the watchdog period in ticks). Checked where time passes at DISPATCH_LEVEL:
/// stalls and the slow path of probes. Time is virtual in deterministic mode (stalls and the
/// probes' nominal cost), real in concurrent mode.
/// </summary>
internal static class DpcWatchdog
{
    /// <summary>A clock tick: 15.625 ms (64 Hz), in 100-ns units.</summary>
    internal const long TickLength = 156_250;

    // The defaults of Windows 8 and later, as bug check 0x133 reports them ("DPC time allotment"
    // 0x500 ticks, "watchdog period" 0x1E00 ticks): learn.microsoft.com, Bug Check 0x133.
    internal const ulong DpcTimeLimitTicks = 0x500;
    internal const ulong WatchdogPeriodTicks = 0x1E00;

    /// <summary>20 seconds.</summary>
    internal const long DpcTimeLimit = (long)DpcTimeLimitTicks * TickLength;

    /// <summary>120 seconds.</summary>
    internal const long WatchdogPeriod = (long)WatchdogPeriodTicks * TickLength;

    /// <summary>Time passed on <paramref name="thread"/>'s processor; <paramref name="charged"/> of
    /// it (100-ns units) just now, so a DPC or a stretch at DISPATCH_LEVEL first seen here started
    /// that much earlier.</summary>
    internal static void Check(KTHREAD? thread, long charged)
    {
        var p = thread?.Processor;
        if (p is null || p.Current != thread || p.Irql < Wdm.DISPATCH_LEVEL)
        {
            return;
        }

        var machine = thread!.Machine;
        var now = machine.Scheduler.InterruptTime;
        if (p.DispatchSince < 0)
        {
            p.DispatchSince = now - charged;
        }

        if (p.DpcActive)
        {
            if (p.DpcSince < 0)
            {
                p.DpcSince = now - charged;
            }

            // Counted in clock ticks, as the watchdog does: over when the count passes the allotment.
            var dpcTime = now - p.DpcSince;
            if ((ulong)(dpcTime / TickLength) > DpcTimeLimitTicks)
            {
                Raise(machine, 0, (ulong)(dpcTime / TickLength), DpcTimeLimitTicks,
                    $"a DPC ran {dpcTime / 10_000} ms on P{p.Number}, over its time allotment of {DpcTimeLimit / 10_000} ms");
            }
        }

        var dispatchTime = now - p.DispatchSince;
        if ((ulong)(dispatchTime / TickLength) > WatchdogPeriodTicks)
        {
            Raise(machine, 1, WatchdogPeriodTicks, 0,
                $"P{p.Number} stayed at DISPATCH_LEVEL or above for {dispatchTime / 10_000} ms, over the watchdog period of {WatchdogPeriod / 10_000} ms");
        }
    }

    [DoesNotReturn]
    private static void Raise(Machine machine, ulong kind, ulong p2, ulong p3, string detail) =>
        machine.RaiseBugCheck(Wdm.DPC_WATCHDOG_VIOLATION, kind, p2, p3, 0, detail);
}
