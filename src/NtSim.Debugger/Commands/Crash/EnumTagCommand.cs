using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target;

namespace NtSim.Debugger.Commands.Crash;

/// <summary><c>.enumtag</c>: the secondary dump data blocks a crash dump holds (what KbCallbackSecondaryDumpData routines
/// gave at the bug check), each as <c>{GUID} - 0x&lt;size&gt; bytes</c> and hex+ASCII lines of 16 bytes (debugger.md §9).
/// Live, there is none: secondary data is not kept at a fixed place in memory ("Reading Bug Check Callback Data").</summary>
internal sealed class EnumTagCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".enumtag"];

    public override string Help => ".enumtag                the secondary data blocks the bug check callbacks wrote into a crash dump";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (context.Target is not KdDumpTarget dump)
        {
            context.Error("Secondary callback data is only in crash dumps: live, it is not stored at any fixed place in memory.");
            return;
        }

        foreach (var blob in dump.Dump.SecondaryData)
        {
            context.Line($"{Tag(blob.Tag)} - 0x{blob.Data.Length.ToString("x", CultureInfo.InvariantCulture)} bytes");
            KdHexRows.Write(context, blob.Data);
        }
    }

    // WinDbg writes the tag as {8-4-4-16}: the last two groups of the GUID run together.
    private static string Tag(Guid tag)
    {
        var text = tag.ToString("D", CultureInfo.InvariantCulture);
        return "{" + text[..23] + text[24..] + "}";
    }
}
