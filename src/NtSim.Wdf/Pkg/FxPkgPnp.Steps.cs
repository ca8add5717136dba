using System.Diagnostics;

namespace NtSim;

// The steps the PnP machine's states take (pnpstatemachine.cpp): the driver's PnP callbacks, the
// requests to the power policy machine, and the clean-up on removal.
internal sealed partial class FxPkgPnp
{
    private bool _hardwarePrepared;
    private bool _internalFailure;

    private WDFDEVICE Device => new(_device);

    /// <summary>EvtDevicePrepareHardware with the start IRP's raw and translated resources; a failure
    /// is an internal failure and the pending IRP's status (PnpPrepareHardware).</summary>
    internal NTSTATUS PrepareHardware()
    {
        var status = MatchResources(KTHREAD.Current!);
        if (Wdm.NT_SUCCESS(status) && Events.EvtDevicePrepareHardware is { } prepare)
        {
            status = Invoke(() => prepare(Device, ResourcesRaw, Resources));
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            _device.Globals.Log.Add("FxPkgPnp::PnpPrepareHardware", $"EvtDevicePrepareHardware WDFDEVICE 0x{_device.Handle:x16} failed, {NtNames.Format(status)}");
            SetInternalFailure();
            SetPendingStatus(status);
            return status;
        }

        _hardwarePrepared = true;
        return status;
    }

    /// <summary>EvtDeviceReleaseHardware, once per PrepareHardware.</summary>
    internal NTSTATUS ReleaseHardware()
    {
        if (!_hardwarePrepared)
        {
            return Wdm.STATUS_SUCCESS;
        }

        _hardwarePrepared = false;
        return Events.EvtDeviceReleaseHardware is { } release ? Invoke(() => release(Device, Resources)) : Wdm.STATUS_SUCCESS;
    }

    internal WDF_DEVICE_PNP_STATE EnableInterfaces()
    {
        _device.General.SetInterfacesEnabled(KTHREAD.Current!, true);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted;
    }

    /// <summary>QueryRemove/QueryStopStaticCheck: WdfDeviceSetStaticStopRemove(FALSE) vetoes with
    /// STATUS_INVALID_DEVICE_STATE (special files, which veto with STATUS_DEVICE_NOT_READY, are not simulated).</summary>
    internal WDF_DEVICE_PNP_STATE StaticCheck(WDF_DEVICE_PNP_STATE askDriver)
    {
        if (Volatile.Read(ref _stopCount) != 0)
        {
            _device.Globals.Log.Add("FxPkgPnp::PnpEventQueryStaticCheck",
                $"Failing the query because the driver has indicated that it cannot be stopped, count {_stopCount}");
            return FailPendingIrp(Wdm.STATUS_INVALID_DEVICE_STATE, WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted);
        }

        return askDriver;
    }

    /// <summary>EvtDeviceQueryRemove / EvtDeviceQueryStop: a failure vetoes the query (back to Started, the IRP
    /// fails with the driver's status); STATUS_NOT_SUPPORTED is a driver error the verifier reports.</summary>
    internal WDF_DEVICE_PNP_STATE AskDriver(bool query, WDF_DEVICE_PNP_STATE next)
    {
        var status = Wdm.STATUS_SUCCESS;
        if (query && Events.EvtDeviceQueryRemove is { } queryRemove)
        {
            status = Invoke(() => queryRemove(Device));
        }
        else if (!query && Events.EvtDeviceQueryStop is { } queryStop)
        {
            status = Invoke(() => queryStop(Device));
        }

        if (Wdm.NT_SUCCESS(status))
        {
            return next;
        }

        var name = query ? "EvtDeviceQueryRemove" : "EvtDeviceQueryStop";
        _device.Globals.Log.Add("FxPkgPnp::PnpEventQueryAskDriver", $"{name} failed, {NtNames.Format(status)}");
        if (status == Wdm.STATUS_NOT_SUPPORTED && _device.Globals.Verifier.VerifierOn)
        {
            FxVerifierBreak.Report(KTHREAD.Current!, _device.Globals, $"{name} returned an invalid status STATUS_NOT_SUPPORTED");
        }

        return FailPendingIrp(status, WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted);
    }

    /// <summary>EvtDeviceSurpriseRemoval, first of the surprise-removal callbacks; the other states follow.</summary>
    internal WDF_DEVICE_PNP_STATE SurpriseRemoval(WDF_DEVICE_PNP_STATE next, bool finish = false)
    {
        if (Events.EvtDeviceSurpriseRemoval is { } surprise)
        {
            Invoke(() => surprise(Device));
        }

        return finish ? FinishPendingIrp(next) : next;
    }

