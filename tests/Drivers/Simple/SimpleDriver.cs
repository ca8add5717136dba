using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// A minimal WDM function driver: AddDevice attaches an FDO over the PDO, IRP_MN_START_DEVICE is
/// passed down and succeeds, IRP_MN_REMOVE_DEVICE detaches and deletes the FDO, every other PnP IRP
/// goes down untouched. The service's Parameters\FailStart (a DWORD) makes START fail with that status.
/// </summary>
public sealed class SimpleDriver : IDriver
{
    private uint _failStart;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        _failStart = ReadFailStart(RegistryPath);
        DriverObject.DriverExtension.AddDevice = SimpleAddDevice;
        DriverObject.MajorFunction[IRP_MJ_PNP] = SimpleDispatchPnp;
        DriverObject.DriverUnload = _ => DbgPrint("Simple: unloaded\n");
        return STATUS_SUCCESS;
    }

    private static uint ReadFailStart(UNICODE_STRING registryPath)
    {
        var path = new UNICODE_STRING(registryPath + @"\Parameters");
        InitializeObjectAttributes(out var attributes, path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        if (!NT_SUCCESS(ZwOpenKey(out var key, KEY_READ, attributes)))
        {
            return 0;
        }

        var buffer = new byte[64];
        var status = ZwQueryValueKey(key, new UNICODE_STRING("FailStart"), KeyValuePartialInformation, buffer.AsSpan(), out _);
        ZwClose(key);
        return NT_SUCCESS(status) ? BitConverter.ToUInt32(buffer, 12) : 0;
    }

    private NTSTATUS SimpleAddDevice(DRIVER_OBJECT driver, DEVICE_OBJECT pdo)
    {
        var status = IoCreateDevice<SimpleExtension>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out var fdo);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        fdo!.Extension<SimpleExtension>().Lower = IoAttachDeviceToDeviceStack(fdo, pdo);
        fdo.Flags &= ~DO_DEVICE_INITIALIZING;
        DbgPrint("Simple: AddDevice\n");
        return STATUS_SUCCESS;
    }

    private NTSTATUS SimpleDispatchPnp(DEVICE_OBJECT fdo, IRP irp)
    {
        var lower = fdo.Extension<SimpleExtension>().Lower!;
        var stack = IoGetCurrentIrpStackLocation(irp);
        switch (stack.MinorFunction)
        {
            case IRP_MN_START_DEVICE:
                IoForwardIrpSynchronously(lower, irp);
                var status = _failStart != 0 ? (NTSTATUS)(int)_failStart : STATUS_SUCCESS;
                irp.IoStatus.Status = status;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                DbgPrint("Simple: START_DEVICE\n");
                return status;
            case IRP_MN_REMOVE_DEVICE:
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoSkipCurrentIrpStackLocation(irp);
                var removed = IoCallDriver(lower, irp);
                IoDetachDevice(lower);
                IoDeleteDevice(fdo);
                return removed;
            case IRP_MN_QUERY_REMOVE_DEVICE:
            case IRP_MN_CANCEL_REMOVE_DEVICE:
            case IRP_MN_SURPRISE_REMOVAL:
                irp.IoStatus.Status = STATUS_SUCCESS;
                break;
        }

        IoSkipCurrentIrpStackLocation(irp);
        return IoCallDriver(lower, irp);
    }

    private sealed class SimpleExtension
    {
        public DEVICE_OBJECT? Lower { get; set; }
    }
}
