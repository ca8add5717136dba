namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfDriverOpenParametersRegistryKey: the driver's <c>Services\&lt;service&gt;\Parameters</c>
    /// key (created when opened for writing); the WDFKEY's parent is the driver.</summary>
    public static NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER Driver, uint DesiredAccess, WDF_OBJECT_ATTRIBUTES? KeyAttributes, out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverOpenParametersRegistryKey);
        Key = default;
        var driver = FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfDriverOpenParametersRegistryKey));
        var status = FxRegKey.Create(thread, driver.Globals, KeyAttributes, driver, k => k.OpenParameters(driver.Globals.RegistryPath, DesiredAccess), out var key);
        Key = new WDFKEY(key);
        return status;
    }

    /// <summary>WdfDeviceOpenRegistryKey: the device's hardware key (PLUGPLAY_REGKEY_DEVICE) or
    /// software key (PLUGPLAY_REGKEY_DRIVER); the WDFKEY's parent is the device unless the
    /// attributes name another.</summary>
    public static NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device, uint DeviceInstanceKeyType, uint DesiredAccess, WDF_OBJECT_ATTRIBUTES? KeyAttributes,
        out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceOpenRegistryKey);
        Key = default;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceOpenRegistryKey));
        var status = FxRegKey.Create(thread, device.Globals, KeyAttributes, device,
            k => k.OpenDeviceKey(device.PhysicalDevice, DeviceInstanceKeyType, DesiredAccess), out var key);
        Key = new WDFKEY(key);
        return status;
    }

    /// <summary>WdfFdoInitOpenRegistryKey: as WdfDeviceOpenRegistryKey, from EvtDriverDeviceAdd before
    /// the device exists; the WDFKEY's parent is the driver.</summary>
    public static NTSTATUS WdfFdoInitOpenRegistryKey(WDFDEVICE_INIT DeviceInit, uint DeviceInstanceKeyType, uint DesiredAccess, WDF_OBJECT_ATTRIBUTES? KeyAttributes,
        out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfFdoInitOpenRegistryKey);
        Key = default;
        if (DeviceInit is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfFdoInitOpenRegistryKey), nameof(DeviceInit));
        }

        var driver = DeviceInit.Driver;
        var status = FxRegKey.Create(thread, driver.Globals, KeyAttributes, driver,
            k => k.OpenDeviceKey(DeviceInit.PhysicalDevice, DeviceInstanceKeyType, DesiredAccess), out var key);
        Key = new WDFKEY(key);
        return status;
    }

    /// <summary>WdfRegistryOpenKey: opens an existing key, by absolute name or under <paramref name="ParentKey"/>.</summary>
    public static NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, UNICODE_STRING KeyName, uint DesiredAccess, WDF_OBJECT_ATTRIBUTES? KeyAttributes, out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryOpenKey);
        Key = default;
        var parent = RegParentHandle(thread, ParentKey, nameof(WdfRegistryOpenKey));
        var status = FxRegKey.Create(thread, FxClient.Globals(thread, KeyAttributes, nameof(WdfRegistryOpenKey)), KeyAttributes, null,
            k => k.Open(parent, KeyName.ToString(), DesiredAccess, create: false, 0, out _), out var key);
        Key = new WDFKEY(key);
        return status;
    }

    /// <summary>WdfRegistryCreateKey: opens a key, or creates it; <paramref name="CreateDisposition"/>
    /// says which (REG_CREATED_NEW_KEY or REG_OPENED_EXISTING_KEY).</summary>
    public static NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, UNICODE_STRING KeyName, uint DesiredAccess, uint CreateOptions, out uint CreateDisposition,
        WDF_OBJECT_ATTRIBUTES? KeyAttributes, out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryCreateKey);
        Key = default;
        var parent = RegParentHandle(thread, ParentKey, nameof(WdfRegistryCreateKey));
        uint disposition = 0;
        var status = FxRegKey.Create(thread, FxClient.Globals(thread, KeyAttributes, nameof(WdfRegistryCreateKey)), KeyAttributes, null,
            k => k.Open(parent, KeyName.ToString(), DesiredAccess, create: true, CreateOptions, out disposition), out var key);
        CreateDisposition = disposition;
        Key = new WDFKEY(key);
        return status;
    }

    /// <summary>WdfRegistryClose: closes the key (deletes the WDFKEY).</summary>
    public static void WdfRegistryClose(WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryClose);
        RegKeyOf(thread, Key, nameof(WdfRegistryClose)).Delete(thread);
    }

    /// <summary>WdfRegistryWdmGetHandle: the kernel handle under the WDFKEY.</summary>
    public static HANDLE WdfRegistryWdmGetHandle(WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryWdmGetHandle);
        return RegKeyOf(thread, Key, nameof(WdfRegistryWdmGetHandle)).KeyHandle;
    }

    /// <summary>WdfRegistryRemoveKey: deletes the key from the registry and, on success, the WDFKEY.</summary>
    public static NTSTATUS WdfRegistryRemoveKey(WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryRemoveKey);
        return RegKeyOf(thread, Key, nameof(WdfRegistryRemoveKey)).Remove(thread);
    }

    /// <summary>WdfRegistryRemoveValue: deletes a value (STATUS_OBJECT_NAME_NOT_FOUND if there is none).</summary>
    public static NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, UNICODE_STRING ValueName)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryRemoveValue);
        return RegKeyOf(thread, Key, nameof(WdfRegistryRemoveValue)).RemoveValue(ValueName.ToString());
    }

    /// <summary>WdfRegistryAssignValue: sets a value of any type from <paramref name="ValueLength"/> bytes.</summary>
    public static NTSTATUS WdfRegistryAssignValue(WDFKEY Key, UNICODE_STRING ValueName, uint ValueType, uint ValueLength, byte[] Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignValue);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryAssignValue));
        if (Value is null || Value.Length < ValueLength)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRegistryAssignValue), nameof(Value));
        }

        return key.Set(ValueName.ToString(), ValueType, Value.AsSpan(0, (int)ValueLength));
    }

    /// <summary>WdfRegistryAssignULong: sets a REG_DWORD.</summary>
    public static NTSTATUS WdfRegistryAssignULong(WDFKEY Key, UNICODE_STRING ValueName, uint Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignULong);
        return RegKeyOf(thread, Key, nameof(WdfRegistryAssignULong)).Set(ValueName.ToString(), Wdm.REG_DWORD, BitConverter.GetBytes(Value));
    }

    /// <summary>WdfRegistryAssignUnicodeString: sets a REG_SZ (the framework adds the NUL).</summary>
    public static NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, UNICODE_STRING ValueName, UNICODE_STRING Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignUnicodeString);
        return RegKeyOf(thread, Key, nameof(WdfRegistryAssignUnicodeString)).Set(ValueName.ToString(), Wdm.REG_SZ, FxRegKey.SzImage(Value.ToString()));
    }

    /// <summary>WdfRegistryAssignString: sets a REG_SZ from a WDFSTRING.</summary>
    public static NTSTATUS WdfRegistryAssignString(WDFKEY Key, UNICODE_STRING ValueName, WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignString);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryAssignString));
        var text = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfRegistryAssignString)).Value;
        return key.Set(ValueName.ToString(), Wdm.REG_SZ, FxRegKey.SzImage(text));
    }

    /// <summary>WdfRegistryAssignMultiString: sets a REG_MULTI_SZ from a collection of WDFSTRINGs; a
    /// collection holding anything else is STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS WdfRegistryAssignMultiString(WDFKEY Key, UNICODE_STRING ValueName, WDFCOLLECTION StringsCollection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryAssignMultiString);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryAssignMultiString));
        var collection = FxHandles.Resolve<FxCollection>(thread, StringsCollection.Target, FxObjectType.Collection, nameof(WdfRegistryAssignMultiString));
        return key.AssignMultiString(ValueName.ToString(), collection);
    }

    private static FxRegKey RegKeyOf(KTHREAD thread, WDFKEY key, string ddi) => FxHandles.Resolve<FxRegKey>(thread, key.Target, FxObjectType.RegKey, ddi);

    private static HANDLE RegParentHandle(KTHREAD thread, WDFKEY parentKey, string ddi) =>
        parentKey.Target is null ? HANDLE.NULL : RegKeyOf(thread, parentKey, ddi).KeyHandle;
}
