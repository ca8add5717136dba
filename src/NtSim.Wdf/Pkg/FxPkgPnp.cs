namespace NtSim;

/// <summary>
/// The PnP and power package (FxPkgPnp) of one device: PnP and power IRPs, and the driver's
/// PnP/power callbacks in the documented order (kmdf.md §5.3): on start PrepareHardware, D0Entry,
/// D0EntryPostInterruptsEnabled, queues started, SelfManagedIoInit (first start) or Restart; on
/// removal SelfManagedIoSuspend, queues purged, D0ExitPreInterruptsDisabled, D0Exit(D3Final),
/// ReleaseHardware, SelfManagedIoFlush, SelfManagedIoCleanup, then the device's object tree.
/// </summary>
internal sealed partial class FxPkgPnp
{
    private readonly FxDevice _device;
    private bool _started;
    private bool _everStarted;
    private bool _hardwarePrepared;

    internal FxPkgPnp(FxDevice device, WDFDEVICE_INIT init)
    {
        _device = device;
        Callbacks = init.Pnp;
    }

    internal FxPnpCallbacks Callbacks { get; }

    private WDF_PNPPOWER_EVENT_CALLBACKS Events => Callbacks.PnpPower;

    internal bool Started => _started;

    internal NTSTATUS DispatchPnp(KTHREAD thread, IRP irp)
    {
        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        _device.Globals.Log.Add("FxPkgPnp::Dispatch", $"WDFDEVICE 0x{_device.Handle:x16} !devobj 0x{_device.DeviceObject.ObjectAddress:x16}, IRP_MJ_PNP, 0x{stack.MinorFunction:x8}({PnpMinorNames.Of(stack.MinorFunction)}) IRP 0x{irp.Address:x16}");
        if (_device.AttachedDevice is null)
        {
            // A control device gets no PnP IRPs from the PnP manager; whatever comes keeps its status.
            return FxIrp.Complete(irp, irp.IoStatus.Status, irp.IoStatus.Information);
        }

        switch (stack.MinorFunction)
        {
            case Wdm.IRP_MN_START_DEVICE:
                return Start(thread, irp);
            case Wdm.IRP_MN_QUERY_REMOVE_DEVICE:
                return QueryVeto(thread, irp, Events.EvtDeviceQueryRemove);
            case Wdm.IRP_MN_QUERY_STOP_DEVICE:
                return QueryVeto(thread, irp, Events.EvtDeviceQueryStop);
            case Wdm.IRP_MN_STOP_DEVICE:
                PowerDown(thread, purge: false);
                irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
                return FxIrp.PassDown(_device, irp);
            case Wdm.IRP_MN_SURPRISE_REMOVAL:
                if (Events.EvtDeviceSurpriseRemoval is { } surprise)
                {
                    Call(thread, () => surprise(new WDFDEVICE(_device)));
                }

                PowerDown(thread, purge: true);
                irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
                return FxIrp.PassDown(_device, irp);
            case Wdm.IRP_MN_REMOVE_DEVICE:
                return Remove(thread, irp);
            case Wdm.IRP_MN_CANCEL_REMOVE_DEVICE:
            case Wdm.IRP_MN_CANCEL_STOP_DEVICE:
                irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
                return FxIrp.PassDown(_device, irp);
            default:
                return FxIrp.PassDown(_device, irp);
        }
    }

    internal NTSTATUS DispatchPower(KTHREAD thread, IRP irp)
    {
        if (_device.AttachedDevice is not { } lower)
        {
            Wdm.PoStartNextPowerIrp(irp);
            return FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
        }

        Wdm.PoStartNextPowerIrp(irp);
        Wdm.IoSkipCurrentIrpStackLocation(irp);
        return Wdm.PoCallDriver(lower, irp);
    }

    private NTSTATUS Start(KTHREAD thread, IRP irp)
    {
        // START_DEVICE goes to the lower drivers first, then this driver starts (a-user-plugs-in-a-device).
        Wdm.IoForwardIrpSynchronously(_device.AttachedDevice!, irp);
        var status = irp.IoStatus.Status;
        if (Wdm.NT_SUCCESS(status))
        {
            status = PowerUp(thread);
        }

        return FxIrp.Complete(irp, status, 0);
    }

