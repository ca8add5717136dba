using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfDeviceQueryProperty: the device's PDO property into PropertyBuffer; STATUS_BUFFER_TOO_SMALL with
    /// the length needed in ResultLength; STATUS_INVALID_DEVICE_REQUEST for a control device.</summary>
    public static NTSTATUS WdfDeviceQueryProperty(WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty, uint BufferLength,
        PVOID PropertyBuffer, out uint ResultLength)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceQueryProperty);
        ResultLength = 0;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceQueryProperty));
        RequireBuffer(thread, device.Globals, nameof(WdfDeviceQueryProperty), BufferLength, PropertyBuffer);
        var status = FxDeviceProperty.Pdo(device.Globals, device.PhysicalDevice, device.IsControlDevice, device.Handle, out var pdo);
        return Wdm.NT_SUCCESS(status) ? Wdm.IoGetDeviceProperty(pdo!, DeviceProperty, BufferLength, PropertyBuffer, out ResultLength) : status;
    }

    /// <summary>WdfDeviceAllocAndQueryProperty: the property in a new WDFMEMORY (the driver's tag, PoolType),
    /// parented as PropertyMemoryAttributes say (the driver by default).</summary>
    public static NTSTATUS WdfDeviceAllocAndQueryProperty(WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty, POOL_TYPE PoolType,
        WDF_OBJECT_ATTRIBUTES? PropertyMemoryAttributes, out WDFMEMORY PropertyMemory,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceAllocAndQueryProperty);
        PropertyMemory = default;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceAllocAndQueryProperty));
        var status = FxDeviceProperty.Pdo(device.Globals, device.PhysicalDevice, device.IsControlDevice, device.Handle, out var pdo);
        if (Wdm.NT_SUCCESS(status))
        {
            status = FxDeviceProperty.AllocAndQuery(thread, device.Globals, pdo!, DeviceProperty, PoolType, PropertyMemoryAttributes, file, line, out var memory);
            PropertyMemory = new WDFMEMORY(memory);
        }

        return status;
    }

    /// <summary>WdfFdoInitQueryProperty: as WdfDeviceQueryProperty, in EvtDriverDeviceAdd before the device exists
    /// (STATUS_INVALID_DEVICE_REQUEST for a control device's init).</summary>
    public static NTSTATUS WdfFdoInitQueryProperty(WDFDEVICE_INIT DeviceInit, DEVICE_REGISTRY_PROPERTY DeviceProperty, uint BufferLength,
        PVOID PropertyBuffer, out uint ResultLength)
    {
        var init = Init(DeviceInit, WdfDdis.WdfFdoInitQueryProperty);
        ResultLength = 0;
        RequireBuffer(KTHREAD.Current!, init.Driver.Globals, nameof(WdfFdoInitQueryProperty), BufferLength, PropertyBuffer);
        var status = FxDeviceProperty.Pdo(init.Driver.Globals, init.PhysicalDevice, init.IsControlDevice, 0, out var pdo);
        return Wdm.NT_SUCCESS(status) ? Wdm.IoGetDeviceProperty(pdo!, DeviceProperty, BufferLength, PropertyBuffer, out ResultLength) : status;
    }

    /// <summary>WdfFdoInitAllocAndQueryProperty: as WdfDeviceAllocAndQueryProperty, before the device exists.</summary>
    public static NTSTATUS WdfFdoInitAllocAndQueryProperty(WDFDEVICE_INIT DeviceInit, DEVICE_REGISTRY_PROPERTY DeviceProperty, POOL_TYPE PoolType,
        WDF_OBJECT_ATTRIBUTES? PropertyMemoryAttributes, out WDFMEMORY PropertyMemory,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var init = Init(DeviceInit, WdfDdis.WdfFdoInitAllocAndQueryProperty);
        PropertyMemory = default;
        var globals = init.Driver.Globals;
        var status = FxDeviceProperty.Pdo(globals, init.PhysicalDevice, init.IsControlDevice, 0, out var pdo);
        if (Wdm.NT_SUCCESS(status))
        {
            status = FxDeviceProperty.AllocAndQuery(KTHREAD.Current!, globals, pdo!, DeviceProperty, PoolType, PropertyMemoryAttributes, file, line, out var memory);
            PropertyMemory = new WDFMEMORY(memory);
        }

        return status;
    }

    /// <summary>FxPointerNotNull(PropertyBuffer) when BufferLength is not 0: 0x10D/0x4.</summary>
    private static void RequireBuffer(KTHREAD thread, FxDriverGlobals globals, string ddi, uint bufferLength, PVOID buffer)
    {
        if (bufferLength > 0 && buffer.IsNull)
        {
            FxHandles.RequiredNull(thread, globals, ddi, "PropertyBuffer");
        }
    }
}
