using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Crash;

/// <summary>
/// <c>!bugdump [Component]</c>: the buffers of the old-style bug check callbacks (KeRegisterBugCheckCallback), after a bug
/// check, on the live machine only: NtSim's dump does not hold them, and Windows writes the dump before those routines
/// run, so a dump's copy would not hold what they wrote (!bugdump, WDK). Component is KeRegisterBugCheckCallback's last
/// parameter. The layout is NtSim's (the WDK page shows none): per record its component, state and length, then its
/// bytes as .enumtag prints them, in the order the routines were called (newest registration first).
/// </summary>
internal sealed class BugDumpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!bugdump"];

    public override string Help => "!bugdump [Component]    the buffers the bug check callbacks (KeRegisterBugCheckCallback) filled";

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count > 1)
        {
            context.SyntaxError(name + " " + arguments, name.Length + 1 + arguments.IndexOf(words[1], StringComparison.Ordinal));
            return;
        }

        var machine = context.Machine;
        if (machine.BugCheck is null)
        {
            context.Error("!bugdump can only be used after a bug check has occurred.");
            return;
        }

        var component = words.Count == 1 ? words[0] : null;
        var records = machine.BugCheckCallbacks.BufferRecords
            .Where(r => component is null || string.Equals(r.Component, component, StringComparison.OrdinalIgnoreCase)).ToList();
        if (records.Count == 0)
        {
            context.Error(component is null ? "No bug check callback buffers are registered." : $"No bug check callback buffer for component '{component}'.");
            return;
        }

        foreach (var record in records)
        {
            var length = (int)Math.Min(record.Length, (uint)record.Buffer.Length);
            context.Line($"Dumping data for component {record.Component} ({record.State}, 0x{length.ToString("x", CultureInfo.InvariantCulture)} bytes)");
            KdHexRows.Write(context, record.Buffer.Span[..length]);
        }
    }
}
