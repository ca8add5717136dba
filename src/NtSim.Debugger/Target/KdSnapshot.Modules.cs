using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The loaded modules by image base, with their symbols (lm, x, ln, every routine name).</summary>
    [KdSection("modules", InSmallDump = true)]
    internal IReadOnlyList<KdModuleView> Modules => Section<IReadOnlyList<KdModuleView>>("modules", CaptureModules, []);

    private static List<KdModuleView> CaptureModules(Machine machine) =>
        [.. machine.Modules.Loaded().Select(module => new KdModuleView(module.Name, module.ImageBase, module.ImageSize, ImageName(machine, module),
            [.. KdSymbols.Of(machine, module).Select(s => new KdSymbolView(module.Name, s.Name, s.Address, s.Signature, CodeNames.Of(s.Method)))]))];

    // The assembly that plays the image: NtSim.Kernel.dll for nt, the driver's assembly for a driver.
    private static string? ImageName(Machine machine, KernelModule module)
    {
        var image = module == machine.Modules.Kernel
            ? typeof(Machine).Assembly
            : module.Assembly ?? machine.Modules.CodeTypesOf(module).FirstOrDefault()?.Assembly;
        return image?.GetName().Name is { } name ? name + ".dll" : null;
    }
}
