using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The service control manager of a machine (<c>machine.Services</c>), for drivers as <c>sc.exe</c>
/// and the OSR Driver Loader drive it: create a service (its key under
/// \Registry\Machine\System\CurrentControlSet\Services), start it (load the driver assembly into a
/// collectible load context and call DriverEntry on a system thread), stop it (DriverUnload, then
/// the unload report), query it, delete it. Errors are the Win32 errors sc.exe reports, thrown as
/// <see cref="ServiceControlException"/>. Called from the host, like <see cref="Machine.Run"/>.
/// </summary>
[DebuggerDisplay("Services: {Count}")]
public sealed partial class ServiceControlManager
{
    private const int MaxNameLength = 256;

    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ServiceRecord> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(WeakReference Context, UnloadReport Report, List<string> Statics)> _unloadedContexts = [];

    internal ServiceControlManager(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>Number of services in the database.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _services.Count;
            }
        }
    }

    /// <summary>sc create &lt;name&gt; binPath= &lt;imagePath&gt;: a kernel driver service whose image is
    /// the driver assembly at <paramref name="imagePath"/> (checked at start, as Windows does).
    /// ERROR_SERVICE_EXISTS if there is one of that name; ERROR_INVALID_NAME for an empty name or one
    /// with a slash or backslash; ERROR_INVALID_PARAMETER for a bad start type or error control.</summary>
    public ServiceStatus Create(string name, string imagePath, uint startType = Wdm.SERVICE_DEMAND_START,
        uint errorControl = Wdm.SERVICE_ERROR_NORMAL, string? displayName = null)
    {
        if (string.IsNullOrWhiteSpace(imagePath))
        {
            throw Fail("CreateService", name ?? "", Win32Error.ERROR_INVALID_PARAMETER, "the image path (binPath=) is empty");
        }

        return Add(name, imagePath, startType, errorControl, displayName, null);
    }

    /// <summary>A service for a driver type the host already loaded (tests, in-process use): no
    /// load context of its own; the module is named after the service and covers the type and the
    /// types nested in it.</summary>
    public ServiceStatus Install(string name, Type driverType, uint startType = Wdm.SERVICE_DEMAND_START, uint errorControl = Wdm.SERVICE_ERROR_NORMAL)
    {
        ArgumentNullException.ThrowIfNull(driverType);
        if (!typeof(IDriver).IsAssignableFrom(driverType) || driverType.IsAbstract || driverType.IsInterface || driverType.ContainsGenericParameters)
        {
            throw new ArgumentException($"Services.Install: {driverType.FullName} is not a concrete type implementing NtSim.IDriver.", nameof(driverType));
        }

        if (driverType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"Services.Install: {driverType.FullName} has no public parameterless constructor.", nameof(driverType));
        }

        return Add(name, driverType.Assembly.Location, startType, errorControl, null, driverType);
    }

    /// <summary>Install for <typeparamref name="TDriver"/>.</summary>
    public ServiceStatus Install<TDriver>(string name, uint startType = Wdm.SERVICE_DEMAND_START)
        where TDriver : IDriver, new() => Install(name, typeof(TDriver), startType);

    /// <summary>sc delete: removes a stopped service and its key; a running one is marked for
    /// delete (DeleteFlag) and goes when it stops; meanwhile every other request but stop and
    /// query fails with ERROR_SERVICE_MARKED_FOR_DELETE.</summary>
    public void Delete(string name)
    {
        RequireHost(nameof(Delete));
        try
        {
            DeleteCore(name);
        }
        finally
        {
            CollectUnloadedContexts();
        }
    }

    /// <summary>sc query &lt;name&gt;.</summary>
    public ServiceStatus Query(string name)
    {
        RequireHost(nameof(Query));
        try
        {
            return QueryCore(name);
        }
        finally
        {
            CollectUnloadedContexts();
        }
    }

    /// <summary>sc query: every service, by name.</summary>
    public IReadOnlyList<ServiceStatus> QueryAll()
    {
        RequireHost(nameof(QueryAll));
        try
        {
            return QueryAllCore();
        }
        finally
        {
            CollectUnloadedContexts();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DeleteCore(string name)
    {
        var record = Open(name, "OpenService");
        Refresh(record);
        if (record.MarkedForDelete)
        {
            throw Fail("DeleteService", record.Name, Win32Error.ERROR_SERVICE_MARKED_FOR_DELETE, "the service is already marked for deletion");
        }

        if (record.State == ServiceState.Stopped)
        {
            Remove(record);
            return;
        }

        record.MarkedForDelete = true;
        _machine.Registry.SetValue(KeyPath(record.Name), "DeleteFlag", 1u);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ServiceStatus QueryCore(string name)
    {
        var record = Open(name, "EnumQueryServicesStatus:OpenService");
        Refresh(record);
        return record.ToStatus();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private List<ServiceStatus> QueryAllCore()
    {
        List<ServiceRecord> records;
        lock (_lock)
        {
            records = [.. _services.Values.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
        }

        foreach (var record in records)
        {
            Refresh(record);
        }

        return [.. records.Where(r => Exists(r)).Select(r => r.ToStatus())];
    }

    /// <summary>The RegistryPath DriverEntry gets: the service's key.</summary>
    internal static string KeyPath(string name) => MachineRegistry.ServicesPath + @"\" + name;

    private ServiceStatus Add(string name, string imagePath, uint startType, uint errorControl, string? displayName, Type? hostType)
    {
        RequireHost(hostType is null ? nameof(Create) : nameof(Install));
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name.IndexOfAny(['\\', '/']) >= 0)
        {
            // CreateService: at most 256 characters; '/' and '\' are not valid in a service name.
            throw Fail("CreateService", name ?? "", Win32Error.ERROR_INVALID_NAME,
                $"\"{name}\" is not a valid service name (1 to {MaxNameLength} characters, no '/' or '\\')");
        }

        if (startType > Wdm.SERVICE_DISABLED)
        {
            throw Fail("CreateService", name, Win32Error.ERROR_INVALID_PARAMETER, $"start type {startType} is not one of SERVICE_BOOT_START (0) to SERVICE_DISABLED (4)");
        }

        if (errorControl > Wdm.SERVICE_ERROR_CRITICAL)
        {
            throw Fail("CreateService", name, Win32Error.ERROR_INVALID_PARAMETER, $"error control {errorControl} is not one of SERVICE_ERROR_IGNORE (0) to SERVICE_ERROR_CRITICAL (3)");
        }

        var record = new ServiceRecord(name, displayName ?? name, imagePath, startType, errorControl, hostType);
        lock (_lock)
        {
            if (_services.TryGetValue(name, out var existing))
            {
                throw existing.MarkedForDelete
                    ? Fail("CreateService", name, Win32Error.ERROR_SERVICE_MARKED_FOR_DELETE, "a service of that name is marked for deletion and still running")
                    : Fail("CreateService", name, Win32Error.ERROR_SERVICE_EXISTS, "a service of that name exists");
            }

            _services.Add(name, record);
        }

        var key = KeyPath(name);
        var registry = _machine.Registry;
        registry.CreateKey(key);
        registry.SetValue(key, "Type", record.ServiceType);
        registry.SetValue(key, "Start", startType);
        registry.SetValue(key, "ErrorControl", errorControl);
        registry.SetValue(key, "ImagePath", Wdm.REG_EXPAND_SZ, RegistryData.String(imagePath));
        registry.SetValue(key, "DisplayName", record.DisplayName);
        return record.ToStatus();
    }

    private void Remove(ServiceRecord record)
    {
        lock (_lock)
        {
            _services.Remove(record.Name);
        }

        _machine.Registry.DeleteKey(KeyPath(record.Name), recursive: true);
    }

    private bool Exists(ServiceRecord record)
    {
        lock (_lock)
        {
            return _services.TryGetValue(record.Name, out var current) && current == record;
        }
    }

    /// <summary>OpenService: ERROR_SERVICE_DOES_NOT_EXIST if there is no such service.</summary>
    private ServiceRecord Open(string name, string operation)
    {
        if (name is not null && FindOrAdopt(name) is { } record)
        {
            return record;
        }

        throw Fail(operation, name ?? "", Win32Error.ERROR_SERVICE_DOES_NOT_EXIST, "there is no service of that name");
    }

    private static ServiceControlException Fail(string operation, string name, uint error, string detail,
        NTSTATUS? status = null, UnloadReport? report = null) => new(operation, name, error, detail, status, report);

    private static void RequireHost(string call)
    {
        if (KTHREAD.Current is not null)
        {
            throw new InvalidOperationException($"Services.{call} is the host's service control manager (sc.exe); it drives the machine and cannot be called from driver code on a simulated thread.");
        }
    }
}
