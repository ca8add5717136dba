using System.Reflection;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// Unloads a driver's collectible load context and checks that it is collected: a weak reference
/// and a bounded number of full collections. A context that stays alive is referred to from
/// outside; what NtSim knows of (set timers, queued DPCs and work items, threads, undeleted
/// devices, the driver's non-null static fields at unload) is reported.
/// </summary>
internal static class LoadContextUnloader
{
    /// <summary>Full collections tried before the context is declared alive.</summary>
    internal const int MaxCollections = 10;

    /// <summary>Lets go of the context (and everything of the image that refers to driver code)
    /// and starts its unload; returns a weak reference to it. Not inlined, so that no local of the
    /// caller keeps the context alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static WeakReference Unload(DriverImage image, out List<string> statics)
    {
        var context = image.Context!;
        statics = NonNullStatics(context.Assemblies);
        image.Context = null;
        image.Driver = null;
        image.EntryType = null;
        context.Unload();
        return new WeakReference(context);
    }

    internal static bool WaitForCollection(WeakReference context)
    {
        for (var i = 0; i < MaxCollections && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !context.IsAlive;
    }

    /// <summary>What may keep the context alive: the statics, then what the report says is still live.</summary>
    internal static List<string> Suspects(UnloadReport report, List<string> statics)
    {
        var suspects = new List<string>(statics);
        foreach (var item in report.Items)
        {
            if (item.Kind is UnloadLeakKind.Timer or UnloadLeakKind.Dpc or UnloadLeakKind.WorkItem or UnloadLeakKind.Thread
                or UnloadLeakKind.DeviceObject or UnloadLeakKind.PendingIrp)
            {
                suspects.Add($"{item.Kind}: {item.Description} ({item.Location})");
            }
        }

        if (suspects.Count == 0)
        {
            suspects.Add("nothing NtSim tracks: a reference from the host (an object of the driver's types held by a test, a static of the host) keeps it");
        }

        return suspects;
    }

    /// <summary>"static field LeakyDriver.s_keepAlive (KTIMER) is not null", for every static field
    /// of the driver's own types that holds an object. Only names and types are kept.</summary>
    private static List<string> NonNullStatics(IEnumerable<Assembly> assemblies)
    {
        var found = new List<string>();
        foreach (var assembly in assemblies)
        {
            Type?[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                types = e.Types;
            }

            foreach (var type in types)
            {
                if (type is null || type.ContainsGenericParameters || type.Name.StartsWith('<'))
                {
                    continue;
                }

                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral || field.FieldType.IsValueType)
                    {
                        continue;
                    }

                    object? value;
                    try
                    {
                        value = field.GetValue(null);
                    }
                    catch (Exception e) when (e is TargetInvocationException or TypeInitializationException or FieldAccessException or NotSupportedException)
                    {
                        continue;
                    }

                    if (value is not null)
                    {
                        found.Add($"static field {type.Name}.{FieldName(field.Name)} ({value.GetType().Name}) is not null");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>"Instance" for the backing field "&lt;Instance&gt;k__BackingField".</summary>
    private static string FieldName(string name)
    {
        var end = name.IndexOf(">k__BackingField", StringComparison.Ordinal);
        return name.StartsWith('<') && end > 1 ? name[1..end] : name;
    }
}
