using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>
/// A loaded driver image (MmLoadSystemImage's LDR entry): the module its code runs as, the driver's
/// entry type, and for a driver assembly its collectible load context. The image stays loaded as
/// long as its driver object lives, and device objects hold the driver object: it goes when the
/// driver object is deleted (IopDeleteDriver calls MmUnloadSystemImage), which is where Driver
/// Verifier's pool tracking checks for leaks (0xC4/0x62).
/// </summary>
[DebuggerDisplay("{ServiceName,nq} unloaded={Unloaded}")]
internal sealed class DriverImage
{
    private int _unloadStarted;

    private DriverImage(Machine machine, string serviceName, string imagePath, Type entryType, KernelModule module, DriverLoadContext? context, ProbeTable? probes = null)
    {
        Probes = probes;
        Machine = machine;
        ServiceName = serviceName;
        ImagePath = imagePath;
        EntryType = entryType;
        Module = module;
        Context = context;
        Identity = context is null ? IdentityOf(entryType) : IdentityOf(imagePath);
    }

    internal Machine Machine { get; }

    internal string ServiceName { get; }

    internal string ImagePath { get; }

    /// <summary>The IDriver type, until the driver object exists (then only the driver object refers to the driver's code).</summary>
    internal Type? EntryType { get; set; }

    internal KernelModule Module { get; }

    /// <summary>The load context of a driver assembly until the host unloads it; null for a driver type of the host.</summary>
    internal DriverLoadContext? Context { get; set; }

    internal DRIVER_OBJECT? Driver { get; set; }

    /// <summary>The probes of an instrumented driver assembly (docs/instrumentation.md); null for a
    /// driver type of the host or with <see cref="MachineOptions.InstrumentDrivers"/> off.</summary>
    internal ProbeTable? Probes { get; }

    /// <summary>IopUnloadDriver found a device with open files: DriverUnload waits for them to close.</summary>
    internal bool UnloadPending { get; set; }

    /// <summary>Which devices keep the pending unload waiting.</summary>
    internal string PendingReason { get; set; } = "";

    /// <summary>What the driver left behind when DriverUnload returned (or DriverEntry failed).</summary>
    internal UnloadReport? Report { get; set; }

    /// <summary>Why the image's bind to a driver library failed before DriverEntry (e.g. a KMDF minor
    /// version the machine does not have), or null.</summary>
    internal string? BindProblem { get; set; }

    /// <summary>MmUnloadSystemImage ran: the module's code must not run any more.</summary>
    internal bool Unloaded { get; private set; }

    /// <summary>What makes two loads the same image: the file, or for a host type the type.</summary>
    internal string Identity { get; }

    /// <summary>True for the one caller that runs DriverUnload (the close path and a request may race).</summary>
    internal bool TryBeginUnload() => Interlocked.Exchange(ref _unloadStarted, 1) == 0;

    /// <summary>The identity of a host driver type's image.</summary>
    internal static string IdentityOf(Type driverType) => "type " + driverType.FullName;

    /// <summary>The identity of a driver assembly's image (a full path).</summary>
    internal static string IdentityOf(string fullPath) => "file " + fullPath;

    /// <summary>A driver type the host already loaded: no load context of its own.</summary>
    internal static DriverImage FromType(Machine machine, string serviceName, Type driverType)
    {
        var module = machine.Modules.LoadDriver(serviceName, driverType);
        return new DriverImage(machine, serviceName, driverType.Assembly.Location, driverType, module, null);
    }

