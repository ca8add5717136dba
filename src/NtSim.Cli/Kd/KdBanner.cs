using System.Globalization;
using NtSim.Debugger.Commands.Control;

namespace NtSim.Cli.Kd;

/// <summary>What ntsim kd prints when it connects to a machine, in the spirit of WinDbg's banner
/// (reference/debugger.md section 1): the target's version, the connection, then vertarget's block.</summary>
internal static class KdBanner
{
    internal static void Print(Machine machine, TextWriter output)
    {
        output.WriteLine("NtSim kernel debugger: WinDbg's commands on a simulated machine (.help lists them, q quits)");
        var version = machine.Options.WindowsVersion;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Connected to {VertargetCommand.KernelName(version)} {version.Build} x64 target at ({VertargetCommand.SessionTime(machine)}), ptr64 TRUE"));
        if (machine.Debugger.Attached)
        {
            output.WriteLine("Kernel Debugger connection established.");
        }

        foreach (var line in VertargetCommand.Lines(machine))
        {
            output.WriteLine(line);
        }
    }
}
