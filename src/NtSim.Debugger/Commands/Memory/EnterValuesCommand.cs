using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Memory;

/// <summary>
/// <c>eb</c>, <c>ew</c>, <c>ed</c>, <c>eq</c> <c>address values</c>: writes bytes, words, double words or quad words, one
/// value after another. A value is an expression (hex by default); <c>eb</c> also takes a character in single quotes.
/// Memory that cannot be read is not written: WinDbg's memory access error, nothing changed. Source: "e, ea, eb, ed,
/// eD, ef, ep, eq, eu, ew, eza (Enter Values)" (WinDbg docs).
/// </summary>
internal sealed class EnterValuesCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["eb", "ew", "ed", "eq"];

    public override string Help => "eb|ew|ed|eq <address> <values>  write bytes, words, dwords or qwords";

    public override void Run(KdContext context, string name, string arguments)
    {
        var size = name switch
        {
            "eb" => 1,
            "ew" => 2,
            "ed" => 4,
            _ => 8,
        };
        var command = KdErrors.Command(name, arguments);
        var words = KdCommandLine.Words(arguments);
        if (words.Count < 2)
        {
            // WinDbg would prompt for the values; a command line has to give them.
            context.SyntaxError(command, command.Length);
            return;
        }

        if (context.Evaluate(words[0]) is not { } address)
        {
            return;
        }

        var bytes = new byte[(words.Count - 1) * size];
        for (var i = 1; i < words.Count; i++)
        {
            if (Value(context, words[i], size) is not { } value)
            {
                return;
            }

            if (size < 8 && value >> (size * 8) != 0)
            {
                KdErrors.Caret(context, "Range error", command, command.Length - 1);
                return;
            }

            for (var j = 0; j < size; j++)
            {
                // Little-endian, as x64 stores it.
                bytes[((i - 1) * size) + j] = (byte)(value >> (j * 8));
            }
        }

        if (!KdMemory.TryWrite(context, address, bytes))
        {
            KdErrors.Caret(context, "Memory access error", command, command.Length - 1);
        }
    }

    private static ulong? Value(KdContext context, string word, int size) =>
        size == 1 && word.Length == 3 && word[0] == '\'' && word[2] == '\'' ? word[1] : context.Evaluate(word);
}
