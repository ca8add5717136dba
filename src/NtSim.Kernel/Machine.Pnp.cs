namespace NtSim;

public sealed partial class Machine
{
    private string? _systemRoot;
    private bool _systemRootIsTemporary;

    /// <summary>The PnP manager: the device tree and the operations devcon performs on it.</summary>
    public PnpManager Pnp { get; }

    /// <summary>The host folder that plays <c>C:\Windows</c>: under the machine folder, or a temporary
    /// folder (made on first use, deleted at Dispose) for a machine in memory.</summary>
    internal string SystemRoot
    {
        get
        {
            lock (_stateLock)
            {
                if (_systemRoot is null)
                {
                    if (Options.Folder is { } folder)
                    {
                        _systemRoot = Path.GetFullPath(Path.Combine(folder, "Windows"));
                    }
                    else
                    {
                        _systemRoot = Directory.CreateTempSubdirectory("ntsim-machine-").FullName;
                        _systemRootIsTemporary = true;
                    }

                    Directory.CreateDirectory(Path.Combine(_systemRoot, "System32", "drivers"));
                }

                return _systemRoot;
            }
        }
    }

    /// <summary>Drives the machine until <paramref name="done"/> holds or nothing can run (host only).</summary>
    internal RunStatus DriveUntil(Func<bool> done)
    {
        ThrowIfOnSimulatedThread(nameof(DriveUntil));
        return _halted ? HaltStatus : Drive(done, null);
    }

    /// <summary>Device installation: the driver store and what devcon install/update and pnputil do.</summary>
    public NtSim.Setup.DeviceSetup Setup { get; }


    /// <summary>Boot of a machine whose registry was kept: the boot, system and auto-start drivers
    /// start (in that order of Start), then the PnP manager rebuilds the device tree from Enum.
    /// A driver that fails to start is noted in its service status, as the boot goes on.</summary>
    private void BootFromRegistry()
    {
        if (Options.HiveFolder is null)
        {
            return;
        }

        var services = Registry.KeyExists(MachineRegistry.ServicesPath) ? Registry.GetSubKeyNames(MachineRegistry.ServicesPath) : [];
        var autoStart = services
            .Select(name => (Name: name, Start: Registry.GetValue(MachineRegistry.ServicesPath + @"\" + name, "Start")?.Dword ?? Wdm.SERVICE_DEMAND_START))
            .Where(s => s.Start <= Wdm.SERVICE_AUTO_START)
            .OrderBy(s => s.Start)
            .ToList();
        foreach (var (name, _) in autoStart)
        {
            try
            {
                Services.Start(name);
            }
            catch (ServiceControlException)
            {
                // Recorded in the service's status (Win32ExitCode); the boot goes on (ErrorControl normal).
            }
        }

        if (Registry.KeyExists(RootEnumerator.EnumRootPath) && Registry.GetSubKeyNames(RootEnumerator.EnumRootPath).Count > 0)
        {
            Pnp.Enumerate();
        }
    }

    private void DeleteTemporarySystemRoot()
    {
        string? root;
        lock (_stateLock)
        {
            root = _systemRootIsTemporary ? _systemRoot : null;
            _systemRoot = null;
        }

        if (root is not null)
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A driver assembly may still be mapped (Windows hosts lock loaded files); the temp folder stays.
            }
        }
    }
}
