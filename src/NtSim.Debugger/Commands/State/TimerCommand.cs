using System.Globalization;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>!timer</c>: the timers inserted now, by due time: the KTIMER, P for a periodic one, the due interrupt
/// time (low and high words), the fire time, and the DPC's routine or the waiting thread. NtSim keeps no timer
/// table, so the List column, "Maximum List", "Current Hand" and the wakeable timers are left out; times are
/// the machine's system time in UTC.
/// </summary>
internal sealed class TimerCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!timer"];

    public override string Help => "!timer                  the timers set: due time, DPC routine or waiting thread";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (context.Target.Snapshot.Timers is not { } timers || context.Target.Snapshot.System is not { } system)
        {
            KdThreads.NotInDump(context, "The timers");
            return;
        }

        var now = system.InterruptTime;
        context.Line("Dump system timers");
        context.Line();
        context.Line($"Interrupt time: {Words(now)} [{FireTime(system, now)} (UTC)]");
        context.Line();
        context.Line("Timer            Interrupt Low/High     Fire Time              DPC/thread");
        foreach (var timer in timers)
        {
            var periodic = timer.Periodic ? 'P' : ' ';
            context.Line($"{KdFormat.Hex64(timer.Address)} {periodic} {Words(timer.DueTime)} [{FireTime(system, timer.DueTime)}]  {Target(timer)}");
        }

        context.Line();
        context.Line($"Total Timers: {timers.Count.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The low and the high 32 bits, as !timer prints a 64-bit interrupt time.</summary>
    private static string Words(long time) =>
        $"{KdFormat.Hex32((uint)((ulong)time & 0xFFFF_FFFF))} {KdFormat.Hex32((uint)((ulong)time >> 32))}";

    /// <summary>"12/ 8/2000 10:59:23.154" (month and day padded with a space, as WinDbg writes them).</summary>
    private static string FireTime(KdSystemView system, long interruptTime)
    {
        var time = DateTime.FromFileTimeUtc(system.SystemTimeAtBoot + interruptTime);
        return string.Create(CultureInfo.InvariantCulture, $"{time.Month,2}/{time.Day,2}/{time.Year} {time:HH:mm:ss.fff}");
    }

    private static string Target(KdTimerView timer) => timer switch
    {
        { DpcRoutine: { } routine } => routine,
        { Thread: { } thread } => "thread " + KdFormat.Hex64(thread),
        _ => "",
    };
}
