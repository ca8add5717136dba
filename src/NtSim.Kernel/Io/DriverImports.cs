using System.Runtime.CompilerServices;
using Mono.Cecil;

namespace NtSim;

/// <summary>
/// A driver assembly's imports from the kernel, resolved at load as MmLoadSystemImage resolves a driver's
/// imports from ntoskrnl: the Wdm functions its IL calls, read from its metadata without loading it. A
/// function newer than the machine's Windows release is an import that release cannot resolve, and the
/// load fails with STATUS_PROCEDURE_NOT_FOUND (StartService's ERROR_PROC_NOT_FOUND, 127), as on Windows.
/// </summary>
internal static class DriverImports
{
    /// <summary>The DDIs the assembly at <paramref name="path"/> calls that <paramref name="version"/> does
    /// not export, by name, each with the release it appeared in. Empty when every import resolves, or when
    /// the file cannot be read as an assembly (the load reports that itself).</summary>
    internal static IReadOnlyList<(string Routine, WindowsVersion Since)> Unresolved(string path, WindowsVersion version)
    {
        RuntimeHelpers.RunClassConstructor(typeof(DdiTable).TypeHandle);
        var newer = Ddi.All.Where(d => d.MinimumVersion > version).ToDictionary(d => d.Name, d => d.MinimumVersion, StringComparer.Ordinal);
        if (newer.Count == 0)
        {
            return [];
        }

        ModuleDefinition module;
        try
        {
            module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadingMode = ReadingMode.Deferred, InMemory = true });
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException or ArgumentException)
        {
            return [];
        }

        using (module)
        {
            var wdm = typeof(Wdm).FullName;
            var kernel = typeof(Wdm).Assembly.GetName().Name;
            return module.GetMemberReferences()
                .OfType<MethodReference>()
                .Where(m => m.DeclaringType.FullName == wdm && m.DeclaringType.Scope.Name == kernel && newer.ContainsKey(m.Name))
                .Select(m => m.Name)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(name => (name, newer[name]))
                .ToList();
        }
    }

    /// <summary>Why the load fails: "imports ExAllocatePool2 (Windows 10 2004 and later), which Windows 10 1909 does not export".</summary>
    internal static string Describe(string path, IReadOnlyList<(string Routine, WindowsVersion Since)> unresolved, WindowsVersion version) =>
        $"{path} imports {string.Join(", ", unresolved.Select(u => $"{u.Routine} ({u.Since.Name} and later)"))}, which {version.Name} does not export";
}
