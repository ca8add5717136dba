using System.Globalization;
using NtSim.Debugger;
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

    /// <summary>What ntsim kd -z prints when it opens a crash dump, as WinDbg does: the file, its kind, vertarget's block.</summary>
    internal static void Print(KernelDebugger debugger, TextWriter output)
    {
        output.WriteLine("NtSim kernel debugger: WinDbg's commands on a crash dump (.help lists them, q quits)");
        output.WriteLine();
        output.WriteLine($"Loading Dump File [{debugger.DumpPath}]");
        if (debugger.Target is NtSim.Debugger.Target.KdDumpTarget dump)
        {
            output.WriteLine(dump.Dump.Description);
        }

        output.WriteLine();
        output.Write(debugger.Execute("vertarget"));
    }
}
