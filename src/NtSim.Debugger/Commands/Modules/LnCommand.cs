using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Modules;

/// <summary><c>ln address</c>: the routine at or before an address and the next one after it.</summary>
internal sealed class LnCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["ln"];

    public override string Help => "ln <address>            the nearest routines around an address";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.SyntaxError(name, name.Length);
            return;
        }

        if (context.Evaluate(arguments) is not { } address)
        {
            return;
        }

        var (_, below, above) = KdSymbols.Near(context.Target, address);
        if (below is null && above is null)
        {
            // WinDbg prints nothing for an address no module's symbols cover.
            return;
        }

        // Layout as WinDbg prints it (its DML links "Browse module" / "Set bu breakpoint" left out).
        var left = below is null ? "" : $"({KdFormat.Pointer(below.Address)})   {below.FullName}{Displacement(address - below.Address)}";
        var right = above is null ? "" : $"({KdFormat.Pointer(above.Address)})   {above.FullName}";
        context.Line(below is not null && above is not null ? $"{left}   |  {right}" : left + right);
        if (below is not null && below.Address == address)
        {
            context.Line("Exact matches:");
            context.Line($"    {below.FullName} {below.Signature}");
        }
    }

    private static string Displacement(ulong offset) =>
        offset == 0 ? "" : "+0x" + offset.ToString("x", CultureInfo.InvariantCulture);
}
