using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Modules;

/// <summary><c>lm [v] [m pattern]</c>: the loaded modules (nt and the drivers) with their image ranges.</summary>
internal sealed class LmCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["lm", "lmv", "lmm", "lmvm"];

    public override string Help => "lm [v] [m <pattern>]    loaded modules: image start, end, name (v: details)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var verbose = name.Contains('v', StringComparison.Ordinal);
        var pattern = "*";
        var words = KdCommandLine.Words(arguments);
        var expectPattern = name is "lmm" or "lmvm";
        foreach (var word in words)
        {
            if (expectPattern)
            {
                pattern = word;
                expectPattern = false;
            }
            else if (word is "v" or "m" or "vm")
            {
                verbose |= word.Contains('v', StringComparison.Ordinal);
                expectPattern = word.EndsWith('m');
            }
            else
            {
                context.Error($"Unrecognized option '{word}'");
                return;
            }
        }

        if (expectPattern)
        {
            context.Error("Missing module pattern after 'm'");
            return;
        }

        context.Line("start             end                 module name");
        foreach (var module in context.Target.Snapshot.Modules.Where(m => KdWildcard.Matches(pattern, m.Name)))
        {
            // NtSim names routines from the assembly's metadata, as a pdb would: "(pdb symbols)", with no pdb path to show.
            context.Line($"{KdFormat.Pointer(module.ImageBase)} {KdFormat.Pointer(module.ImageBase + module.ImageSize)}   {module.Name.PadRight(10)} (pdb symbols)");
            if (verbose)
            {
                Details(context, module);
            }
        }
    }

    // Timestamp, CheckSum and version resources have no NtSim equivalent and are left out.
    private static void Details(KdContext context, KdModuleView module)
    {
        if (module.ImageName is { } image)
        {
            context.Line($"    Image name: {image}");
        }

        context.Line($"    ImageSize:        {KdFormat.Hex32((uint)module.ImageSize).ToUpperInvariant()}");
    }
}
