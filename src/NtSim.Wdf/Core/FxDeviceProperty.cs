namespace NtSim;

/// <summary>
/// Device properties read from the PDO under a device or a WDFDEVICE_INIT (FxDevice::_QueryProperty,
/// _AllocAndQueryProperty): IoGetDeviceProperty's statuses pass through (STATUS_BUFFER_TOO_SMALL with the
/// length needed, STATUS_OBJECT_NAME_NOT_FOUND for a property the device does not have).
/// </summary>
internal static class FxDeviceProperty
{
    /// <summary>The PDO whose properties a device reads, or the status a control (non-PnP) device gets.</summary>
    internal static NTSTATUS Pdo(FxDriverGlobals globals, DEVICE_OBJECT? pdo, bool control, ulong handle, out DEVICE_OBJECT? physicalDevice)
    {
        physicalDevice = pdo;
        if (control || pdo is null)
        {
            // fxdeviceapi.cpp / fxdeviceinitapi.cpp: a legacy device or a control device's init has no PDO to ask.
            globals.Log.Add("FxDevice::_QueryProperty", $"WDFDEVICE 0x{handle:x16} is not a PnP device, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>_AllocAndQueryProperty: asks the length (anything but STATUS_BUFFER_TOO_SMALL is the answer),
    /// then reads the property into a new WDFMEMORY of that length and the driver's tag.</summary>
    internal static NTSTATUS AllocAndQuery(KTHREAD thread, FxDriverGlobals globals, DEVICE_OBJECT pdo, DEVICE_REGISTRY_PROPERTY property,
        POOL_TYPE poolType, WDF_OBJECT_ATTRIBUTES? attributes, string file, int line, out FxMemoryObject? memory)
    {
        memory = null;
        var status = Wdm.IoGetDeviceProperty(pdo, property, 0, PVOID.NULL, out var length);
        if (status != Wdm.STATUS_BUFFER_TOO_SMALL)
        {
            globals.Log.Add("FxDevice::_AllocAndQueryProperty", $"Could not retrieve property {(int)property} length, {NtNames.Format(status)}");
            // An empty property (success with no length) gives no memory to return: a failure here.
            return Wdm.NT_SUCCESS(status) ? Wdm.STATUS_UNSUCCESSFUL : status;
        }

        status = FxMemoryFromPool.Create(thread, globals, attributes, poolType, globals.PoolTag, length, file, line, out var created);
        if (!Wdm.NT_SUCCESS(status))
        {
            globals.Log.Add("FxDevice::_AllocAndQueryProperty", $"Could not allocate WDFMEMORY, {NtNames.Format(status)}");
            return status;
        }

        status = Wdm.IoGetDeviceProperty(pdo, property, length, created!.Buffer, out length);
        if (!Wdm.NT_SUCCESS(status))
        {
            globals.Log.Add("FxDevice::_AllocAndQueryProperty",
                $"Could not query for full buffer, size {length}, for property {(int)property}, {NtNames.Format(status)}");
            created.Delete(thread);
            return status;
        }

        memory = created;
        return status;
    }
}