    private NTSTATUS PowerUp(KTHREAD thread)
    {
        var device = new WDFDEVICE(_device);
        var status = Wdm.STATUS_SUCCESS;
        if (Events.EvtDevicePrepareHardware is { } prepare)
        {
            // No hardware is simulated yet: both resource lists are empty.
            status = CallStatus(thread, () => prepare(device, default, default));
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        _hardwarePrepared = true;
        if (Events.EvtDeviceD0Entry is { } d0Entry)
        {
            status = CallStatus(thread, () => d0Entry(device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final));
        }

        if (Wdm.NT_SUCCESS(status) && Events.EvtDeviceD0EntryPostInterruptsEnabled is { } post)
        {
            status = CallStatus(thread, () => post(device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final));
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        foreach (var queue in _device.Io.Queues)
        {
            if (queue.PowerManaged)
            {
                queue.ResumeFromPower(thread);
            }
        }

        if (!_everStarted && Events.EvtDeviceSelfManagedIoInit is { } init)
        {
            status = CallStatus(thread, () => init(device));
        }
        else if (_everStarted && Events.EvtDeviceSelfManagedIoRestart is { } restart)
        {
            status = CallStatus(thread, () => restart(device));
        }

        _everStarted = true;
        _started = Wdm.NT_SUCCESS(status);
        _device.General.SetInterfacesEnabled(thread, _started);
        return status;
    }

    private void PowerDown(KTHREAD thread, bool purge)
    {
        var device = new WDFDEVICE(_device);
        if (_started)
        {
            _started = false;
            if (Events.EvtDeviceSelfManagedIoSuspend is { } suspend)
            {
                CallStatus(thread, () => suspend(device));
            }

            foreach (var queue in _device.Io.Queues)
            {
                if (queue.PowerManaged || purge)
                {
                    queue.StopForPower(thread, purge);
                }
            }

            if (Events.EvtDeviceD0ExitPreInterruptsDisabled is { } pre)
            {
                CallStatus(thread, () => pre(device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final));
            }

            if (Events.EvtDeviceD0Exit is { } d0Exit)
            {
                CallStatus(thread, () => d0Exit(device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final));
            }
        }

        if (_hardwarePrepared)
        {
            _hardwarePrepared = false;
            if (Events.EvtDeviceReleaseHardware is { } release)
            {
                CallStatus(thread, () => release(device, default));
            }
        }

        _device.General.SetInterfacesEnabled(thread, false);
    }

    private NTSTATUS QueryVeto(KTHREAD thread, IRP irp, Func<WDFDEVICE, NTSTATUS>? query)
    {
        var status = query is null ? Wdm.STATUS_SUCCESS : CallStatus(thread, () => query(new WDFDEVICE(_device)));
        if (!Wdm.NT_SUCCESS(status))
        {
            return FxIrp.Complete(irp, status, 0);
        }

        irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
        return FxIrp.PassDown(_device, irp);
    }

    private NTSTATUS QueryVeto(KTHREAD thread, IRP irp, EVT_WDF_DEVICE_QUERY_REMOVE? query) =>
        QueryVeto(thread, irp, query is null ? null : new Func<WDFDEVICE, NTSTATUS>(d => query(d)));

    private NTSTATUS QueryVeto(KTHREAD thread, IRP irp, EVT_WDF_DEVICE_QUERY_STOP? query) =>
        QueryVeto(thread, irp, query is null ? null : new Func<WDFDEVICE, NTSTATUS>(d => query(d)));

    private NTSTATUS Remove(KTHREAD thread, IRP irp)
    {
        PowerDown(thread, purge: true);
        var device = new WDFDEVICE(_device);
        if (_everStarted)
        {
            if (Events.EvtDeviceSelfManagedIoFlush is { } flush)
            {
                Call(thread, () => flush(device));
            }

            if (Events.EvtDeviceSelfManagedIoCleanup is { } cleanup)
            {
                Call(thread, () => cleanup(device));
            }
        }

        irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
        var status = FxIrp.PassDown(_device, irp);
        _device.Delete(thread);
        return status;
    }

    /// <summary>PnP and power callbacks run at PASSIVE_LEVEL, one at a time per device.</summary>
    private void Call(KTHREAD thread, Action callback)
    {
        using (_device.Globals.EnterClient(thread))
        {
            callback();
        }
    }

    private NTSTATUS CallStatus(KTHREAD thread, Func<NTSTATUS> callback)
    {
        using (_device.Globals.EnterClient(thread))
        {
            return callback();
        }
    }
}
