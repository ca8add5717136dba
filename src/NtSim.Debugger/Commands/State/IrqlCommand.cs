using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary><c>!irql [processor]</c>: the IRQL the processor was at when the debugger broke in.</summary>
internal sealed class IrqlCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!irql"];

    public override string Help => "!irql [processor]       the processor's saved IRQL";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (KdProcessors.Parse(context, arguments) is { } processor)
        {
            context.Line($"Debugger saved IRQL for processor 0x{processor.Number.ToString("x", CultureInfo.InvariantCulture)} -- {KdProcessors.IrqlText(processor.Irql)}");
        }
    }
}
