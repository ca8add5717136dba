using System.Runtime.CompilerServices;

namespace NtSim;

public sealed partial class ServiceControlManager
{
    /// <summary>
    /// sc stop: IopUnloadDriver on a system thread. If a device of the driver has open file objects
    /// (DEVICE_OBJECT.ReferenceCount) or a device attached, DriverUnload waits: the service is
    /// STOP_PENDING and the unload completes when they are gone (a later Stop or Query finishes it).
    /// Otherwise DriverUnload runs and the returned report lists what the driver left behind, each
    /// with its line; under <see cref="VerifierFlags.PoolTracking"/> pool left behind bug checks
    /// 0xC4/0x62 (see <see cref="UnloadReport.RunStatus"/>). Fails with ERROR_SERVICE_NOT_ACTIVE
    /// for a stopped service, ERROR_INVALID_SERVICE_CONTROL for a driver without DriverUnload, and
    /// ERROR_SERVICE_CANNOT_ACCEPT_CTRL while a stop is still pending.
    /// </summary>
    public UnloadReport Stop(string name)
    {
        RequireHost(nameof(Stop));
        try
        {
            return StopCore(name);
        }
        finally
        {
            CollectUnloadedContexts();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private UnloadReport StopCore(string name)
    {
        var record = Open(name, "OpenService");
        if (Refresh(record) is { } completed)
        {
            return completed;
        }

        switch (record.State)
        {
            case ServiceState.Stopped:
                throw Fail("ControlService", record.Name, Win32Error.ERROR_SERVICE_NOT_ACTIVE, "the service is not running");
            case ServiceState.StopPending:
                throw Fail("ControlService", record.Name, Win32Error.ERROR_SERVICE_CANNOT_ACCEPT_CTRL,
                    $"the stop is pending: {record.Image!.PendingReason}");
        }

        var image = record.Image!;
        if (image.Driver!.DriverUnload is null)
        {
            // IopUnloadDriver: no unload routine, STATUS_INVALID_DEVICE_REQUEST; sc reports 1052.
            throw Fail("ControlService", record.Name, Win32Error.ERROR_INVALID_SERVICE_CONTROL,
                "the driver has no DriverUnload routine, so it cannot be stopped", Wdm.STATUS_INVALID_DEVICE_REQUEST);
        }

        return Unload(record) ?? Pending(record);
    }

    /// <summary>Runs IopUnloadDriver; the report when DriverUnload ran, null when it is pending.</summary>
    private UnloadReport? Unload(ServiceRecord record)
    {
        var image = record.Image!;
        if (_machine.IsHalted)
        {
            return Halted(record, _machine.HaltStatus);
        }

        var unloaded = false;
        var run = _machine.Run(() => unloaded = DriverUnloader.Unload(KTHREAD.Current!, image), "IopUnloadDriver");
        if (run != RunStatus.Completed)
        {
            return Halted(record, run);
        }

        if (!unloaded)
        {
            return null;
        }

        return Stopped(record);
    }

    /// <summary>The driver's unload is done: the service is stopped (and deleted if it was marked).</summary>
    private UnloadReport Stopped(ServiceRecord record)
    {
        record.State = ServiceState.Stopped;
        record.Win32ExitCode = Win32Error.ERROR_SUCCESS;
        var report = FinishImage(record);
        record.LastUnloadReport = report;
        if (record.MarkedForDelete)
        {
            Remove(record);
        }

        return report;
    }

    private UnloadReport Pending(ServiceRecord record)
    {
        record.State = ServiceState.StopPending;
        var report = new UnloadReport(record.Name, [])
        {
            UnloadPending = true,
            Note = $"DriverUnload not called yet: {record.Image!.PendingReason}; it runs when they are closed",
        };
        record.LastUnloadReport = report;
        return report;
    }

    private static UnloadReport Halted(ServiceRecord record, RunStatus run)
    {
        var report = record.Image?.Report ?? new UnloadReport(record.Name, []) { Note = "the machine halted before DriverUnload returned" };
        report.RunStatus = run;
        report.ImageUnloaded = record.Image?.Unloaded ?? false;
        record.LastUnloadReport = report;
        return report;
    }

    /// <summary>Catches up with what happened since the last request: a pending stop whose devices
    /// are free now completes (returning its report), and an image that device objects kept loaded
    /// and that went since has its load context unloaded.</summary>
    private UnloadReport? Refresh(ServiceRecord record)
    {
        if (record.Image is not { } image || _machine.IsHalted)
        {
            return null;
        }

        if (record.State == ServiceState.StopPending)
        {
            if (image.Report is null)
            {
                if (DriverUnloader.BusyDevices(_machine, image.Driver!) is not null)
                {
                    return null;
                }

                return Unload(record);
            }

            // The close path already ran the pending unload (DriverUnloader.DeviceReferenceReleased).
            return Stopped(record);
        }

        if (record.State == ServiceState.Stopped && image.Unloaded)
        {
            FinishImage(record);
        }

        return null;
    }

    /// <summary>After DriverUnload (or a failed DriverEntry): if the image went, unloads its load
    /// context and checks it is collected; if device objects keep it, says which.</summary>
    private UnloadReport FinishImage(ServiceRecord record)
    {
        var image = record.Image!;
        var report = image.Report ?? new UnloadReport(record.Name, []);
        report.ImageUnloaded = image.Unloaded;
        if (!image.Unloaded)
        {
            report.Note = $"the image stays loaded while device objects hold the driver object: {PinnedBy(image)}";
            return report;
        }

        report.Note = "";
        if (image.Context is not null)
        {
            // Collected at the end of the request, once no frame of it refers to the driver's code.
            var context = LoadContextUnloader.Unload(image, out var statics);
            lock (_lock)
            {
                _unloadedContexts.Add((context, report, statics));
            }
        }

        image.Driver = null;
        image.EntryType = null;
        record.Image = null;
        return report;
    }

    /// <summary>Waits for the load contexts unloaded during this request to be collected and
    /// records the outcome in their reports. Called last by every request, from a frame that
    /// holds nothing of the driver.</summary>
    private void CollectUnloadedContexts()
    {
        List<(WeakReference Context, UnloadReport Report, List<string> Statics)> unloaded;
        lock (_lock)
        {
            if (_unloadedContexts.Count == 0)
            {
                return;
            }

            unloaded = [.. _unloadedContexts];
            _unloadedContexts.Clear();
        }

        foreach (var (context, report, statics) in unloaded)
        {
            var collected = LoadContextUnloader.WaitForCollection(context);
            report.LoadContextCollected = collected;
            report.StillAlive = collected ? [] : LoadContextUnloader.Suspects(report, statics);
        }
    }

    private string PinnedBy(DriverImage image)
    {
        var devices = _machine.ObjectManager.LiveObjects()
            .Select(h => h.Body).OfType<DEVICE_OBJECT>().Where(d => d.DriverObject == image.Driver)
            .Select(d => $"{d.Name ?? "an unnamed device"} ({(d.DeletePending ? "deleted, still referenced" : "not deleted")})")
            .ToList();
        return devices.Count == 0 ? "its driver object is still referenced" : string.Join(", ", devices);
    }
}
