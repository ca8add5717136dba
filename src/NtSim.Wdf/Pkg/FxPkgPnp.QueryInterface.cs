namespace NtSim;

// IRP_MN_QUERY_INTERFACE (FxPkgPnp::HandleQueryInterface, fxqueryinterfaceapi.cpp): the interfaces the device added
// with WdfDeviceAddQueryInterface answer it; WdfFdoQueryForInterface asks the device's own stack.
internal sealed partial class FxPkgPnp
{
    private readonly List<FxQueryInterface> _queryInterfaces = [];

    internal void AddQueryInterface(FxQueryInterface entry)
    {
        lock (_queryInterfaces)
        {
            _queryInterfaces.Add(entry);
        }
    }

    /// <summary>WdfFdoQueryForInterface: IRP_MN_QUERY_INTERFACE to the top of the device's stack, waited for;
    /// the stack's status (STATUS_NOT_SUPPORTED when no driver answered).</summary>
    internal NTSTATUS QueryForInterface(KTHREAD thread, Guid interfaceType, INTERFACE exposed, ushort size, ushort version, object? specificData)
    {
        var request = PnpIrp.Build(thread, _device.DeviceObject, Wdm.IRP_MN_QUERY_INTERFACE);
        request.Stack.Parameters.QueryInterface = new IO_STACK_PARAMETERS.QueryInterfaceParameters
        {
            InterfaceType = interfaceType,
            Size = size,
            Version = version,
            Interface = exposed,
            InterfaceSpecificData = specificData,
        };
        return request.Send(thread).Status;
    }

    /// <summary>An interface this device added: copied to the caller's (unless imported) when the caller's size and
    /// version hold it (else STATUS_INVALID_BUFFER_SIZE), the callback, a reference for the caller, and then, as a
    /// function or filter device, the IRP goes down with the status and completes with the lower drivers' answer.</summary>
    private NTSTATUS QueryInterface(IRP irp)
    {
        var parameters = Wdm.IoGetCurrentIrpStackLocation(irp).Parameters.QueryInterface;
        FxQueryInterface? found;
        lock (_queryInterfaces)
        {
            found = _queryInterfaces.Find(q => q.InterfaceType == parameters.InterfaceType);
        }

        if (found is null || parameters.Interface is not { } exposed)
        {
            return FxIrp.PassDown(_device, irp);
        }

        if (found.Interface is { } registered)
        {
            if (registered.Size > parameters.Size || registered.Version > parameters.Version)
            {
                return FxIrp.Complete(irp, Wdm.STATUS_INVALID_BUFFER_SIZE, 0);
            }

            if (!found.ImportInterface)
            {
                found.CopyTo(exposed);
            }
        }

        var status = Wdm.STATUS_SUCCESS;
        if (found.Process is { } process)
        {
            var type = parameters.InterfaceType;
            status = Invoke(() => process(Device, type, exposed, parameters.InterfaceSpecificData));
            if (!Wdm.NT_SUCCESS(status) && status != Wdm.STATUS_NOT_SUPPORTED)
            {
                return FxIrp.Complete(irp, status, 0);
            }
        }

        exposed.InterfaceReference?.Invoke(exposed.Context);
        irp.IoStatus.Status = status;
        if (_device.AttachedDevice is { } lower)
        {
            Wdm.IoForwardIrpSynchronously(lower, irp);
        }

        return FxIrp.Complete(irp, irp.IoStatus.Status, irp.IoStatus.Information);
    }
}
