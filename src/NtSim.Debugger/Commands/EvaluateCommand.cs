using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands;

/// <summary><c>? expression</c>: the value in decimal and as a 64-bit hex number.</summary>
internal sealed class EvaluateCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["?"];

    public override string Help => "? <expression>          evaluate an expression (hex by default; 0n decimal, 0y binary)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Line("Evaluate expression: 0 = " + KdFormat.Pointer(0));
            return;
        }

        if (context.Evaluate(arguments) is { } value)
        {
            context.Line($"Evaluate expression: {((long)value).ToString(CultureInfo.InvariantCulture)} = {KdFormat.Pointer(value)}");
        }
    }
}
