using System.Globalization;
using static NtSim.Wdm;

namespace NtSim.Cli.Selftest;

/// <summary>A periodic timer's DPC runs once per period, at DISPATCH_LEVEL.</summary>
internal static class PeriodicTimer
{
    private const int Ticks = 5;
    private const int PeriodMs = 100;

    internal static ScenarioResult Run(Machine machine)
    {
        var times = new List<ulong>();
        var irqls = new HashSet<KIRQL>();
        var status = machine.Run(() =>
        {
            var timer = new KTIMER();
            var dpc = new KDPC();
            var done = new KEVENT();
            KeInitializeTimer(timer);
            KeInitializeEvent(done, NotificationEvent, false);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                irqls.Add(KeGetCurrentIrql());
                times.Add(KeQueryInterruptTime());
                if (times.Count == Ticks)
                {
                    KeCancelTimer(timer);
                    KeSetEvent(done, 0, false);
                }
            }, null);
            KeSetTimerEx(timer, -PeriodMs * 10_000L, PeriodMs, dpc);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }, "TimerOwner");

        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a) / 10_000.0).ToList();
        var deterministic = machine.Options.Mode == ExecutionMode.Deterministic;
        // Virtual time is exact; real time on a loaded host is not, so concurrent mode only reports the gaps.
        var onTime = !deterministic || gaps.All(g => g == PeriodMs);
        var passed = status == RunStatus.Completed && times.Count == Ticks && onTime && irqls.SetEquals([DISPATCH_LEVEL]);
        return new ScenarioResult(passed,
        [
            $"run: {Scenarios.Describe(machine, status)}",
            "ticks at " + string.Join(", ", times.Select(t => (t / 10_000_000.0).ToString("F3", CultureInfo.InvariantCulture) + " s")),
            "gaps " + string.Join(", ", gaps.Select(g => g.ToString("F1", CultureInfo.InvariantCulture) + " ms"))
                + (deterministic ? " (virtual time: exact)" : " (real time)"),
            $"DPC ran at IRQL {string.Join(",", irqls.Select(i => (int)i))} (DISPATCH_LEVEL = 2)",
        ]);
    }
}
