using NtSim.Debugger.Dump;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Crash;

/// <summary><c>.dump [/f | /m] [/o] FileName</c>: writes a crash dump of the live machine as it stands, without a
/// crash: /m (the default) a small memory dump, /f a complete one, which NtSim writes as a kernel memory dump (it
/// keeps no user pages). An existing file is overwritten only with /o, as WinDbg's .dump. No bug check callbacks
/// run, so the dump holds no secondary data.</summary>
internal sealed class DumpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".dump"];

    public override string Help => ".dump [/f|/m] [/o] file  write a crash dump of the machine as it stands (/m small, the default; /f full)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var full = false;
        var overwrite = false;
        var words = KdCommandLine.Words(arguments);
        var file = words.Count > 0 && words[^1] is not ("/f" or "/m" or "/o") ? words[^1] : null;
        foreach (var option in words.Take(file is null ? words.Count : words.Count - 1))
        {
            switch (option)
            {
                case "/f":
                    full = true;
                    break;
                case "/m":
                    full = false;
                    break;
                case "/o":
                    overwrite = true;
                    break;
                default:
                    context.Error($"Unknown option '{option}' (NtSim's .dump knows /f, /m and /o)");
                    return;
            }
        }

        if (file is null)
        {
            context.Error("Usage: .dump [/f|/m] [/o] FileName");
            return;
        }

        var path = Path.GetFullPath(file.Trim('"'));
        if (File.Exists(path) && !overwrite)
        {
            context.Error($"Dump file '{path}' already exists");
            context.Error("  Please specify /o to overwrite it");
            return;
        }

        context.Line($"Creating {path} - {(full ? "kernel summary dump" : "mini kernel dump")}");
        try
        {
            CrashDumpWriter.Write(context.Machine, path, small: !full, () => []);
            context.Line("Dump successfully written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error($"Unable to create dump file '{path}': {e.Message}");
        }
    }
}
