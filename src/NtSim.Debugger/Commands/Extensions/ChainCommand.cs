using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Extensions;

/// <summary>
/// <c>.chain</c>: the extensions in search order, in dbgeng's layout (<c>    name: image 1.0.0.0, API 1.0.0</c> and
/// <c>        [path: ...]</c>). The built-in ! commands come first (they are searched first) as one entry; WinDbg's
/// "Extension DLL search Path:" and the build time stamp are left out: NtSim has no extension path and keeps no
/// image time stamps. Source: ".chain (List Debugger Extensions)".
/// </summary>
internal sealed class ChainCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".chain"];

    public override string Help => ".chain  list the debugger extensions in search order";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        context.Line("Extension DLL chain:");
        context.Line("    NtSim.Debugger: built in (the ! commands .help lists), searched first");
        foreach (var extension in context.Session.Extensions.Loaded)
        {
            // API major.minor.revision: a DbgEng extension's revision is 0.
            context.Line(string.Create(CultureInfo.InvariantCulture,
                $"    {extension.Name}: image {extension.Image}, API {extension.ApiVersion >> 16}.{extension.ApiVersion & 0xFFFF}.0"));
            context.Line($"        [path: {extension.Path}]");
        }
    }
}
