namespace NtSim;

public static partial class Wdm
{
    /// <summary>ZwSetValueKey: creates or replaces a value entry of a key, with <paramref name="DataSize"/>
    /// bytes read from <paramref name="Data"/> (for REG_SZ, count the terminating NUL). An empty name
    /// is the key's default value. PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwSetValueKey(HANDLE KeyHandle, in UNICODE_STRING ValueName, uint TitleIndex, uint Type, PVOID Data, uint DataSize)
    {
        var data = DataSize == 0 ? [] : Data.AsReadOnlySpan(checked((int)DataSize)).ToArray();
        return SetValue(KeyHandle, ValueName, TitleIndex, Type, data);
    }

    /// <summary>ZwSetValueKey with the data in a span (<c>RegistryData.Dword(1)</c>, <c>RegistryData.String("x")</c>...).</summary>
    public static NTSTATUS ZwSetValueKey(HANDLE KeyHandle, in UNICODE_STRING ValueName, uint TitleIndex, uint Type, ReadOnlySpan<byte> Data)
    {
        return SetValue(KeyHandle, ValueName, TitleIndex, Type, Data.ToArray());
    }

    /// <summary>ZwQueryValueKey: writes the KEY_VALUE_BASIC/FULL/PARTIAL_INFORMATION of a value into
    /// <paramref name="Length"/> bytes at <paramref name="KeyValueInformation"/>. <paramref name="ResultLength"/>
    /// is the size of the whole structure. A buffer shorter than its fixed part: STATUS_BUFFER_TOO_SMALL,
    /// nothing written; shorter than the whole: STATUS_BUFFER_OVERFLOW, the fixed part and what fits
    /// written. No such value: STATUS_OBJECT_NAME_NOT_FOUND. Another class: STATUS_INVALID_PARAMETER.
    /// PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwQueryValueKey(HANDLE KeyHandle, in UNICODE_STRING ValueName, KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
        PVOID KeyValueInformation, uint Length, out uint ResultLength)
    {
        var status = QueryValueImage(KeyHandle, ValueName, KeyValueInformationClass, Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, Length, KeyValueInformation, out ResultLength);
    }

    /// <summary>ZwQueryValueKey into a span: Length is the span's length. Read the result with
    /// <c>new KEY_VALUE_PARTIAL_INFORMATION(buffer)</c>.</summary>
    public static NTSTATUS ZwQueryValueKey(HANDLE KeyHandle, in UNICODE_STRING ValueName, KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
        Span<byte> KeyValueInformation, out uint ResultLength)
    {
        var status = QueryValueImage(KeyHandle, ValueName, KeyValueInformationClass, (uint)KeyValueInformation.Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, KeyValueInformation, out ResultLength);
    }

    /// <summary>ZwEnumerateValueKey: ZwQueryValueKey for the value at <paramref name="Index"/>; values
    /// are numbered in the order they were first set. Past the last: STATUS_NO_MORE_ENTRIES.</summary>
    public static NTSTATUS ZwEnumerateValueKey(HANDLE KeyHandle, uint Index, KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
        PVOID KeyValueInformation, uint Length, out uint ResultLength)
    {
        var status = EnumerateValueImage(KeyHandle, Index, KeyValueInformationClass, Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, Length, KeyValueInformation, out ResultLength);
    }

    /// <summary>ZwEnumerateValueKey into a span.</summary>
    public static NTSTATUS ZwEnumerateValueKey(HANDLE KeyHandle, uint Index, KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
        Span<byte> KeyValueInformation, out uint ResultLength)
    {
        var status = EnumerateValueImage(KeyHandle, Index, KeyValueInformationClass, (uint)KeyValueInformation.Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, KeyValueInformation, out ResultLength);
    }

    /// <summary>ZwDeleteValueKey: removes a value entry (STATUS_OBJECT_NAME_NOT_FOUND if there is none);
    /// the values after it move down one index. PASSIVE_LEVEL only (rule IrqlIoRtlZwPassive, 0xC4/0x20023).</summary>
    public static NTSTATUS ZwDeleteValueKey(HANDLE KeyHandle, in UNICODE_STRING ValueName)
    {
        var thread = DdiGate.Enter(DdiTable.ZwDeleteValueKey);
        RequireWellFormed(thread, ValueName, nameof(ZwDeleteValueKey), nameof(ValueName));
        var name = ValueName.ToString();
        return WithKey(thread, DdiTable.ZwDeleteValueKey, KeyHandle, KEY_SET_VALUE, key => key.Registry.DeleteValue(key.Node, name),
            key => new REG_DELETE_VALUE_KEY_INFORMATION { Object = key, ValueName = name });
    }

    private static NTSTATUS SetValue(HANDLE keyHandle, in UNICODE_STRING valueName, uint titleIndex, uint type, byte[] data)
    {
        var thread = DdiGate.Enter(DdiTable.ZwSetValueKey);
        RequireWellFormed(thread, valueName, nameof(ZwSetValueKey), "ValueName");
        var name = valueName.ToString();
        return WithKey(thread, DdiTable.ZwSetValueKey, keyHandle, KEY_SET_VALUE, key => key.Registry.SetValue(key.Node, name, type, data),
            key => new REG_SET_VALUE_KEY_INFORMATION { Object = key, ValueName = name, TitleIndex = titleIndex, Type = type, Data = data, DataSize = (uint)data.Length });
    }

    private static NTSTATUS QueryValueImage(HANDLE keyHandle, in UNICODE_STRING valueName, KEY_VALUE_INFORMATION_CLASS informationClass, uint length,
        out byte[]? image, out int fixedSize)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQueryValueKey);
        RequireWellFormed(thread, valueName, nameof(ZwQueryValueKey), "ValueName");
        var name = valueName.ToString();
        byte[]? result = null;
        var size = 0;
        var status = WithKey(thread, DdiTable.ZwQueryValueKey, keyHandle, KEY_QUERY_VALUE, key =>
        {
            if (!CmInformation.Supports(informationClass))
            {
                return STATUS_INVALID_PARAMETER;
            }

            var found = key.Registry.QueryValue(key.Node, name, out var value);
            return NT_SUCCESS(found) ? Image(CmInformation.Value(value!, informationClass, out size), out result) : found;
        }, key => new REG_QUERY_VALUE_KEY_INFORMATION { Object = key, ValueName = name, KeyValueInformationClass = informationClass, Length = length });
        image = result;
        fixedSize = size;
        return status;
    }

    private static NTSTATUS EnumerateValueImage(HANDLE keyHandle, uint index, KEY_VALUE_INFORMATION_CLASS informationClass, uint length,
        out byte[]? image, out int fixedSize)
    {
        byte[]? result = null;
        var size = 0;
        var status = WithKey(DdiGate.Enter(DdiTable.ZwEnumerateValueKey), DdiTable.ZwEnumerateValueKey, keyHandle, KEY_QUERY_VALUE, key =>
        {
            if (!CmInformation.Supports(informationClass))
            {
                return STATUS_INVALID_PARAMETER;
            }

            var found = key.Registry.ValueAt(key.Node, index, out var value);
            return NT_SUCCESS(found) ? Image(CmInformation.Value(value!, informationClass, out size), out result) : found;
        }, key => new REG_ENUMERATE_VALUE_KEY_INFORMATION { Object = key, Index = index, KeyValueInformationClass = informationClass, Length = length });
        image = result;
        fixedSize = size;
        return status;
    }

    /// <summary>An information image, or STATUS_INVALID_PARAMETER for a class the routine does not return.</summary>
    private static NTSTATUS Image(byte[]? built, out byte[]? image)
    {
        image = built;
        return built is null ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS;
    }

    /// <summary>Copies what fits of an information image to the caller's pool buffer (touched only
    /// when something is written) and sets ResultLength, as the registry routines do.</summary>
    private static NTSTATUS Deliver(NTSTATUS status, byte[]? image, int fixedSize, uint length, PVOID buffer, out uint resultLength)
    {
        resultLength = 0;
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        if (image is null)
        {
            // A RegistryCallback routine answered the query itself (STATUS_CALLBACK_BYPASS).
            return status;
        }

        resultLength = (uint)image.Length;
        status = CmInformation.Fit(image.Length, fixedSize, length, out var count);
        if (count > 0)
        {
            image.AsSpan(0, count).CopyTo(buffer.AsSpan(count));
        }

        return status;
    }

    /// <summary><see cref="Deliver(NTSTATUS, byte[], int, uint, PVOID, out uint)"/> into a span.</summary>
    private static NTSTATUS Deliver(NTSTATUS status, byte[]? image, int fixedSize, Span<byte> buffer, out uint resultLength)
    {
        resultLength = 0;
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        if (image is null)
        {
            return status;
        }

        resultLength = (uint)image.Length;
        status = CmInformation.Fit(image.Length, fixedSize, (uint)buffer.Length, out var count);
        image.AsSpan(0, count).CopyTo(buffer);
        return status;
    }
}
