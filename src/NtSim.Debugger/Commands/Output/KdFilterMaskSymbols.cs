using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Output;

/// <summary>Resolves <c>nt!Kd_&lt;COMPONENT&gt;_Mask</c> (also without <c>nt!</c>, in any case, as WinDbg matches symbols) to its address.</summary>
internal sealed class KdFilterMaskSymbols : KdSymbolSource
{
    public override bool TryResolve(KdContext context, string name, out ulong value)
    {
        var symbol = name.StartsWith("nt!", StringComparison.OrdinalIgnoreCase) ? name[3..] : name;
        // The masks live in the running kernel's image; a dump does not keep them.
        if (context.Target.Live is not null && symbol.StartsWith("Kd_", StringComparison.OrdinalIgnoreCase) && symbol.EndsWith("_Mask", StringComparison.OrdinalIgnoreCase)
            && symbol.Length > "Kd__Mask".Length)
        {
            return KdFilterMasks.TryAddress(context.Machine, symbol["Kd_".Length..^"_Mask".Length], out value);
        }

        value = 0;
        return false;
    }
}
