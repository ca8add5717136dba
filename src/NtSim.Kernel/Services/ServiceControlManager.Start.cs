using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace NtSim;

public sealed partial class ServiceControlManager
{
    /// <summary>
    /// sc start: loads the driver (its assembly into a new collectible load context, or the host
    /// type) and calls DriverEntry on a system thread at PASSIVE_LEVEL with the service key as
    /// RegistryPath. Returns how the machine's run ended: Completed, or BugCheck (and the like)
    /// when the driver halted the machine. Fails with ERROR_SERVICE_ALREADY_RUNNING,
    /// ERROR_SERVICE_DISABLED, ERROR_SERVICE_MARKED_FOR_DELETE, ERROR_FILE_NOT_FOUND (no image),
    /// ERROR_BAD_EXE_FORMAT (not a driver assembly), or DriverEntry's status through
    /// RtlNtStatusToDosError; a failed start leaves nothing loaded. On a halted machine it does
    /// nothing and returns the halt status, as <see cref="Machine.Run"/> does.
    /// </summary>
    public RunStatus Start(string name)
    {
        RequireHost(nameof(Start));
        try
        {
            return StartCore(name);
        }
        finally
        {
            CollectUnloadedContexts();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private RunStatus StartCore(string name)
    {
        var record = Open(name, "OpenService");
        if (_machine.IsHalted)
        {
            // As Machine.Run: a halted machine runs nothing more.
            return _machine.HaltStatus;
        }

        Refresh(record);
        if (record.MarkedForDelete)
        {
            throw Fail("StartService", record.Name, Win32Error.ERROR_SERVICE_MARKED_FOR_DELETE, "the service is marked for deletion");
        }

        if (record.StartType == Wdm.SERVICE_DISABLED)
        {
            throw Fail("StartService", record.Name, Win32Error.ERROR_SERVICE_DISABLED, "the start type is SERVICE_DISABLED");
        }

        if (record.State != ServiceState.Stopped)
        {
            throw Fail("StartService", record.Name, Win32Error.ERROR_SERVICE_ALREADY_RUNNING, $"the service is {record.State}");
        }

        if (record.Image is { } pinned)
        {
            // MmLoadSystemImage: STATUS_IMAGE_ALREADY_LOADED, which is ERROR_SERVICE_ALREADY_RUNNING.
            throw Fail("StartService", record.Name, Win32Error.ERROR_SERVICE_ALREADY_RUNNING,
                $"the image of the last start is still loaded: {PinnedBy(pinned)}", Wdm.STATUS_IMAGE_ALREADY_LOADED);
        }

        if (LoadedElsewhere(record) is { } other)
        {
            // MmLoadSystemImage: one image is loaded once; STATUS_IMAGE_ALREADY_LOADED is ERROR_SERVICE_ALREADY_RUNNING.
            throw Fail("StartService", record.Name, Win32Error.ERROR_SERVICE_ALREADY_RUNNING,
                $"its image {record.ImagePath} is already loaded, by the service {other}", Wdm.STATUS_IMAGE_ALREADY_LOADED);
        }

        var image = LoadImage(record);
        record.Image = image;
        record.State = ServiceState.StartPending;
        var entryStatus = Wdm.STATUS_SUCCESS;
        var registryPath = KeyPath(record.Name);
        var run = _machine.Run(() => entryStatus = CallDriverEntry(image, registryPath), "IopLoadDriver");
        if (run != RunStatus.Completed)
        {
            record.State = ServiceState.Stopped;
            if (image.Report is { } report)
            {
                report.RunStatus = run;
                record.LastUnloadReport = report;
            }

            return run;
        }

        if (Entered(record, image, entryStatus) is not { } leftovers)
        {
            return run;
        }

        var error = record.Win32ExitCode;
        throw Fail("StartService", record.Name, error,
            $"{(image.BindProblem is { } bind ? bind + ": " : "")}DriverEntry returned {NtNames.Format(entryStatus)}{(leftovers.IsClean ? "" : "; " + leftovers.Summary)}", entryStatus, leftovers);
    }

    /// <summary>The service whose loaded image is the one <paramref name="record"/> would load, or null.</summary>
    private string? LoadedElsewhere(ServiceRecord record)
    {
        string identity;
        if (record.HostType is { } type)
        {
            identity = DriverImage.IdentityOf(type);
        }
        else
        {
            try
            {
                if (ResolveImagePath(record.ImagePath) is not { } path)
                {
                    return null;
                }

                identity = DriverImage.IdentityOf(Path.GetFullPath(path));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }

        lock (_lock)
        {
            return _services.Values.FirstOrDefault(r => r != record && r.Image is { Unloaded: false } image
                && string.Equals(image.Identity, identity, StringComparison.OrdinalIgnoreCase))?.Name;
        }
    }

    private DriverImage LoadImage(ServiceRecord record)
    {
        if (!TryLoadImage(record, out var image, out var status, out var problem))
        {
            throw Fail("StartService", record.Name, record.Win32ExitCode, problem ?? NtNames.Format(status), status);
        }

        return image!;
    }

    /// <summary>MmLoadSystemImage for a service: the host type, or the assembly its ImagePath names;
    /// on failure the service's exit code is set and false returned.</summary>
    private bool TryLoadImage(ServiceRecord record, out DriverImage? image, out NTSTATUS status, out string? problem)
    {
        problem = null;
        status = Wdm.STATUS_SUCCESS;
        if (record.HostType is { } type)
        {
            image = DriverImage.FromType(_machine, record.Name, type);
            return true;
        }

        if (ResolveImagePath(record.ImagePath) is not { } path)
        {
            image = null;
            problem = $"the image path \"{record.ImagePath}\" leaves the system root {_machine.SystemRoot}";
            status = Wdm.STATUS_OBJECT_PATH_SYNTAX_BAD;
            record.Win32ExitCode = Rtl.NtStatusToDosErrorTable.Map(status);
            return false;
        }

        if (File.Exists(path) && !NtSim.Setup.HostFile.IsRegular(path))
        {
            // Opening a pipe would wait for a writer: the image is refused unopened.
            image = null;
            problem = $"{path}: {NtSim.Setup.HostFile.NotRegular}";
            status = Wdm.STATUS_INVALID_IMAGE_FORMAT;
            record.Win32ExitCode = Rtl.NtStatusToDosErrorTable.Map(status);
            return false;
        }

        // With a debugger attached, .kdfiles may send a new file for the image first.
        path = _machine.Debugger.ReplaceImage(record.ImagePath, path, _machine.SystemRoot);
        status = DriverImage.Load(_machine, record.Name, path, out image, out problem);
        if (!Wdm.NT_SUCCESS(status))
        {
            record.Win32ExitCode = Rtl.NtStatusToDosErrorTable.Map(status);
            return false;
        }

        return true;
    }

    /// <summary>DriverEntry's outcome, recorded: null when the service runs; when DriverEntry failed,
    /// the rest of the image unloaded (the I/O manager deleted the driver object) and the report of
    /// what it left, also kept as the service's last unload report.</summary>
    private UnloadReport? Entered(ServiceRecord record, DriverImage image, NTSTATUS entryStatus)
    {
        if (Wdm.NT_SUCCESS(entryStatus))
        {
            record.State = ServiceState.Running;
            record.Win32ExitCode = Win32Error.ERROR_SUCCESS;
            return null;
        }

        record.State = ServiceState.Stopped;
        record.Win32ExitCode = Rtl.NtStatusToDosErrorTable.Map(entryStatus);
        if (image.Driver is null && !image.Unloaded)
        {
            // The driver object never came to be (its name was taken): nothing holds the image.
            image.UnloadWithoutDriverObject();
        }

        var leftovers = FinishImage(record);
        record.LastUnloadReport = leftovers;
        return leftovers;
    }

    /// <summary>IopLoadDriver on its system thread: the driver's entry type is created in the
    /// driver's module (its constructor is driver code), then DriverEntry runs.</summary>
    private static NTSTATUS CallDriverEntry(DriverImage image, string registryPath)
    {
        var thread = KTHREAD.Current!;
        var bound = DriverLibraries.Bind(thread, image.EntryType!, registryPath, out var problem);
        if (!Wdm.NT_SUCCESS(bound))
        {
            // The image's stub fails before the driver's DriverEntry (FxDriverEntry after WdfVersionBind).
            image.BindProblem = problem;
            return bound;
        }

        IDriver driver;
        using (thread.EnterModule(image.Module))
        {
            try
            {
                driver = (IDriver)Activator.CreateInstance(image.EntryType!)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                // The driver's constructor threw: that exception, not reflection's wrapper, leaves the thread.
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        image.EntryType = null;
        return DriverLoader.Load(thread, image.ServiceName, driver.DriverEntry, image.Module, registryPath, out _, image);
    }
}
