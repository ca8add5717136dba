namespace NtSim.Debugger.Engine;

/// <summary>
/// Resolves a name in an expression (<c>nt!Kd_DEFAULT_Mask</c>, <c>Zero!ZeroRead</c>, <c>@irql</c>) to a value.
/// Sources are found by reflection as commands are; the first that knows the name answers.
/// </summary>
internal abstract class KdSymbolSource
{
    private static readonly KdSymbolSource[] s_sources = [.. typeof(KdSymbolSource).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(KdSymbolSource)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (KdSymbolSource)Activator.CreateInstance(t)!)];

    /// <summary>The value of <paramref name="name"/>, if this source knows it.</summary>
    public abstract bool TryResolve(KdContext context, string name, out ulong value);

    internal static bool TryResolveAny(KdContext context, string name, out ulong value)
    {
        foreach (var source in s_sources)
        {
            if (source.TryResolve(context, name, out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }
}
