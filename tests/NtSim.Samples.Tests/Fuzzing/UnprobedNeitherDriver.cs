using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Fuzzing;

/// <summary>A deliberately wrong driver for the fuzzer to find: its METHOD_NEITHER control code
/// reads the caller's input buffer without ProbeForRead or __try/__except.</summary>
public sealed class UnprobedNeitherDriver : IDriver
{
    public static readonly uint IOCTL_UNPROBED = CTL_CODE(0x9000, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS);

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.MajorFunction[IRP_MJ_CREATE] = Complete;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = Complete;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = Complete;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = UnprobedDeviceControl;
        DriverObject.DriverUnload = Unload;
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(@"\Device\Unprobed"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Unprobed"), new UNICODE_STRING(@"\Device\Unprobed"));
    }

    private static NTSTATUS UnprobedDeviceControl(DEVICE_OBJECT device, IRP irp)
    {
        var stack = IoGetCurrentIrpStackLocation(irp);
        if (stack.Parameters.DeviceIoControl.IoControlCode == IOCTL_UNPROBED && stack.Parameters.DeviceIoControl.InputBufferLength >= 8)
        {
            irp.IoStatus.Information = (ulong)stack.Parameters.DeviceIoControl.Type3InputBuffer.Read<long>() & 0;
        }

        return Complete(device, irp);
    }

    private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private static void Unload(DRIVER_OBJECT driver)
    {
        IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Unprobed"));
        IoDeleteDevice(driver.DeviceObject!);
    }
}
