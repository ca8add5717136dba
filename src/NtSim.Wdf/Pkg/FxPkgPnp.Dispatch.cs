namespace NtSim;

internal sealed partial class FxPkgPnp
{
    private IRP? _pendingIrp;
    private bool _pendingSentDown;
    private NTSTATUS _pendingStatus;
    private NTSTATUS _finishedStatus;

    internal NTSTATUS DispatchPnp(KTHREAD thread, IRP irp)
    {
        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        _device.Globals.Log.Add("FxPkgPnp::Dispatch", $"WDFDEVICE 0x{_device.Handle:x16} !devobj 0x{_device.DeviceObject.ObjectAddress:x16}, IRP_MJ_PNP, 0x{stack.MinorFunction:x8}({PnpMinorNames.Of(stack.MinorFunction)}) IRP 0x{irp.Address:x16}");
        if (_device.AttachedDevice is null)
        {
            // A control device gets no PnP IRPs from the PnP manager; whatever comes keeps its status.
            return FxIrp.Complete(irp, irp.IoStatus.Status, irp.IoStatus.Information);
        }

        if (Pnp.Current == WDF_DEVICE_PNP_STATE.WdfDevStatePnpObjectCreated)
        {
            // AddDevice has returned (the PnP manager sends no IRP before): PnpEventAddDevice takes the device to Init.
            PostPnp(FxPnpEvent.AddDevice);
        }

        switch (stack.MinorFunction)
        {
            case Wdm.IRP_MN_START_DEVICE:
                // START_DEVICE goes to the lower drivers first (InitStarting sends it down), then this driver starts.
                return Drive(thread, irp, FxPnpEvent.StartDevice, sentDown: false);
            case Wdm.IRP_MN_QUERY_REMOVE_DEVICE:
                return Drive(thread, irp, FxPnpEvent.QueryRemove, sentDown: false);
            case Wdm.IRP_MN_QUERY_STOP_DEVICE:
                return Drive(thread, irp, FxPnpEvent.QueryStop, sentDown: false);
            case Wdm.IRP_MN_STOP_DEVICE:
                return Drive(thread, irp, FxPnpEvent.Stop, sentDown: false);
            case Wdm.IRP_MN_SURPRISE_REMOVAL:
                return Drive(thread, irp, FxPnpEvent.SurpriseRemove, sentDown: false);
            case Wdm.IRP_MN_CANCEL_REMOVE_DEVICE:
            case Wdm.IRP_MN_CANCEL_STOP_DEVICE:
                // A cancel goes down first (the lower drivers undo their query), then this device returns to Started.
                irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
                Wdm.IoForwardIrpSynchronously(_device.AttachedDevice, irp);
                return Drive(thread, irp, stack.MinorFunction == Wdm.IRP_MN_CANCEL_REMOVE_DEVICE ? FxPnpEvent.CancelRemove : FxPnpEvent.CancelStop,
                    sentDown: true);
            case Wdm.IRP_MN_REMOVE_DEVICE:
                return Remove(thread, irp);
            case Wdm.IRP_MN_QUERY_CAPABILITIES:
                return QueryCapabilities(irp);
            case Wdm.IRP_MN_QUERY_PNP_DEVICE_STATE:
                return QueryPnpDeviceState(irp);
            case Wdm.IRP_MN_QUERY_INTERFACE:
                return QueryInterface(irp);
            default:
                return FxIrp.PassDown(_device, irp);
        }
    }

    /// <summary>The kernel sends no device power IRPs yet (no idle, sleep or wake): whatever comes goes down.</summary>
    internal NTSTATUS DispatchPower(KTHREAD thread, IRP irp)
    {
        Wdm.PoStartNextPowerIrp(irp);
        if (_device.AttachedDevice is not { } lower)
        {
            return FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
        }

        Wdm.IoSkipCurrentIrpStackLocation(irp);
        return Wdm.PoCallDriver(lower, irp);
    }

