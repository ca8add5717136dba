using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>A module whose code runs in the machine: the kernel ("nt") or a driver assembly.
/// Every allocation and resource is charged to the module whose code was running.</summary>
[DebuggerDisplay("{Name,nq}")]
public sealed class KernelModule
{
    internal KernelModule(string name, Assembly? assembly)
    {
        Name = name;
        Assembly = assembly;
    }

    /// <summary>The module name as a debugger shows it ("nt", "Sample").</summary>
    public string Name { get; }

    internal Assembly? Assembly { get; }

    public override string ToString() => Name;
}

/// <summary>The modules a machine has seen, by assembly.</summary>
internal sealed class ModuleList
{
    private static readonly Assembly s_kernelAssembly = typeof(ModuleList).Assembly;
    private readonly Dictionary<Assembly, KernelModule> _byAssembly = [];
    private readonly Lock _lock = new();

    internal ModuleList()
    {
        Kernel = new KernelModule("nt", s_kernelAssembly);
        _byAssembly.Add(s_kernelAssembly, Kernel);
    }

    internal KernelModule Kernel { get; }

    internal KernelModule For(Delegate routine) => For(routine.Method.Module.Assembly);

    internal KernelModule For(Assembly assembly)
    {
        lock (_lock)
        {
            if (!_byAssembly.TryGetValue(assembly, out var module))
            {
                module = new KernelModule(assembly.GetName().Name ?? "unknown", assembly);
                _byAssembly.Add(assembly, module);
            }

            return module;
        }
    }

    internal static bool IsNtSim(Assembly assembly) => assembly == s_kernelAssembly;
}
