namespace NtSim;

// Views of the structures ZwQueryValueKey and ZwEnumerateValueKey write (see KEY_INFORMATION.cs).

/// <summary>KEY_VALUE_BASIC_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG NameLength; WCHAR Name[1]; }.</summary>
public readonly ref struct KEY_VALUE_BASIC_INFORMATION
{
    public const int FixedSize = 12;
    public const int SizeOf = 16;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_VALUE_BASIC_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_BASIC_INFORMATION));
    }

    public static KEY_VALUE_BASIC_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    public uint Type => RegistryViews.U32(_bytes, 4);
    public uint NameLength => RegistryViews.U32(_bytes, 8);
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
}

/// <summary>KEY_VALUE_FULL_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG DataOffset; ULONG DataLength; ULONG NameLength; WCHAR Name[1]; }
/// with the data at DataOffset.</summary>
public readonly ref struct KEY_VALUE_FULL_INFORMATION
{
    public const int FixedSize = 20;
    public const int SizeOf = 24;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_VALUE_FULL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_FULL_INFORMATION));
    }

    public static KEY_VALUE_FULL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    public uint Type => RegistryViews.U32(_bytes, 4);

    /// <summary>The offset of the data from the start of the structure (after the name, ULONG-aligned); 0xFFFFFFFF with no data.</summary>
    public uint DataOffset => RegistryViews.U32(_bytes, 8);
    public uint DataLength => RegistryViews.U32(_bytes, 12);
    public uint NameLength => RegistryViews.U32(_bytes, 16);
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
    public ReadOnlySpan<byte> Data => DataLength == 0 ? [] : RegistryViews.Bytes(_bytes, (int)DataOffset, DataLength);
}

/// <summary>KEY_VALUE_PARTIAL_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG DataLength; UCHAR Data[1]; }.</summary>
public readonly ref struct KEY_VALUE_PARTIAL_INFORMATION
{
    public const int FixedSize = 12;
    public const int SizeOf = 16;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_VALUE_PARTIAL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_PARTIAL_INFORMATION));
    }

    public static KEY_VALUE_PARTIAL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    public uint Type => RegistryViews.U32(_bytes, 4);
    public uint DataLength => RegistryViews.U32(_bytes, 8);

    /// <summary>The data, as much of DataLength bytes as the buffer holds (all of it after STATUS_SUCCESS).</summary>
    public ReadOnlySpan<byte> Data => RegistryViews.Bytes(_bytes, FixedSize, DataLength);
}