    /// <summary>The IRP becomes the machine's pending IRP, the event runs the machines, and the state that
    /// finishes the IRP (completes it, or sends it down) decides what the dispatch routine returns.</summary>
    private NTSTATUS Drive(KTHREAD thread, IRP irp, FxPnpEvent e, bool sentDown)
    {
        SetPendingIrp(thread, irp, sentDown);
        PostPnp(e);
        if (_pendingIrp == irp)
        {
            // No state took the event (the machine dropped it): the IRP goes on as the framework found it.
            FinishPendingIrp(WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull);
        }

        return _finishedStatus;
    }

    /// <summary>REMOVE_DEVICE: the machines release the hardware and clean up, the IRP goes down, and the
    /// device's object tree is deleted (EvtCleanupCallback children first), as FxPkgFdo::_PnpRemoveDevice.</summary>
    private NTSTATUS Remove(KTHREAD thread, IRP irp)
    {
        SetPendingIrp(thread, irp, sentDown: false);
        PostPnp(FxPnpEvent.Remove);
        FinishPendingIrp(WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull);
        var status = _finishedStatus;
        if (Pnp.Current == WDF_DEVICE_PNP_STATE.WdfDevStatePnpFinal)
        {
            _device.Delete(thread);
        }

        return status;
    }

    /// <summary>A second state-changing PnP IRP while one is pending is WDF_VIOLATION 0xC (P2 the device, P3 the new IRP).</summary>
    private void SetPendingIrp(KTHREAD thread, IRP irp, bool sentDown)
    {
        if (_pendingIrp is { } pending)
        {
            var minor = Wdm.IoGetCurrentIrpStackLocation(pending).MinorFunction;
            _device.Globals.BugCheck(thread, Wdf.WDF_PNP_FATAL_ERROR, _device.Handle, irp.Address,
                $"WDFDEVICE 0x{_device.Handle:x} got IRP 0x{irp.Address:x} while {PnpMinorNames.Of(minor)} IRP 0x{pending.Address:x} is still being processed");
        }

        _pendingIrp = irp;
        _pendingSentDown = sentDown;
        _pendingStatus = sentDown ? irp.IoStatus.Status : Wdm.STATUS_SUCCESS;
    }

    internal void SetPendingStatus(NTSTATUS status)
    {
        if (_pendingIrp is not null)
        {
            _pendingStatus = status;
        }
    }

    /// <summary>PnpFinishProcessingIrp: an IRP the lower drivers have seen (START_DEVICE, a cancel) is
    /// completed with the pending status; another is sent down if it succeeded, else completed with the
    /// failure. Returns <paramref name="next"/>, the state the caller goes to.</summary>
    internal WDF_DEVICE_PNP_STATE FinishPendingIrp(WDF_DEVICE_PNP_STATE next)
    {
        if (_pendingIrp is not { } irp)
        {
            return next;
        }

        _pendingIrp = null;
        if (_pendingSentDown || !Wdm.NT_SUCCESS(_pendingStatus))
        {
            _finishedStatus = FxIrp.Complete(irp, _pendingStatus, _pendingSentDown ? irp.IoStatus.Information : 0);
        }
        else
        {
            irp.IoStatus.Status = Wdm.STATUS_SUCCESS;
            _finishedStatus = FxIrp.PassDown(_device, irp);
        }

        return next;
    }

    internal WDF_DEVICE_PNP_STATE PassPendingIrpDown() => FinishPendingIrp(WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull);

    internal WDF_DEVICE_PNP_STATE FailPendingIrp(NTSTATUS status, WDF_DEVICE_PNP_STATE next)
    {
        SetPendingStatus(status);
        return FinishPendingIrp(next);
    }

    /// <summary>InitStarting / StoppedWaitForStartCompletion / RestartReleaseHardware: START_DEVICE to the
    /// lower drivers and back; if they fail it, it is completed with their status and StartDeviceFailed follows.</summary>
    internal WDF_DEVICE_PNP_STATE SendStartDown(WDF_DEVICE_PNP_STATE next)
    {
        var irp = _pendingIrp!;
        Wdm.IoForwardIrpSynchronously(_device.AttachedDevice!, irp);
        _pendingSentDown = true;
        _pendingStatus = irp.IoStatus.Status;
        if (Wdm.NT_SUCCESS(_pendingStatus))
        {
            return next;
        }

        FinishPendingIrp(WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull);
        PostPnp(FxPnpEvent.StartDeviceFailed);
        return WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull;
    }
}
