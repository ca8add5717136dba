namespace NtSim;

internal sealed partial class FxRegKey
{
    /// <summary>Makes a key object and opens it with <paramref name="open"/>; the object is deleted
    /// again when the open fails (DeleteFromFailedCreate).</summary>
    internal static NTSTATUS Create(KTHREAD thread, FxDriverGlobals globals, WDF_OBJECT_ATTRIBUTES? attributes, FxObject? defaultParent,
        Func<FxRegKey, NTSTATUS> open, out FxRegKey? key)
    {
        key = null;
        var created = new FxRegKey(globals);
        var status = created.Commit(thread, attributes, attributes?.ParentObject.Target is null ? defaultParent : null);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = open(created);
        if (!Wdm.NT_SUCCESS(status))
        {
            created.Delete(thread);
            return status;
        }

        key = created;
        return status;
    }

    /// <summary>The driver's Parameters key under its service key: created when the caller asks to
    /// write, opened when it only reads (fxdriverapikm.cpp WdfDriverOpenParametersRegistryKey).</summary>
    internal NTSTATUS OpenParameters(string registryPath, uint desiredAccess)
    {
        const uint readOnly = Wdm.KEY_READ | Wdm.GENERIC_READ | Wdm.STANDARD_RIGHTS_READ;
        return Open(HANDLE.NULL, registryPath + @"\Parameters", desiredAccess, create: (desiredAccess & ~readOnly) != 0, Wdm.REG_OPTION_NON_VOLATILE, out _);
    }

    /// <summary>A device's hardware or software key (IoOpenDeviceRegistryKey on its PDO).</summary>
    internal NTSTATUS OpenDeviceKey(DEVICE_OBJECT? physicalDevice, uint deviceInstanceKeyType, uint desiredAccess)
    {
        if (physicalDevice is null)
        {
            // A control device has no device node, hence no device or driver key.
            Globals.Log.Error("a device without a PDO (a control device) has no PnP registry keys");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var status = Wdm.IoOpenDeviceRegistryKey(physicalDevice, deviceInstanceKeyType, desiredAccess, out var handle);
        if (Wdm.NT_SUCCESS(status))
        {
            Adopt(handle);
        }

        return status;
    }
}
