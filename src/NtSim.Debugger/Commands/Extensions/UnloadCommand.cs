using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Extensions;

/// <summary><c>.unload [name]</c> (the head of the chain with no name) and <c>.unloadall</c>: "Unloading x extension DLL"
/// for each, as dbgeng prints it. Source: ".unload (Unload Extension DLL)", ".unloadall".</summary>
internal sealed class UnloadCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".unload", ".unloadall"];

    public override string Help => ".unload [name], .unloadall  unload a debugger extension, or all of them";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var extensions = context.Session.Extensions;
        if (name == ".unloadall")
        {
            extensions.UnloadAll(context);
            return;
        }

        var extension = arguments.Trim().Trim('"');
        if (!extensions.Unload(context, extension.Length == 0 ? null : extension))
        {
            // dbgeng unloads a name it does not know without a word; NtSim says so.
            context.Error(extension.Length == 0 ? "No extension DLL is loaded" : $"No extension DLL named {extension} is loaded");
        }
    }
}
