using Xunit.Abstractions;

namespace NtSim.Testing;

public static partial class MachineTestExtensions
{
    /// <summary>Writes every DbgPrint, DbgPrintEx and KdPrint line of the machine to
    /// <paramref name="output"/> ("[0.000150 P1] text"), those printed so far and each later one as it
    /// is printed, whether or not the debug print filter shows it to a debugger. xUnit shows the lines
    /// with the test's result.</summary>
    public static void RouteDebugOutput(this Machine machine, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(output);
        var route = new DebugOutputRoute(output);
        foreach (var message in machine.DebugOutput.Messages)
        {
            route.Write(message);
        }

        machine.DebugOutput.Recorded += route.Write;
    }

    /// <summary>Every DbgPrint, DbgPrintEx and KdPrint text so far, shown or filtered, in order, as one
    /// string (each message keeps its own "\n").</summary>
    public static string DebugText(this Machine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        return string.Concat(machine.DebugOutput.Messages.Select(m => m.Text));
    }
}
