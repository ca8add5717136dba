namespace NtSim;

internal sealed partial class ModuleList
{
    /// <summary>The types whose code is <paramref name="module"/>'s (a debugger's symbols): every type of a
    /// driver assembly, or for a driver type the host loaded, that type and the types nested in it.
    /// Empty for the kernel and for an unloaded module.</summary>
    internal IReadOnlyList<Type> CodeTypesOf(KernelModule module)
    {
        if (module == Kernel || module.IsUnloaded)
        {
            return [];
        }

        lock (_lock)
        {
            var roots = _byType.Where(p => p.Value == module).Select(p => p.Key).ToList();
            if (roots.Count > 0)
            {
                return [.. roots.SelectMany(WithNested).Distinct()];
            }

            return [.. _byAssembly.Where(p => p.Value == module).SelectMany(p => p.Key.GetTypes()).Distinct()];
        }
    }

    /// <summary>The loaded module whose image holds <paramref name="address"/>, if any.</summary>
    internal KernelModule? LoadedAt(ulong address) =>
        Loaded().FirstOrDefault(m => address >= m.ImageBase && address - m.ImageBase < m.ImageSize);

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .SelectMany(WithNested).Prepend(type);
}
