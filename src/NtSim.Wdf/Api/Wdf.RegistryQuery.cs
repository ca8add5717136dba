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
        var key = KeyOf(thread, Key, nameof(WdfRegistryQueryValue));
        var capacity = Value is null ? 0 : (int)Math.Min(ValueLength, (uint)Value.Length);
        var status = key.Query(ValueName.ToString(), capacity, out ValueType, out ValueLengthQueried, out var data);
        if (Wdm.NT_SUCCESS(status))
        {
            data.CopyTo(Value.AsSpan());
        }

        return status;
    }

    /// <summary>WdfRegistryQueryULong: a REG_DWORD (another type: STATUS_OBJECT_TYPE_MISMATCH).</summary>
    public static NTSTATUS WdfRegistryQueryULong(WDFKEY Key, UNICODE_STRING ValueName, out uint Value)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryULong);
        Value = 0;
        var status = KeyOf(thread, Key, nameof(WdfRegistryQueryULong)).Query(ValueName.ToString(), sizeof(uint), out var type, out _, out var data);
        if ((Wdm.NT_SUCCESS(status) || status == Wdm.STATUS_BUFFER_OVERFLOW) && type != Wdm.REG_DWORD)
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        if (Wdm.NT_SUCCESS(status))
        {
            Value = BitConverter.ToUInt32(data);
        }

        return status;
    }

    /// <summary>WdfRegistryQueryUnicodeString without a buffer: <paramref name="ValueByteLength"/>
    /// is the data's size in bytes (with its NUL); STATUS_BUFFER_OVERFLOW.</summary>
    public static NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, UNICODE_STRING ValueName, out ushort ValueByteLength)
    {
        UNICODE_STRING none = default;
        return QueryUnicodeString(Key, ValueName, out ValueByteLength, ref none, hasValue: false);
    }

    /// <summary>WdfRegistryQueryUnicodeString: a REG_SZ or REG_EXPAND_SZ into the caller's
    /// UNICODE_STRING (its MaximumLength bytes); STATUS_BUFFER_OVERFLOW when it does not fit,
    /// STATUS_OBJECT_TYPE_MISMATCH for another type.</summary>
    public static NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, UNICODE_STRING ValueName, out ushort ValueByteLength, ref UNICODE_STRING Value) =>
        QueryUnicodeString(Key, ValueName, out ValueByteLength, ref Value, hasValue: true);

    /// <summary>WdfRegistryQueryString: a REG_SZ or REG_EXPAND_SZ into a WDFSTRING.</summary>
    public static NTSTATUS WdfRegistryQueryString(WDFKEY Key, UNICODE_STRING ValueName, WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryString);
        var key = KeyOf(thread, Key, nameof(WdfRegistryQueryString));
        var target = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfRegistryQueryString));
        var status = QueryWhole(key, ValueName.ToString(), out var type, out var data);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (!IsSzType(type))
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        target.Assign(FxRegKey.Text(data));
        return status;
    }

    /// <summary>WdfRegistryQueryMultiString: each string of a REG_MULTI_SZ as a new WDFSTRING (made
    /// with <paramref name="StringsAttributes"/>) appended to <paramref name="Collection"/>.</summary>
    public static NTSTATUS WdfRegistryQueryMultiString(WDFKEY Key, UNICODE_STRING ValueName, WDF_OBJECT_ATTRIBUTES? StringsAttributes, WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryMultiString);
        var key = KeyOf(thread, Key, nameof(WdfRegistryQueryMultiString));
        var collection = FxHandles.Resolve<FxCollection>(thread, Collection.Target, FxObjectType.Collection, nameof(WdfRegistryQueryMultiString));
        var status = QueryWhole(key, ValueName.ToString(), out var type, out var data);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (type != Wdm.REG_MULTI_SZ)
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        foreach (var text in FxRegKey.MultiText(data))
        {
            var item = new FxString(key.Globals);
            status = item.Commit(thread, StringsAttributes);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            item.Assign(text);
            collection.Add(item);
            // The collection's reference keeps it; the string still belongs to its parent (the driver by default).
        }

        return Wdm.STATUS_SUCCESS;
    }

    private static NTSTATUS QueryUnicodeString(WDFKEY keyHandle, UNICODE_STRING valueName, out ushort valueByteLength, ref UNICODE_STRING value, bool hasValue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRegistryQueryUnicodeString);
        var key = KeyOf(thread, keyHandle, nameof(WdfRegistryQueryUnicodeString));
        valueByteLength = 0;
        if (hasValue && value.MaximumLength == 0)
        {
            key.Globals.Log.Error($"WDFKEY 0x{key.Handle:x} invalid UNICODE_STRING MaximumLength 0, STATUS_INVALID_PARAMETER");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var capacity = hasValue ? value.MaximumLength : 0;
        var status = key.Query(valueName.ToString(), capacity, out var type, out var length, out var data);
        if (Wdm.NT_SUCCESS(status) && !IsSzType(type))
        {
            status = Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        if (Wdm.NT_SUCCESS(status) || status == Wdm.STATUS_BUFFER_OVERFLOW)
        {
            valueByteLength = (ushort)length;
        }

        if (Wdm.NT_SUCCESS(status) && hasValue)
        {
            var text = FxRegKey.Text(data);
            text.AsSpan().CopyTo(value.Buffer.Span);
            value.Length = (ushort)(text.Length * 2);
        }

        return status;
    }

    /// <summary>A value's whole data: its size first, then the data (STATUS_RESOURCE_DATA_NOT_FOUND when empty).</summary>
    private static NTSTATUS QueryWhole(FxRegKey key, string valueName, out uint type, out byte[] data)
    {
        data = [];
        var status = key.Query(valueName, 0, out type, out var length, out _);
        if (!Wdm.NT_SUCCESS(status) && status != Wdm.STATUS_BUFFER_OVERFLOW)
        {
            return status;
        }

        if (length == 0)
        {
            return Wdm.STATUS_RESOURCE_DATA_NOT_FOUND;
        }

        return key.Query(valueName, (int)length, out type, out _, out data);
    }

    private static bool IsSzType(uint type) => type is Wdm.REG_SZ or Wdm.REG_EXPAND_SZ;
}
