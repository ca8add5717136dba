using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Widget: the smallest WDM function driver. AddDevice creates an unnamed FDO and attaches it to the
/// PDO; every PnP IRP goes down the stack; IRP_MN_REMOVE_DEVICE detaches and deletes the FDO. Its
/// service key's Parameters subkey may hold FailStart (a DWORD NTSTATUS): IRP_MN_START_DEVICE then
/// fails with it, so the device gets CM_PROB_FAILED_START (10).
/// </summary>
public sealed class WidgetDriver : IDriver
{
    private readonly Dictionary<DEVICE_OBJECT, DEVICE_OBJECT> _lower = [];
    private NTSTATUS _failStart;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        _failStart = ReadFailStart(RegistryPath);
        DriverObject.DriverExtension.AddDevice = WidgetEvtDeviceAdd;
        DriverObject.MajorFunction[IRP_MJ_PNP] = WidgetDispatchPnp;
        DriverObject.DriverUnload = _ => DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Widget: unloaded\n");
        return STATUS_SUCCESS;
    }

    private NTSTATUS WidgetEvtDeviceAdd(DRIVER_OBJECT driver, DEVICE_OBJECT pdo)
    {
        var status = IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out var fdo);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        _lower[fdo!] = IoAttachDeviceToDeviceStack(fdo!, pdo)!;
        fdo!.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private NTSTATUS WidgetDispatchPnp(DEVICE_OBJECT fdo, IRP irp)
    {
        var stack = IoGetCurrentIrpStackLocation(irp);
        var lower = _lower[fdo];
        switch (stack.MinorFunction)
        {
            case IRP_MN_START_DEVICE when _failStart != STATUS_SUCCESS:
                irp.IoStatus.Status = _failStart;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return _failStart;
            case IRP_MN_REMOVE_DEVICE:
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoSkipCurrentIrpStackLocation(irp);
                var status = IoCallDriver(lower, irp);
                IoDetachDevice(lower);
                IoDeleteDevice(fdo);
                _lower.Remove(fdo);
                return status;
            case IRP_MN_START_DEVICE or IRP_MN_QUERY_REMOVE_DEVICE or IRP_MN_CANCEL_REMOVE_DEVICE or IRP_MN_SURPRISE_REMOVAL:
                irp.IoStatus.Status = STATUS_SUCCESS;
                break;
        }

        IoSkipCurrentIrpStackLocation(irp);
        return IoCallDriver(lower, irp);
    }

    /// <summary>Parameters\FailStart of the service key, or STATUS_SUCCESS.</summary>
    private static NTSTATUS ReadFailStart(UNICODE_STRING registryPath)
    {
        InitializeObjectAttributes(out var attributes, registryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
        if (!NT_SUCCESS(ZwOpenKey(out var key, KEY_READ, attributes)))
        {
            return STATUS_SUCCESS;
        }

        try
        {
            InitializeObjectAttributes(out var parametersAttributes, new UNICODE_STRING("Parameters"), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, key, null);
            if (!NT_SUCCESS(ZwOpenKey(out var parameters, KEY_READ, parametersAttributes)))
            {
                return STATUS_SUCCESS;
            }

            var buffer = new byte[64];
            var status = ZwQueryValueKey(parameters, new UNICODE_STRING("FailStart"), KeyValuePartialInformation, buffer, out _);
            ZwClose(parameters);
            return NT_SUCCESS(status) ? unchecked((NTSTATUS)BitConverter.ToUInt32(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data)) : STATUS_SUCCESS;
        }
        finally
        {
            ZwClose(key);
        }
    }
}
