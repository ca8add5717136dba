namespace NtSim;

// The device's raw and translated resource lists (FxPkgPnp m_ResourcesRaw / m_Resources): made once, children of
// the device, rebuilt from the pending START_DEVICE's lists before EvtDevicePrepareHardware (PnpMatchResources).
internal sealed partial class FxPkgPnp
{
    private FxCmResList? _resourcesRaw;
    private FxCmResList? _resources;

    private WDFCMRESLIST ResourcesRaw => new(_resourcesRaw);

    private WDFCMRESLIST Resources => new(_resources);

    /// <summary>PnpMatchResources: both lists from the pending IRP's AllocatedResources(Translated); a device
    /// without resources (a root device: both NULL) gets empty lists.</summary>
    private NTSTATUS MatchResources(KTHREAD thread)
    {
        var status = EnsureResourceLists(thread);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var start = _pendingIrp is { } irp ? Wdm.IoGetCurrentIrpStackLocation(irp).Parameters.StartDevice : default;
        status = _resourcesRaw!.BuildFromWdmList(thread, start.AllocatedResources);
        if (Wdm.NT_SUCCESS(status))
        {
            status = _resources!.BuildFromWdmList(thread, start.AllocatedResourcesTranslated);
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            _device.Globals.Log.Add("FxPkgPnp::PnpMatchResources",
                $"Could not allocate resource lists for WDFDEVICE 0x{_device.Handle:x16}, {NtNames.Format(status)}");
        }

        return status;
    }

    private NTSTATUS EnsureResourceLists(KTHREAD thread)
    {
        if (_resources is not null)
        {
            return Wdm.STATUS_SUCCESS;
        }

        var raw = new FxCmResList(_device.Globals);
        var status = raw.Commit(thread, null, _device);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var translated = new FxCmResList(_device.Globals);
        status = translated.Commit(thread, null, _device);
        if (!Wdm.NT_SUCCESS(status))
        {
            raw.Delete(thread);
            return status;
        }

        _resourcesRaw = raw;
        _resources = translated;
        return Wdm.STATUS_SUCCESS;
    }
}
