using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace NtSim;

/// <summary>
/// The libraries a driver image binds to before DriverEntry: every assembly it references that
/// carries <see cref="DriverLibraryAttribute"/> (the framework's Wdf01000 for a KMDF driver, as the
/// import of WdfLdr's WdfVersionBind marks a KMDF image). A driver that references none binds to nothing.
/// </summary>
internal static class DriverLibraries
{
    private static readonly ConcurrentDictionary<string, IDriverLibraryBinder?> s_binders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Binds <paramref name="driverType"/> to each library its assembly references; the first
    /// failure is returned (STATUS_SUCCESS when every bind succeeds or there is nothing to bind).</summary>
    internal static NTSTATUS Bind(KTHREAD thread, Type driverType, string registryPath, out string? problem)
    {
        problem = null;
        foreach (var reference in driverType.Assembly.GetReferencedAssemblies())
        {
            if (BinderOf(driverType.Assembly, reference) is not { } binder)
            {
                continue;
            }

            var status = binder.Bind(thread, driverType, registryPath, out problem);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }
        }

        return Wdm.STATUS_SUCCESS;
    }

    private static IDriverLibraryBinder? BinderOf(Assembly driver, AssemblyName reference)
    {
        var name = reference.Name;
        if (name is null || IsPlatform(name))
        {
            return null;
        }

        return s_binders.GetOrAdd(name, _ => Create(driver, reference));
    }

    private static IDriverLibraryBinder? Create(Assembly driver, AssemblyName reference)
    {
        Assembly library;
        try
        {
            var context = AssemblyLoadContext.GetLoadContext(driver) ?? AssemblyLoadContext.Default;
            library = context.LoadFromAssemblyName(reference);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A reference that does not resolve is the driver's own problem, met when its code runs.
            return null;
        }

        return library.GetCustomAttribute<DriverLibraryAttribute>() is { } attribute
            ? Activator.CreateInstance(attribute.Binder, nonPublic: true) as IDriverLibraryBinder
            : null;
    }

    private static bool IsPlatform(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name is "mscorlib" or "netstandard" || name == typeof(IDriver).Assembly.GetName().Name;
}
