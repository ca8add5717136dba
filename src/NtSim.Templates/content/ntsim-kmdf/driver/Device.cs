using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>The device context: the data the last write left. The default queue is sequential, so
/// one request at a time touches it and it needs no lock.</summary>
public sealed class DEVICE_CONTEXT
{
    /// <summary>MYDRIVER_BUFFER_SIZE bytes of nonpaged pool, a framework memory object parented to
    /// the device: the framework frees it with the device.</summary>
    public WDFMEMORY Data;

    /// <summary>How many bytes of <see cref="Data"/> the last write filled.</summary>
    public ulong Length;
}

public sealed partial class Driver
{
    private static readonly PFN_WDF_GET_CONTEXT<DEVICE_CONTEXT> DeviceGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<DEVICE_CONTEXT>();

    /// <summary>Creates the device with its context, its data block, its device interface and its default queue.</summary>
    private static NTSTATUS MyDriverDeviceCreate(WDFDEVICE_INIT DeviceInit)
    {
        WdfDeviceInitSetIoType(DeviceInit, WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered);
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<DEVICE_CONTEXT>(out var deviceAttributes);
        WDFDEVICE_INIT? init = DeviceInit;
        var status = WdfDeviceCreate(ref init, deviceAttributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        // The data block lives as long as the device: its parent.
        WDF_OBJECT_ATTRIBUTES_INIT(out var memoryAttributes);
        memoryAttributes.ParentObject = device;
        var context = DeviceGetContext(device)!;
        status = WdfMemoryCreate(memoryAttributes, NonPagedPoolNx, TAG("MyDr"), MYDRIVER_BUFFER_SIZE, out context.Data, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        // Clients find the device by this interface; the framework enables it when the device starts.
        status = WdfDeviceCreateDeviceInterface(device, GUID_DEVINTERFACE_MYDRIVER, null);
        return NT_SUCCESS(status) ? MyDriverQueueInitialize(device) : status;
    }
}
