using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Hello: a legacy driver with one device, \Device\Hello, and its DOS name \??\Hello. DriverEntry
/// reads its own ImagePath and Start from its service key (RegistryPath) and prints them; its
/// Parameters subkey may hold FailEntry (a DWORD NTSTATUS): DriverEntry then creates its device,
/// link and pool as usual, undoes it all and returns that status. DriverUnload cleans up.
/// </summary>
public sealed class HelloDriver : IDriver
{
    private const string DeviceName = @"\Device\Hello";
    private const string LinkName = @"\??\Hello";
    private static readonly uint Tag = TAG("Hell");

    private PVOID _buffer;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Hello: DriverEntry %wZ\n", RegistryPath);
        var status = ReadServiceKey(RegistryPath, out var failEntry);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        DriverObject.DriverUnload = HelloUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = HelloCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = HelloCreateClose;

        status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(DeviceName), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = IoCreateSymbolicLink(new UNICODE_STRING(LinkName), new UNICODE_STRING(DeviceName));
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(device!);
            return status;
        }

        _buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
        if (_buffer.IsNull || failEntry != 0)
        {
            // Leave nothing behind: what a failed DriverEntry must undo itself.
            if (!_buffer.IsNull)
            {
                ExFreePoolWithTag(_buffer, Tag);
            }

            IoDeleteSymbolicLink(new UNICODE_STRING(LinkName));
            IoDeleteDevice(device!);
            return failEntry != 0 ? unchecked((NTSTATUS)failEntry) : STATUS_INSUFFICIENT_RESOURCES;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private void HelloUnload(DRIVER_OBJECT DriverObject)
    {
        ExFreePoolWithTag(_buffer, Tag);
        IoDeleteSymbolicLink(new UNICODE_STRING(LinkName));
        IoDeleteDevice(DriverObject.DeviceObject!);
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Hello: unloaded\n");
    }

    private static NTSTATUS HelloCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>Prints ImagePath and Start from the service key, and reads Parameters\FailEntry.</summary>
    private static NTSTATUS ReadServiceKey(UNICODE_STRING registryPath, out uint failEntry)
    {
        failEntry = 0;
        InitializeObjectAttributes(out var attributes, registryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
        var status = ZwOpenKey(out var key, KEY_READ, attributes);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var buffer = new byte[512];
            status = ZwQueryValueKey(key, new UNICODE_STRING("ImagePath"), KeyValuePartialInformation, buffer, out _);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            var imagePath = System.Text.Encoding.Unicode.GetString(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data).TrimEnd('\0');
            status = ZwQueryValueKey(key, new UNICODE_STRING("Start"), KeyValuePartialInformation, buffer, out _);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            var start = BitConverter.ToUInt32(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data);
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Hello: ImagePath=%ws Start=%u\n", imagePath, start);

            InitializeObjectAttributes(out var parametersAttributes, new UNICODE_STRING("Parameters"), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, key, null);
            if (NT_SUCCESS(ZwOpenKey(out var parameters, KEY_READ, parametersAttributes)))
            {
                if (NT_SUCCESS(ZwQueryValueKey(parameters, new UNICODE_STRING("FailEntry"), KeyValuePartialInformation, buffer, out _)))
                {
                    failEntry = BitConverter.ToUInt32(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data);
                }

                ZwClose(parameters);
            }

            return STATUS_SUCCESS;
        }
        finally
        {
            ZwClose(key);
        }
    }
}
