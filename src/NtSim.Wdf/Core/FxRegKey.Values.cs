namespace NtSim;

internal sealed partial class FxRegKey
{
    /// <summary>WdfRegistryQueryULong: a REG_DWORD (another type: STATUS_OBJECT_TYPE_MISMATCH).</summary>
    internal NTSTATUS QueryULong(string valueName, out uint value)
    {
        value = 0;
        var status = Query(valueName, sizeof(uint), out var type, out _, out var data);
        if ((Wdm.NT_SUCCESS(status) || status == Wdm.STATUS_BUFFER_OVERFLOW) && type != Wdm.REG_DWORD)
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        if (Wdm.NT_SUCCESS(status))
        {
            value = BitConverter.ToUInt32(data);
        }

        return status;
    }

    /// <summary>WdfRegistryQueryValue: the data into <paramref name="buffer"/> (up to <paramref name="capacity"/> bytes).</summary>
    internal NTSTATUS QueryInto(string valueName, byte[]? buffer, uint capacity, out uint length, out uint type)
    {
        var status = Query(valueName, buffer is null ? 0 : (int)Math.Min(capacity, (uint)buffer.Length), out type, out length, out var data);
        if (Wdm.NT_SUCCESS(status))
        {
            data.CopyTo(buffer.AsSpan());
        }

        return status;
    }

    /// <summary>WdfRegistryQueryUnicodeString: a REG_SZ / REG_EXPAND_SZ into the caller's buffer of
    /// <paramref name="value"/> (none: only the size); STATUS_BUFFER_OVERFLOW when it does not fit.</summary>
    internal NTSTATUS QueryUnicodeString(string valueName, out ushort byteLength, ref UNICODE_STRING value, bool hasValue)
    {
        byteLength = 0;
        if (hasValue && value.MaximumLength == 0)
        {
            Globals.Log.Error($"WDFKEY 0x{Handle:x} invalid UNICODE_STRING MaximumLength 0, STATUS_INVALID_PARAMETER");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var status = Query(valueName, hasValue ? value.MaximumLength : 0, out var type, out var length, out var data);
        if (Wdm.NT_SUCCESS(status) && !IsSzType(type))
        {
            status = Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        if (Wdm.NT_SUCCESS(status) || status == Wdm.STATUS_BUFFER_OVERFLOW)
        {
            byteLength = (ushort)length;
        }

        if (Wdm.NT_SUCCESS(status) && hasValue)
        {
            var text = Text(data);
            text.AsSpan().CopyTo(value.Buffer.Span);
            value.Length = (ushort)(text.Length * 2);
        }

        return status;
    }

    /// <summary>WdfRegistryQueryString: a REG_SZ / REG_EXPAND_SZ into a WDFSTRING.</summary>
    internal NTSTATUS QueryString(string valueName, FxString target)
    {
        var status = QueryWhole(valueName, out var type, out var data);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (!IsSzType(type))
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        target.Assign(Text(data));
        return status;
    }

    /// <summary>WdfRegistryQueryMultiString: each string of a REG_MULTI_SZ as a new WDFSTRING made
    /// with <paramref name="attributes"/> (parent: the driver by default), added to <paramref name="collection"/>.</summary>
    internal NTSTATUS QueryMultiString(KTHREAD thread, string valueName, WDF_OBJECT_ATTRIBUTES? attributes, FxCollection collection)
    {
        var status = QueryWhole(valueName, out var type, out var data);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (type != Wdm.REG_MULTI_SZ)
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        foreach (var text in MultiText(data))
        {
            var item = new FxString(Globals);
            status = item.Commit(thread, attributes);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            item.Assign(text);
            collection.Add(item);
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfRegistryAssignMultiString: a REG_MULTI_SZ from a collection of WDFSTRINGs; a
    /// collection holding anything else is STATUS_INVALID_PARAMETER.</summary>
    internal NTSTATUS AssignMultiString(string valueName, FxCollection collection)
    {
        var strings = new List<string>();
        for (var i = 0; collection.At(i) is { } item; i++)
        {
            if (item is not FxString text)
            {
                Globals.Log.Error($"WDFKEY 0x{Handle:x}, WDFCOLLECTION 0x{collection.Handle:x} contains non string objects, STATUS_INVALID_PARAMETER");
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            strings.Add(text.Value);
        }

        return Set(valueName, Wdm.REG_MULTI_SZ, MultiSzImage(strings));
    }

    /// <summary>A value's whole data: its size first, then the data (STATUS_RESOURCE_DATA_NOT_FOUND when empty).</summary>
    private NTSTATUS QueryWhole(string valueName, out uint type, out byte[] data)
    {
        data = [];
        var status = Query(valueName, 0, out type, out var length, out _);
        if (!Wdm.NT_SUCCESS(status) && status != Wdm.STATUS_BUFFER_OVERFLOW)
        {
            return status;
        }

        if (length == 0)
        {
            return Wdm.STATUS_RESOURCE_DATA_NOT_FOUND;
        }

        return Query(valueName, (int)length, out type, out _, out data);
    }

    private static bool IsSzType(uint type) => type is Wdm.REG_SZ or Wdm.REG_EXPAND_SZ;
}
