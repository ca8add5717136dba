using System.Runtime.CompilerServices;

namespace NtSim.Tests.Kd;

/// <summary>Machines for the assertion and breakpoint tests: a checked or free driver build, and a
/// kernel debugger off, enabled or attached.</summary>
internal static class AssertMachines
{
    public static Machine Boot(bool isChecked, KernelDebugging debugging = KernelDebugging.Off, ExecutionMode mode = ExecutionMode.Deterministic) =>
        Machine.Boot(new MachineOptions { Processors = 1, Checked = isChecked, KernelDebugging = debugging, Mode = mode });

    /// <summary>The line it is called on: a test writes it on the line of the assertion it expects in a report.</summary>
    public static int LineHere([CallerLineNumber] int line = 0) => line;

    /// <summary>The events of the trace that report breaks and unreported assertions.</summary>
    public static IReadOnlyList<TraceEvent> Breaks(Machine machine) => [.. machine.Trace.Events.Where(e => e.Kind == TraceKind.Break)];
}
