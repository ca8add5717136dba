using System.Runtime.CompilerServices;

namespace NtSim;

public sealed partial class ServiceControlManager
{
    /// <summary>
    /// IopLoadDriver for the PnP manager, on its (simulated) thread: the driver of a service that a
    /// device node needs, loaded now if it is not running (DriverEntry runs on this thread). A
    /// service known only from its registry key (written by an INF install, or left by an earlier
    /// boot) joins the database first. On failure <paramref name="problem"/> is the CM_PROB_* the
    /// device node gets.
    /// </summary>
    internal DRIVER_OBJECT? LoadForPnp(string name, out uint problem, out string detail)
    {
        problem = 0;
        detail = "";
        var record = FindOrAdopt(name);
        if (record is null)
        {
            problem = Wdm.CM_PROB_DRIVER_SERVICE_KEY_INVALID;
            detail = $"there is no service {name} (no key {KeyPath(name)} with an ImagePath)";
            return null;
        }

        if (record.State == ServiceState.Running && record.Image?.Driver is { } running)
        {
            return running;
        }

        if (record.StartType == Wdm.SERVICE_DISABLED)
        {
            problem = Wdm.CM_PROB_DISABLED_SERVICE;
            detail = $"the service {name} is disabled";
            return null;
        }

        if (record.State != ServiceState.Stopped || record.Image is not null)
        {
            problem = Wdm.CM_PROB_DRIVER_FAILED_LOAD;
            detail = $"the service {name} is {record.State}, its image still loaded";
            return null;
        }

        if (!TryLoadImage(record, out var image, out var status, out var why))
        {
            problem = Wdm.CM_PROB_DRIVER_FAILED_LOAD;
            detail = $"the image of {name} did not load: {why ?? NtNames.Format(status)}";
            return null;
        }

        record.Image = image;
        record.State = ServiceState.StartPending;
        var entryStatus = CallDriverEntry(image!, KeyPath(record.Name));
        if (Entered(record, image!, entryStatus) is null)
        {
            record.LoadedByPnp = true;
            return image!.Driver;
        }

        problem = Wdm.CM_PROB_FAILED_DRIVER_ENTRY;
        detail = $"{(image!.BindProblem is { } bind ? bind + ": " : "")}DriverEntry of {name} returned {NtNames.Format(entryStatus)}";
        return null;
    }

    /// <summary>The services the PnP manager loaded whose drivers have no device left: a PnP driver
    /// is unloaded when its last device is removed (host side, after a PnP operation).</summary>
    internal void UnloadIdlePnpDrivers()
    {
        UnloadIdlePnpDriversCore();
        // In a caller of its own, so no frame of the unloading still holds the images.
        CollectUnloadedContexts();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void UnloadIdlePnpDriversCore()
    {
        List<ServiceRecord> idle;
        lock (_lock)
        {
            idle = [.. _services.Values.Where(r => r.LoadedByPnp && r.State == ServiceState.Running && r.Image?.Driver is { DeviceObject: null })];
        }

        foreach (var record in idle)
        {
            record.LoadedByPnp = false;
            if (record.Image!.Driver!.DriverUnload is not null && !_machine.IsHalted)
            {
                Unload(record);
            }
        }
    }

    /// <summary>The record of a service, made from its registry key if the database does not have it yet.</summary>
    internal ServiceRecord? FindOrAdopt(string name)
    {
        lock (_lock)
        {
            if (_services.TryGetValue(name, out var known))
            {
                return known;
            }
        }

        var key = KeyPath(name);
        var registry = _machine.Registry;
        if (registry.GetValue(key, "ImagePath")?.String is not { Length: > 0 } imagePath)
        {
            return null;
        }

        var start = registry.GetValue(key, "Start")?.Dword ?? Wdm.SERVICE_DEMAND_START;
        var errorControl = registry.GetValue(key, "ErrorControl")?.Dword ?? Wdm.SERVICE_ERROR_NORMAL;
        var displayName = registry.GetValue(key, "DisplayName")?.String;
        var record = new ServiceRecord(name, displayName ?? name, imagePath, start, errorControl, null);
        lock (_lock)
        {
            return _services.TryAdd(name, record) ? record : _services[name];
        }
    }

    /// <summary>Where an ImagePath points on the host: <c>\SystemRoot\...</c> and <c>System32\...</c>
    /// under the machine's system root; a <c>.sys</c> that is not there is the <c>.dll</c> assembly
    /// of the same name (a driver here is a .NET assembly). Null when a system-root path climbs out of
    /// the system root: a registry value does not reach host files outside the machine.</summary>
    private static readonly string[] SystemRootPrefixes = [@"\SystemRoot\", @"%SystemRoot%\", @"\??\C:\Windows\", ""];

    internal string? ResolveImagePath(string imagePath)
    {
        var path = imagePath;
        foreach (var prefix in SystemRootPrefixes)
        {
            var rest = path[Math.Min(prefix.Length, path.Length)..];
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && rest.StartsWith(@"System32\", StringComparison.OrdinalIgnoreCase))
            {
                path = Path.Combine(_machine.SystemRoot, rest.Replace('\\', Path.DirectorySeparatorChar));
                if (!NtSim.Setup.PackagePaths.IsInside(_machine.SystemRoot, path))
                {
                    return null;
                }

                break;
            }
        }

        if (!File.Exists(path) && path.EndsWith(".sys", StringComparison.OrdinalIgnoreCase))
        {
            var assembly = Path.ChangeExtension(path, ".dll");
            if (File.Exists(assembly))
            {
                return assembly;
            }
        }

        return path;
    }
}
