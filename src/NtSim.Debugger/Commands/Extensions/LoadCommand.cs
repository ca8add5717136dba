using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Extensions;

/// <summary><c>.load path</c>: loads an extension assembly (docs/extensions.md). Nothing is printed on success, as WinDbg
/// prints nothing; a bad path is LoadLibrary's error in dbgeng's words. Source: ".load, .loadby (Load Extension DLL)".</summary>
internal sealed class LoadCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".load"];

    public override string Help => ".load <path>  load a debugger extension assembly";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var path = arguments.Trim().Trim('"');
        if (path.Length == 0)
        {
            context.Error("No extension DLL name provided");
            return;
        }

        context.Session.Extensions.Load(context, path);
    }
}
