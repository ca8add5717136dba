using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.KdFiles;

/// <summary>
/// <c>.kdfiles</c>: the driver replacement map (reference/debugger.md section 10; "Mapping Driver Files"). <c>.kdfiles
/// &lt;file&gt;</c> loads a map file in place of the map, <c>-m old new</c> adds an association, <c>-s file</c> saves the map,
/// <c>-c</c> clears it, and no argument lists it. The map lives on the machine's debugger connection
/// (<see cref="DebuggerConnection.Replacements"/>), which applies it at the next load of a driver.
/// </summary>
internal sealed class KdFilesCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".kdfiles"];

    public override string Help => ".kdfiles [file|-m old new|-s file|-c]  the driver replacement map: load, add, save, clear, list";

    public override void Run(KdContext context, string name, string arguments)
    {
        var map = context.Machine.Debugger.Replacements;
        if (arguments.Length == 0)
        {
            List(context, map);
            return;
        }

        if (!IsOption(arguments))
        {
            Load(context, map, Unquote(arguments));
            return;
        }

        var words = KdCommandLine.Words(arguments);
        var option = words[0].Length > 1 ? words[0][1..] : "";
        switch (option.ToLowerInvariant())
        {
            case "c" when words.Count == 1:
                map.Clear();
                context.Line("KD file associations cleared");
                break;
            case "m" when words.Count == 3:
                map.Add(words[1], words[2]);
                break;
            case "s" when words.Count == 2:
                Save(context, map, words[1]);
                break;
            case "c" or "m" or "s":
                context.Error($"Usage: .kdfiles {Usage(option)}");
                break;
            default:
                // dbgeng's words for an option it does not know.
                context.Error($"Unknown option '{option}'");
                break;
        }
    }

    /// <summary>The map file's name (its source) then its associations as the map file writes them (a layout
    /// debugger.md does not give: each association as its three-line block); none: dbgeng's line.</summary>
    private static void List(KdContext context, DriverReplacementMap map)
    {
        var entries = map.Entries;
        if (entries.Count == 0)
        {
            context.Line("No KD file associations set");
            return;
        }

        if (map.Source is { } source)
        {
            context.Line($"KD file associations loaded from '{source}'");
        }

        context.Output.Write(DriverReplacementFile.Format(entries));
    }

    private static void Load(KdContext context, DriverReplacementMap map, string file)
    {
        if (!TryRead(file, out var text, out var why))
        {
            Refuse(context, $"'{file}': {why}");
            return;
        }

        if (!DriverReplacementFile.TryParse(text!, out var entries, out var line, out var fault))
        {
            Refuse(context, $"'{file}' line {line}: {fault}");
            return;
        }

        map.Load(entries, file);
        context.Line($"KD file associations loaded from '{file}'");
    }

    /// <summary>WinDbg's message ("Unable to load file associations"), then where the file is at fault; the map stays as it was.</summary>
    private static void Refuse(KdContext context, string where)
    {
        context.Error("Unable to load file associations");
        context.Error("  " + where);
    }

    private static void Save(KdContext context, DriverReplacementMap map, string file)
    {
        try
        {
            File.WriteAllText(file, DriverReplacementFile.Format(map.Entries));
            context.Line($"KD file associations saved to '{file}'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error($"Unable to save file associations to '{file}': {e.Message}");
        }
    }

    private static bool TryRead(string file, out string? text, out string? why)
    {
        text = null;
        why = null;
        try
        {
            if (!File.Exists(file))
            {
                why = "there is no such file";
                return false;
            }

            if (!NtSim.Setup.HostFile.IsRegular(file))
            {
                // Reading a pipe would wait for a writer.
                why = NtSim.Setup.HostFile.NotRegular;
                return false;
            }

            text = File.ReadAllText(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            why = e.Message;
            return false;
        }
    }

    /// <summary>An option: <c>-x</c>, or <c>/x</c> (one letter, so that a host path starting with '/' is a map file).</summary>
    private static bool IsOption(string arguments) =>
        arguments[0] == '-' || (arguments[0] == '/' && (arguments.Length == 2 || (arguments.Length > 2 && char.IsWhiteSpace(arguments[2]))));

    private static string Usage(string option) => option.ToLowerInvariant() switch
    {
        "m" => "-m <OldDriver> <NewDriver>",
        "s" => "-s <SaveFile>",
        _ => "-c",
    };

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
}
