using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Crash;

/// <summary>Where a bug check puts the fault, read from <see cref="BugCheckInfo"/>: the module, the routine
/// (<c>Zero!ZeroDriver.ZeroRead</c>, null when only the module is known) and its source file and line.</summary>
internal sealed record FaultSite(string Module, string? Symbol, string? File, int Line)
{
    /// <summary>The kernel's module name, blamed when no driver's code was running.</summary>
    internal const string Kernel = "nt";

    /// <summary>The framework's module as Windows names it: NtSim.Wdf plays Wdf01000.sys.</summary>
    internal const string Framework = "Wdf01000";

    private static readonly string s_frameworkAssembly = typeof(FxLibrary).Assembly.GetName().Name!;

    /// <summary>The image name as IMAGE_NAME and "Probably caused by" print it: a driver's <c>.sys</c>,
    /// the kernel's ntkrnlmp.exe (the multiprocessor kernel image).</summary>
    internal string ImageName => Module == Kernel ? "ntkrnlmp.exe" : Module + ".sys";

    /// <summary>The frame of the framework's bug check and, for WDF_VIOLATION, the client driver it names by its
    /// FxDriverGlobals (P4): the module !analyze blames, as it blames the driver below Wdf01000's frames.</summary>
    internal static (FaultSite Frame, string? Driver) OfWdf(Machine machine, BugCheckInfo bugCheck)
    {
        var site = Of(bugCheck);
        var globals = FxLibrary.Of(machine).Clients.FirstOrDefault(c => c.Address == bugCheck.Parameter4);
        return (site, globals?.ServiceName);
    }

    /// <summary>The frame as a stack line prints it: <c>Zero!ZeroDriver.ZeroRead [ZeroDriver.cs @ 72]</c>.</summary>
    internal string? Frame => Symbol is null ? null
        : File is null ? Symbol : string.Create(CultureInfo.InvariantCulture, $"{Symbol} [{File} @ {Line}]");

    /// <summary>The routine as its module's symbols name it (Engine/KdSymbols: <c>Zero!ZeroRead</c>, as x, ln and k
    /// print it), where the module is still loaded; else as recorded.</summary>
    internal FaultSite Named(Target.KdTarget target) =>
        Symbol is not null && KdSymbols.Find(target, Symbol) is { } symbol ? this with { Symbol = symbol.FullName } : this;

    /// <summary>Reads "Module!Type.Method, File.cs:42" (<see cref="BugCheckInfo.Location"/>) and the module.</summary>
    internal static FaultSite Of(BugCheckInfo bugCheck)
    {
        var module = bugCheck.Module ?? Kernel;
        var location = bugCheck.Location;
        if (module == s_frameworkAssembly)
        {
            module = Framework;
            location = location is null ? null : Framework + location[s_frameworkAssembly.Length..];
        }

        if (location is null)
        {
            return new FaultSite(module, null, null, 0);
        }

        var (symbol, site) = KdLocation.Split(location);
        if (site is null)
        {
            return new FaultSite(module, symbol, null, 0);
        }

        var colon = site.LastIndexOf(':');
        return colon > 0 && int.TryParse(site[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new FaultSite(module, symbol, site[..colon], line)
            : new FaultSite(module, symbol, null, 0);
    }
}
