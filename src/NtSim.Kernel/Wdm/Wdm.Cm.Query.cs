namespace NtSim;

public static partial class Wdm
{
    /// <summary>ZwEnumerateKey: writes the KEY_BASIC/NODE/FULL_INFORMATION of the subkey at
    /// <paramref name="Index"/> (subkeys are numbered by name, case-insensitively, the non-volatile
    /// ones first, as a hive keeps them). Past the last: STATUS_NO_MORE_ENTRIES. Another class:
    /// STATUS_INVALID_PARAMETER. Buffer rules and ResultLength as ZwQueryValueKey.
    /// PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwEnumerateKey(HANDLE KeyHandle, uint Index, KEY_INFORMATION_CLASS KeyInformationClass,
        PVOID KeyInformation, uint Length, out uint ResultLength)
    {
        var status = KeyImage(KeyHandle, Index, KeyInformationClass, DdiTable.ZwEnumerateKey, Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, Length, KeyInformation, out ResultLength);
    }

    /// <summary>ZwEnumerateKey into a span: Length is the span's length.</summary>
    public static NTSTATUS ZwEnumerateKey(HANDLE KeyHandle, uint Index, KEY_INFORMATION_CLASS KeyInformationClass,
        Span<byte> KeyInformation, out uint ResultLength)
    {
        var status = KeyImage(KeyHandle, Index, KeyInformationClass, DdiTable.ZwEnumerateKey, (uint)KeyInformation.Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, KeyInformation, out ResultLength);
    }

    /// <summary>ZwQueryKey: writes the KEY_BASIC/NODE/FULL/NAME_INFORMATION of the key itself
    /// (KEY_FULL_INFORMATION gives the number of subkeys and values and their largest sizes, to size
    /// buffers for enumeration). Buffer rules and ResultLength as ZwQueryValueKey.
    /// PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwQueryKey(HANDLE KeyHandle, KEY_INFORMATION_CLASS KeyInformationClass, PVOID KeyInformation, uint Length,
        out uint ResultLength)
    {
        var status = KeyImage(KeyHandle, null, KeyInformationClass, DdiTable.ZwQueryKey, Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, Length, KeyInformation, out ResultLength);
    }

    /// <summary>ZwQueryKey into a span.</summary>
    public static NTSTATUS ZwQueryKey(HANDLE KeyHandle, KEY_INFORMATION_CLASS KeyInformationClass, Span<byte> KeyInformation, out uint ResultLength)
    {
        var status = KeyImage(KeyHandle, null, KeyInformationClass, DdiTable.ZwQueryKey, (uint)KeyInformation.Length, out var image, out var fixedSize);
        return Deliver(status, image, fixedSize, KeyInformation, out ResultLength);
    }

    /// <summary>The image of the key (<paramref name="index"/> null) or of its subkey at an index.</summary>
    private static NTSTATUS KeyImage(HANDLE keyHandle, uint? index, KEY_INFORMATION_CLASS informationClass, Ddi ddi, uint length,
        out byte[]? image, out int fixedSize)
    {
        byte[]? result = null;
        var size = 0;
        var access = index is null ? (informationClass == KeyNameInformation ? 0 : KEY_QUERY_VALUE) : KEY_ENUMERATE_SUB_KEYS;
        var status = WithKey(DdiGate.Enter(ddi), ddi, keyHandle, access, key =>
        {
            if (!CmInformation.Supports(informationClass, enumerating: index is not null))
            {
                return STATUS_INVALID_PARAMETER;
            }

            var found = index is { } i ? key.Registry.SubKeyAt(key.Node, i, out var snapshot) : key.Registry.QueryKey(key.Node, out snapshot);
            return NT_SUCCESS(found) ? Image(CmInformation.Key(snapshot, informationClass, enumerating: index is not null, out size), out result) : found;
        }, key => index is { } at
            ? new REG_ENUMERATE_KEY_INFORMATION { Object = key, Index = at, KeyInformationClass = informationClass, Length = length }
            : new REG_QUERY_KEY_INFORMATION { Object = key, KeyInformationClass = informationClass, Length = length });
        image = result;
        fixedSize = size;
        return status;
    }
}
