namespace NtSim;

public sealed partial class Machine
{
    private string? _systemRoot;
    private bool _systemRootIsTemporary;

    /// <summary>The PnP manager: the device tree and the operations devcon performs on it.</summary>
    public PnpManager Pnp { get; private set; } = null!;

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

    private void InitializePnp() => Pnp = new PnpManager(this);

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
