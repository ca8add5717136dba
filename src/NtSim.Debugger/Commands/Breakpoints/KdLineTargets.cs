using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Commands.Threads;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>Source line breakpoints: WinDbg's source line expression <c>`[[Module!]Filename][:LineNumber]`</c> (the line
/// decimal unless it starts with 0x, the file a name or a path's tail) as a target of the machine's table, resolved by the
/// kernel to the first line at or after it with code (the line probes of an instrumented driver image), and how <c>bl</c>
/// and a hit show it.</summary>
internal static class KdLineTargets
{
    /// <summary>Whether <paramref name="expression"/> is a source line expression (in grave accents).</summary>
    internal static bool IsLine(string expression) => expression.StartsWith('`');

    /// <summary>The target of <c>`Zero!ZeroDriver.cs:72`</c>, or null when it is not one (no closing accent, no file, a
    /// line that is not a number).</summary>
    internal static BreakpointTarget? Parse(string expression)
    {
        if (expression.Length < 2 || !expression.EndsWith('`'))
        {
            return null;
        }

        var text = expression[1..^1];
        var bang = text.IndexOf('!', StringComparison.Ordinal);
        var module = bang > 0 ? text[..bang] : "";
        var rest = text[(bang + 1)..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !TryLine(rest[(colon + 1)..], out var line))
        {
            return null;
        }

        return BreakpointTarget.SourceLine(module, rest[..colon], line);
    }

    /// <summary>The source line and routine a line target stands at now ("[ZeroDriver.cs @ 99]", "Zero!ZeroRead"), or
    /// null while no loaded image has it.</summary>
    internal static (string Source, string Routine)? Bound(Machine machine, BreakpointTarget target)
    {
        if (machine.Breakpoints.Resolve(target) is not { } resolved)
        {
            return null;
        }

        var site = resolved.Line.Sites[0];
        var routine = KdStack.FromLocation(machine, $"{resolved.Module.Name}!{site.Method}").Symbol;
        // The file's name as k prints it (the PDB's full path is the build machine's): NtSim's choice for bl's "[file @ line]".
        return ($"[{Path.GetFileName(resolved.Line.File.Replace('\\', '/'))} @ {resolved.Line.Line}]", routine[..^"+0x0".Length]);
    }

    /// <summary>The line a break at a line stands at, as WinDbg names a place with source: "Zero!ZeroRead+0x0 [ZeroDriver.cs @ 99]".</summary>
    internal static string? Place(Machine machine, BreakReport report) =>
        report.Frames.Count > 0 ? KdStack.FromLocation(machine, report.Frames[0]).ToString()
        : report.Location is { } location ? KdStack.FromLocation(machine, location).ToString()
        : null;

    // "Line number is read as a decimal number unless you precede it with 0x" (source line syntax, WinDbg).
    private static bool TryLine(string text, out int line) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out line) && line > 0
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out line) && line > 0;
}