    internal WDF_DEVICE_PNP_STATE PolicyStart()
    {
        PostPolicy(FxPowerPolicyEvent.PwrPolStart);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull;
    }

    internal WDF_DEVICE_PNP_STATE PolicyStop()
    {
        PostPolicy(FxPowerPolicyEvent.PwrPolStop);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull;
    }

    internal WDF_DEVICE_PNP_STATE PolicySurpriseRemove()
    {
        PostPolicy(FxPowerPolicyEvent.PwrPolSurpriseRemove);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull;
    }

    internal WDF_DEVICE_PNP_STATE PolicyRemove()
    {
        PostPolicy(FxPowerPolicyEvent.PwrPolRemove);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull;
    }

    /// <summary>PnpCleanupForRemove: interfaces off, power-managed queues purged (their requests cancelled,
    /// EvtIoStop with Purge for those the driver holds), then EvtDeviceSelfManagedIoFlush.</summary>
    internal void CleanupForRemove(bool graceful)
    {
        var thread = KTHREAD.Current!;
        _device.General.SetInterfacesEnabled(thread, false);
        foreach (var queue in _device.Io.Queues)
        {
            if (queue.PowerManaged)
            {
                queue.StopForPower(thread, purge: true);
            }
        }

        FlushSelfManagedIo();
    }

    /// <summary>PnpEventRemovedCommonCode: the other queues purged, EvtDeviceSelfManagedIoCleanup.
    /// The object tree goes once REMOVE_DEVICE has gone down.</summary>
    internal void RemovedCommonCode()
    {
        var thread = KTHREAD.Current!;
        foreach (var queue in _device.Io.Queues)
        {
            if (!queue.PowerManaged)
            {
                queue.StopForPower(thread, purge: true);
            }
        }

        CleanupSelfManagedIo();
    }

    internal void SetInternalFailure() => _internalFailure = true;

    /// <summary>A device that failed (WdfDeviceSetFailed, or an internal failure) has the PnP manager ask
    /// for its PNP_DEVICE_STATE again, which then reports PNP_DEVICE_FAILED.</summary>
    internal void InvalidateDeviceStateIfFailed()
    {
        if ((_failedAction != WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedUndefined || _internalFailure) && _device.PhysicalDevice is { } pdo)
        {
            Wdm.IoInvalidateDeviceState(pdo);
        }
    }

    /// <summary>EvtDevicePnpStateChange for a state the driver registered for, with the phases it asked for
    /// (leaving a state, entering it, after its work), as FxPkgPnp::PnpEnterNewState calls them.</summary>
    private void NotifyPnpState(WDF_STATE_NOTIFICATION_TYPE type, WDF_DEVICE_PNP_STATE current, WDF_DEVICE_PNP_STATE next)
    {
        var state = type == WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState ? current : next;
        if (!Callbacks.PnpStateCallbacks.TryGetValue(state, out var registered) || (registered.Types & type) == 0)
        {
            return;
        }

        var data = new WDF_DEVICE_PNP_NOTIFICATION_DATA { Type = type };
        var transition = new WDF_DEVICE_PNP_NOTIFICATION_DATA.Transition { CurrentState = current, NewState = next };
        switch (type)
        {
            case WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState:
                data.Data.EnterState = transition;
                break;
            case WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState:
                data.Data.LeaveState = transition;
                break;
            default:
                data.Data.PostProcessState.CurrentState = current;
                break;
        }

        Invoke(() => registered.Callback(Device, data));
    }

    /// <summary>Runs a driver callback charged to the driver's module, at PASSIVE_LEVEL on the thread running the machines.</summary>
    private NTSTATUS Invoke(Func<NTSTATUS> callback)
    {
        Debug.Assert(KTHREAD.Current!.Processor!.Irql == Wdm.PASSIVE_LEVEL, "PnP and power callbacks run at PASSIVE_LEVEL");
        using (_device.Globals.EnterClient(KTHREAD.Current!))
        {
            return callback();
        }
    }

    private void Invoke(Action callback)
    {
        Debug.Assert(KTHREAD.Current!.Processor!.Irql == Wdm.PASSIVE_LEVEL, "PnP and power callbacks run at PASSIVE_LEVEL");
        using (_device.Globals.EnterClient(KTHREAD.Current!))
        {
            callback();
        }
    }
}
