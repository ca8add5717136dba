using System.Text;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Memory;

/// <summary>
/// <c>da</c> and <c>du</c> <c>[range]</c>: an ASCII or a UTF-16 string, in quotes, up to 48 characters a line, until the
/// first null character or the end of the range; nonprintable characters show as periods. Source: "d, da, db, ...
/// (Display Memory)" (WinDbg docs).
/// </summary>
internal sealed class DisplayStringCommand : KdCommand
{
    private const int LineCharacters = 48;

    // NtSim's choice (the docs give none for da and du): at most 128 characters without an L count.
    private const int DefaultCharacters = 128;

    public override IReadOnlyList<string> Names { get; } = ["da", "du"];

    public override string Help => "da|du <address> [L <count>]  display an ASCII or a Unicode string";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var size = name == "du" ? 2 : 1;
        if (!KdRange.TryParse(context, name, arguments, size, DefaultCharacters, out var address, out var count))
        {
            return;
        }

        var line = new StringBuilder();
        var lineStart = address;
        var at = address;
        for (ulong i = 0; i < count; i++, at += (ulong)size)
        {
            var bytes = KdMemory.Read(context, at, size);
            if (bytes.Any(b => b is null))
            {
                // An unreadable character ends the string; with nothing read, the line shows WinDbg's question marks.
                if (i == 0)
                {
                    context.Line(KdFormat.Pointer(at) + "  ????????");
                    KdRange.DisplayedUpTo(context, at);
                    return;
                }

                break;
            }

            var character = size == 1 ? bytes[0]!.Value : bytes[0]!.Value | (bytes[1]!.Value << 8);
            if (character == 0)
            {
                break;
            }

            if (line.Length == LineCharacters)
            {
                context.Line($"{KdFormat.Pointer(lineStart)}  \"{line}\"");
                line.Clear();
                lineStart = at;
            }

            line.Append(character is < 0x20 or 0x7F ? '.' : (char)character);
        }

        context.Line($"{KdFormat.Pointer(lineStart)}  \"{line}\"");
        KdRange.DisplayedUpTo(context, at);
    }
}
