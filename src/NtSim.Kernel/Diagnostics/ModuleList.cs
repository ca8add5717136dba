using System.Reflection;

namespace NtSim;

/// <summary>
/// The modules a machine knows (PsLoadedModuleList): the kernel, the drivers started as services
/// (by their assembly, or for a driver type already loaded in the host, by that type), and the
/// host assemblies whose code runs on simulated threads. An unloaded driver's entries go, so the
/// list never keeps a driver's collectible assembly alive.
/// </summary>
internal sealed partial class ModuleList
{
    // Drivers load at fffff806`...: where Windows 10 x64 places them (nt sits at fffff800`...).
    private const ulong KernelImageBase = 0xFFFF_F800_0000_0000;
    private const ulong FirstDriverImageBase = 0xFFFF_F806_0000_0000;

    private static readonly Assembly s_kernelAssembly = typeof(ModuleList).Assembly;
    private readonly Dictionary<Assembly, KernelModule> _byAssembly = [];
    private readonly Dictionary<Type, KernelModule> _byType = [];
    private readonly Lock _lock = new();
    private ulong _nextImageBase = FirstDriverImageBase;

    internal ModuleList()
    {
        Kernel = new KernelModule("nt", s_kernelAssembly, KernelImageBase);
        _byAssembly.Add(s_kernelAssembly, Kernel);
    }

    internal KernelModule Kernel { get; }

    internal KernelModule For(Delegate routine) => For(routine.Method);

    /// <summary>The module of a method: the driver whose type (or an enclosing type) was installed
    /// as a service, else the module of its assembly.</summary>
    internal KernelModule For(MethodBase method)
    {
        var type = method.DeclaringType;
        if (type is not null)
        {
            lock (_lock)
            {
                if (_byType.Count > 0)
                {
                    for (var t = type; t is not null; t = t.DeclaringType)
                    {
                        if (_byType.TryGetValue(t, out var module))
                        {
                            return module;
                        }
                    }
                }
            }
        }

        return For(method.Module.Assembly);
    }

    internal KernelModule For(Assembly assembly)
    {
        lock (_lock)
        {
            if (_byAssembly.TryGetValue(assembly, out var module))
            {
                return module;
            }

            if (assembly.IsCollectible)
            {
                // Code of a collectible assembly no service loaded (or one already unloaded): a
                // module of its own that must not keep the assembly alive.
                return new KernelModule(assembly.GetName().Name ?? "unknown", null);
            }

            module = new KernelModule(assembly.GetName().Name ?? "unknown", assembly);
            _byAssembly.Add(assembly, module);
            return module;
        }
    }

    /// <summary>A driver module named <paramref name="name"/> for the code of <paramref name="assembly"/>
    /// (a driver assembly loaded in its own context).</summary>
    internal KernelModule LoadDriver(string name, Assembly assembly)
    {
        lock (_lock)
        {
            if (_byAssembly.TryGetValue(assembly, out var existing))
            {
                throw new InvalidOperationException($"The assembly {assembly.GetName().Name} is already the module {existing.Name}.");
            }

            var module = new KernelModule(name, assembly, NextImageBase());
            _byAssembly.Add(assembly, module);
            return module;
        }
    }

    /// <summary>A driver module named <paramref name="name"/> for the code of <paramref name="driverType"/>
    /// and the types nested in it (a driver type the host already loaded).</summary>
    internal KernelModule LoadDriver(string name, Type driverType)
    {
        lock (_lock)
        {
            if (_byType.TryGetValue(driverType, out var existing))
            {
                throw new InvalidOperationException($"The type {driverType.FullName} is already the module {existing.Name}.");
            }

            var module = new KernelModule(name, null, NextImageBase());
            _byType.Add(driverType, module);
            return module;
        }
    }

    /// <summary>MmUnloadSystemImage: the module's code is gone; its entries leave the list.</summary>
    internal void Unload(KernelModule module)
    {
        lock (_lock)
        {
            foreach (var assembly in _byAssembly.Where(p => p.Value == module).Select(p => p.Key).ToList())
            {
                _byAssembly.Remove(assembly);
            }

            foreach (var type in _byType.Where(p => p.Value == module).Select(p => p.Key).ToList())
            {
                _byType.Remove(type);
            }
        }

        module.MarkUnloaded();
    }

    /// <summary>The kernel and the driver images loaded now, by image base (what SystemModuleInformation lists).</summary>
    internal IReadOnlyList<KernelModule> Loaded()
    {
        lock (_lock)
        {
            return [.. _byAssembly.Values.Concat(_byType.Values).Append(Kernel)
                .Where(m => m.ImageBase != 0 && !m.IsUnloaded).Distinct().OrderBy(m => m.ImageBase)];
        }
    }

    internal static bool IsNtSim(Assembly assembly) => assembly == s_kernelAssembly;

    private ulong NextImageBase()
    {
        var imageBase = _nextImageBase;
        _nextImageBase += KernelModule.DefaultImageSize;
        return imageBase;
    }
}
