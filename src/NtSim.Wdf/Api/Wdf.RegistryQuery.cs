namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRegistryQueryValue: a value's data into <paramref name="Value"/> (NULL with
    /// ValueLength 0 asks for the size); STATUS_BUFFER_OVERFLOW with the length and type set when
    /// the buffer is too small.</summary>
    public static NTSTATUS WdfRegistryQueryValue(WDFKEY Key, UNICODE_STRING ValueName, uint ValueLength, byte[]? Value, out uint ValueLengthQueried,
        out uint ValueType)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryValue);
        return RegKeyOf(thread, Key, nameof(WdfRegistryQueryValue)).QueryInto(ValueName.ToString(), Value, ValueLength, out ValueLengthQueried, out ValueType);
    }

    /// <summary>WdfRegistryQueryULong: a REG_DWORD (another type: STATUS_OBJECT_TYPE_MISMATCH).</summary>
    public static NTSTATUS WdfRegistryQueryULong(WDFKEY Key, UNICODE_STRING ValueName, out uint Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryULong);
        return RegKeyOf(thread, Key, nameof(WdfRegistryQueryULong)).QueryULong(ValueName.ToString(), out Value);
    }

    /// <summary>WdfRegistryQueryUnicodeString without a buffer: <paramref name="ValueByteLength"/>
    /// is the data's size in bytes (with its NUL); STATUS_BUFFER_OVERFLOW.</summary>
    public static NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, UNICODE_STRING ValueName, out ushort ValueByteLength)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryUnicodeString);
        UNICODE_STRING none = default;
        return RegKeyOf(thread, Key, nameof(WdfRegistryQueryUnicodeString)).QueryUnicodeString(ValueName.ToString(), out ValueByteLength, ref none, hasValue: false);
    }

    /// <summary>WdfRegistryQueryUnicodeString: a REG_SZ or REG_EXPAND_SZ into the caller's
    /// UNICODE_STRING (its MaximumLength bytes); STATUS_BUFFER_OVERFLOW when it does not fit,
    /// STATUS_OBJECT_TYPE_MISMATCH for another type.</summary>
    public static NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, UNICODE_STRING ValueName, out ushort ValueByteLength, ref UNICODE_STRING Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryUnicodeString);
        return RegKeyOf(thread, Key, nameof(WdfRegistryQueryUnicodeString)).QueryUnicodeString(ValueName.ToString(), out ValueByteLength, ref Value, hasValue: true);
    }

    /// <summary>WdfRegistryQueryString: a REG_SZ or REG_EXPAND_SZ into a WDFSTRING.</summary>
    public static NTSTATUS WdfRegistryQueryString(WDFKEY Key, UNICODE_STRING ValueName, WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryString);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryQueryString));
        return key.QueryString(ValueName.ToString(), FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfRegistryQueryString)));
    }

    /// <summary>WdfRegistryQueryMultiString: each string of a REG_MULTI_SZ as a new WDFSTRING (made
    /// with <paramref name="StringsAttributes"/>; parent the driver by default) appended to <paramref name="Collection"/>.</summary>
    public static NTSTATUS WdfRegistryQueryMultiString(WDFKEY Key, UNICODE_STRING ValueName, WDF_OBJECT_ATTRIBUTES? StringsAttributes, WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryMultiString);
        var key = RegKeyOf(thread, Key, nameof(WdfRegistryQueryMultiString));
        var collection = FxHandles.Resolve<FxCollection>(thread, Collection.Target, FxObjectType.Collection, nameof(WdfRegistryQueryMultiString));
        return key.QueryMultiString(thread, ValueName.ToString(), StringsAttributes, collection);
    }
}
