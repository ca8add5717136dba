using System.Reflection;
using System.Runtime.Loader;

namespace NtSim;

/// <summary>
/// The collectible load context of one driver assembly (its "system image"): the driver and its
/// private dependencies come from the driver's folder; NtSim.Kernel and the framework come from the
/// default context, so that IDriver, DRIVER_OBJECT and the rest are the host's own types. A user's
/// client assembly (Machine.StartProcess by path) loads in one of its own by the same rules.
/// </summary>
internal sealed class DriverLoadContext : AssemblyLoadContext
{
    /// <summary>The framework's assembly (NtSim.Wdf, the Wdf01000.sys of KMDF drivers).</summary>
    internal const string FrameworkName = "NtSim.Wdf";

    private static readonly string s_kernelName = typeof(IDriver).Assembly.GetName().Name!;
    private static readonly Lazy<HashSet<string>> s_platform = new(PlatformAssemblyNames);
    private readonly AssemblyDependencyResolver? _resolver;
    private readonly string _folder;

    /// <summary>A context named <paramref name="contextName"/> ("NtSim driver Zero") for the assembly at <paramref name="driverPath"/>.</summary>
    internal DriverLoadContext(string contextName, string driverPath)
        : base(contextName, isCollectible: true)
    {
        _folder = Path.GetDirectoryName(driverPath)!;
        try
        {
            _resolver = new AssemblyDependencyResolver(driverPath);
        }
        catch (InvalidOperationException)
        {
            // No usable .deps.json beside the driver: probe its folder only.
            _resolver = null;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (name is null || string.Equals(name, s_kernelName, StringComparison.OrdinalIgnoreCase) || s_platform.Value.Contains(name))
        {
            // The default context's copy: one NtSim.Kernel, one framework.
            return null;
        }

        if (string.Equals(name, FrameworkName, StringComparison.OrdinalIgnoreCase))
        {
            return LoadFramework(assemblyName);
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            var probe = Path.Combine(_folder, name + ".dll");
            path = File.Exists(probe) ? probe : null;
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <summary>The framework is one per process, as Wdf01000.sys is one per system: from the default
    /// context (the host's reference), else the file beside NtSim.Kernel, else the driver's folder; it
    /// is loaded into the default context either way, never into a driver's own (a driver package need
    /// not carry it, and the driver store copies only the files its INF lists).</summary>
    private Assembly? LoadFramework(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            var beside = Path.Combine(Path.GetDirectoryName(typeof(IDriver).Assembly.Location) ?? "", FrameworkName + ".dll");
            var local = Path.Combine(_folder, FrameworkName + ".dll");
            var path = File.Exists(beside) ? beside : File.Exists(local) ? local : null;
            return path is null ? null : Default.LoadFromAssemblyPath(path);
        }
    }

    protected override nint LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? 0 : LoadUnmanagedDllFromPath(path);
    }

    private static HashSet<string> PlatformAssemblyNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
        {
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }
        }

        foreach (var assembly in Default.Assemblies)
        {
            if (assembly.GetName().Name is { } loaded)
            {
                names.Add(loaded);
            }
        }

        return names;
    }
}