    /// <summary>MmLoadSystemImage for a driver assembly: STATUS_OBJECT_NAME_NOT_FOUND if there is no
    /// such file, STATUS_INVALID_IMAGE_FORMAT (with <paramref name="problem"/>) if it is not a driver,
    /// STATUS_PROCEDURE_NOT_FOUND if it calls a DDI the machine's Windows release does not export.</summary>
    internal static NTSTATUS Load(Machine machine, string serviceName, string imagePath, out DriverImage? image, out string? problem)
    {
        image = null;
        problem = null;
        string path;
        try
        {
            path = Path.GetFullPath(imagePath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"the image path \"{imagePath}\" is not a valid path ({e.Message})";
            return Wdm.STATUS_OBJECT_NAME_INVALID;
        }

        if (!File.Exists(path))
        {
            problem = $"there is no file {path}";
            return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
        }

        var version = machine.Options.WindowsVersion;
        if (DriverImports.Unresolved(path, version) is { Count: > 0 } unresolved)
        {
            // An import the running release does not export: the image does not load (error 127).
            problem = DriverImports.Describe(path, unresolved, version);
            return Wdm.STATUS_PROCEDURE_NOT_FOUND;
        }

        var context = new DriverLoadContext($"NtSim driver {serviceName}", path);
        ProbeTable? probes = null;
        var status = machine.Options.InstrumentDrivers
            ? LoadInstrumented(context, path, out var assembly, out probes, out problem)
            : LoadAsIs(context, path, out assembly, out problem);
        if (Wdm.NT_SUCCESS(status))
        {
            status = FindEntryType(assembly!, path, out var found, out problem);
            if (Wdm.NT_SUCCESS(status))
            {
                var module = machine.Modules.LoadDriver(serviceName, found!.Assembly);
                image = new DriverImage(machine, serviceName, path, found, module, context, probes);
                machine.Breakpoints.ImagesChanged();
                return Wdm.STATUS_SUCCESS;
            }
        }

        probes?.Retire();
        context.Unload();
        return status;
    }

    private static NTSTATUS LoadAsIs(DriverLoadContext context, string path, out Assembly? assembly, out string? problem)
    {
        assembly = null;
        problem = null;
        try
        {
            assembly = context.LoadFromAssemblyPath(path);
            return Wdm.STATUS_SUCCESS;
        }
        catch (BadImageFormatException)
        {
            problem = $"{path} is not a .NET assembly";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }
        catch (Exception e) when (e is FileLoadException or FileNotFoundException)
        {
            problem = $"{path} could not be loaded: {e.Message}";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }
    }

    /// <summary>The assembly rewritten with probes, loaded from memory with its symbols.</summary>
    private static NTSTATUS LoadInstrumented(DriverLoadContext context, string path, out Assembly? assembly, out ProbeTable? probes, out string? problem)
    {
        assembly = null;
        probes = null;
        problem = null;
        DriverRewriter.Image rewritten;
        try
        {
            rewritten = DriverRewriter.Rewrite(path);
        }
        catch (BadImageFormatException)
        {
            problem = $"{path} is not a .NET assembly";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            problem = $"{path} could not be instrumented ({e.GetType().Name}: {e.Message}); MachineOptions.InstrumentDrivers = false loads it as it is";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }

        try
        {
            using var image = new MemoryStream(rewritten.Assembly);
            using var symbols = rewritten.Symbols is null ? null : new MemoryStream(rewritten.Symbols);
            assembly = context.LoadFromStream(image, symbols);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            rewritten.Probes.Retire();
            problem = $"{path} could not be loaded once instrumented: {e.Message}";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }

        if (rewritten.Symbols is not null)
        {
            SourceLines.Register(assembly, rewritten.Symbols);
        }

        probes = rewritten.Probes;
        probes.Bind(assembly);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The one public, non-abstract type implementing <see cref="IDriver"/> with a public
    /// parameterless constructor.</summary>
    private static NTSTATUS FindEntryType(Assembly assembly, string path, out Type? entryType, out string? problem)
    {
        entryType = null;
        problem = null;
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TypeLoadException)
        {
            problem = $"{path} could not be loaded: {e.Message}";
            return Wdm.STATUS_INVALID_IMAGE_FORMAT;
        }

        var drivers = types.Where(t => typeof(IDriver).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false })
            .ToList();
        var usable = drivers.Where(t => t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        if (usable.Count == 1)
        {
            entryType = usable[0];
            return Wdm.STATUS_SUCCESS;
        }

        if (usable.Count > 1)
        {
            problem = $"{path} has {usable.Count} driver types ({string.Join(", ", usable.Select(t => t.FullName))}); a driver assembly has exactly one public type implementing NtSim.IDriver";
        }
        else if (drivers.Count > 0)
        {
            problem = $"{drivers[0].FullName} in {path} has no public parameterless constructor";
        }
        else if (types.Any(t => t.GetInterfaces().Any(i => i.FullName == typeof(IDriver).FullName)))
        {
            problem = $"{path} implements NtSim.IDriver of another NtSim.Kernel than the machine's ({typeof(IDriver).Assembly.Location})";
        }
        else
        {
            problem = $"{path} has no public, non-abstract type implementing NtSim.IDriver";
        }

        return Wdm.STATUS_INVALID_IMAGE_FORMAT;
    }

    /// <summary>MmUnloadSystemImage (from the driver object's delete procedure): the code is gone;
    /// with pool tracking, pool the driver still holds bug checks 0xC4/0x62.</summary>
    internal void OnDriverObjectDeleted(KTHREAD? thread)
    {
        UnloadWithoutDriverObject();
        if (thread is not null && !Machine.IsHalted)
        {
            PoolTrackingCheck.AtUnload(thread, this);
        }
    }

    /// <summary>The code goes: the module leaves the module list, and cancelled timers still in the
    /// timer queue let go of their DPCs.</summary>
    internal void UnloadWithoutDriverObject()
    {
        Unloaded = true;
        Probes?.Retire();
        Machine.Modules.Unload(Module);
        Machine.Breakpoints.ImagesChanged();
        lock (Machine.Scheduler.Lock)
        {
            Machine.Scheduler.DropCancelledTimers();
        }
    }
}
