using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Control;

/// <summary><c>vertarget</c>: the target's version block, from "Windows 10 Kernel Version" on (reference/debugger.md
/// section 1). Left out, as NtSim has no equivalent: the product and suite line, "Built by" (no build branch),
/// Machine Name, PsLoadedModuleList (no such list in memory).</summary>
internal sealed class VertargetCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["vertarget"];

    public override string Help => "vertarget               the target's Windows version, processors, kernel base, time and uptime";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        foreach (var line in Lines(context.Target.Snapshot.System!))
        {
            context.Line(line);
        }
    }

    /// <summary>The block's lines for <paramref name="machine"/>: also the end of the console's banner.</summary>
    internal static IEnumerable<string> Lines(Machine machine) => Lines(KdSnapshot.Of(machine).System!);

    /// <summary>The block's lines for the system a live machine or a dump describes.</summary>
    internal static IEnumerable<string> Lines(KdSystemView system)
    {
        var servicePack = system.ServicePack is { } pack ? $" ({pack})" : "";
        // The kernel is always the multiprocessor one ("MP (1 procs)" on one processor) and a free build.
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{system.KernelName} Kernel Version {system.Build}{servicePack} MP ({system.Processors} procs) Free x64");
        yield return "Kernel base = 0x" + KdFormat.Pointer(system.KernelBase);
        yield return "Debug session time: " + SessionTime(system);
        var uptime = TimeSpan.FromTicks(system.InterruptTime);
        yield return string.Create(CultureInfo.InvariantCulture, $"System Uptime: {uptime.Days} days {uptime.Hours}:{uptime.Minutes:00}:{uptime.Seconds:00}.{uptime.Milliseconds:000}");
    }

    /// <summary>The machine's time now as WinDbg writes a session's time.</summary>
    internal static string SessionTime(Machine machine) => SessionTime(KdSnapshot.Of(machine).System!);

    /// <summary>The system's time (now, or at the crash for a dump) as WinDbg writes a session's time; the machine's
    /// clock is UTC, and WinDbg writes the offset from UTC after the time.</summary>
    internal static string SessionTime(KdSystemView system)
    {
        // The day is padded to two characters, as C's ctime pads it: "Thu Oct  1 14:13:42.872 2026".
        var now = DateTime.FromFileTimeUtc(system.SystemTimeAtBoot + system.InterruptTime);
        return string.Create(CultureInfo.InvariantCulture, $"{now:ddd MMM} {now.Day,2} {now:HH:mm:ss.fff yyyy} (UTC + 0:00)");
    }

    /// <summary>The kernel as WinDbg names it by its version: every 10.0 kernel, Windows 11's included, is "Windows 10".</summary>
    internal static string KernelName(WindowsVersion version) => (version.Major, version.Minor) switch
    {
        (6, 1) => "Windows 7",
        (6, 2) => "Windows 8",
        (6, 3) => "Windows 8.1",
        _ => "Windows 10",
    };
}
