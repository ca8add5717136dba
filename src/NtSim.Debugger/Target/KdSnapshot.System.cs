using NtSim.Debugger.Commands.Control;
using NtSim.Debugger.Commands.Crash;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The machine as a whole (vertarget, the banner).</summary>
    [KdSection("system", InSmallDump = true)]
    internal KdSystemView? System => Section("system", CaptureSystem, null);

    /// <summary>The bug check, or null when the machine has not bug checked.</summary>
    [KdSection("bugcheck", InSmallDump = true)]
    internal KdBugCheckView? BugCheck => Section("bugcheck", CaptureBugCheck, null);

    private static KdSystemView CaptureSystem(Machine machine)
    {
        var version = machine.Options.WindowsVersion;
        return new KdSystemView(VertargetCommand.KernelName(version), version.Build,
            version.ServicePackMajor == 0 ? null : $"Service Pack {version.ServicePackMajor}",
            machine.Processors.Count, machine.Modules.Kernel.ImageBase, machine.InterruptTime, machine.SystemTimeAtBoot);
    }

    private static KdBugCheckView? CaptureBugCheck(Machine machine) =>
        machine.BugCheck is not { } b ? null
        : new KdBugCheckView(b.Code, b.Parameter1, b.Parameter2, b.Parameter3, b.Parameter4, b.Detail, b.Module, b.Location,
            b.Thread, b.Processor, b.InterruptTime, b.Code == Wdm.WDF_VIOLATION ? FaultSite.OfWdf(machine, b).Driver : null);
}
