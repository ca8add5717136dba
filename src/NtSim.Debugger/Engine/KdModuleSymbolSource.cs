namespace NtSim.Debugger.Engine;

/// <summary>Resolves <c>module!routine</c> (<c>Zero!ZeroRead</c>, <c>nt!IoCompleteRequest</c>) to the routine's address (<see cref="KdSymbols"/>).</summary>
internal sealed class KdModuleSymbolSource : KdSymbolSource
{
    public override bool TryResolve(KdContext context, string name, out ulong value)
    {
        value = KdSymbols.Find(context.Target, name)?.Address ?? 0;
        return value != 0;
    }
}
