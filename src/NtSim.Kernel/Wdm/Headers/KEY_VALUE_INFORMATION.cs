namespace NtSim;

// Views of the structures ZwQueryValueKey and ZwEnumerateValueKey write (see KEY_INFORMATION.cs).

/// <summary>KEY_VALUE_BASIC_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG NameLength; WCHAR Name[1]; }.</summary>
public readonly ref struct KEY_VALUE_BASIC_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_VALUE_BASIC_INFORMATION, Name): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 12;
    /// <summary>sizeof(KEY_VALUE_BASIC_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 16;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_VALUE_BASIC_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_BASIC_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_VALUE_BASIC_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    /// <summary>The type of the value data (REG_SZ, REG_DWORD ...).</summary>
    public uint Type => RegistryViews.U32(_bytes, 4);
    /// <summary>The length of the name, in bytes.</summary>
    public uint NameLength => RegistryViews.U32(_bytes, 8);
    /// <summary>The value's name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
}

/// <summary>KEY_VALUE_FULL_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG DataOffset; ULONG DataLength; ULONG NameLength; WCHAR Name[1]; }
/// with the data at DataOffset.</summary>
public readonly ref struct KEY_VALUE_FULL_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_VALUE_FULL_INFORMATION, Name): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 20;
    /// <summary>sizeof(KEY_VALUE_FULL_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 24;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_VALUE_FULL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_FULL_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_VALUE_FULL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    /// <summary>The type of the value data (REG_SZ, REG_DWORD ...).</summary>
    public uint Type => RegistryViews.U32(_bytes, 4);

    /// <summary>The offset of the data from the start of the structure (after the name, ULONG-aligned); 0xFFFFFFFF with no data.</summary>
    public uint DataOffset => RegistryViews.U32(_bytes, 8);
    /// <summary>The size of the value data, in bytes.</summary>
    public uint DataLength => RegistryViews.U32(_bytes, 12);
    /// <summary>The length of the name, in bytes.</summary>
    public uint NameLength => RegistryViews.U32(_bytes, 16);
    /// <summary>The value's name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
    /// <summary>The value data, as much of DataLength bytes as the buffer holds.</summary>
    public ReadOnlySpan<byte> Data => DataLength == 0 ? [] : RegistryViews.Bytes(_bytes, (int)DataOffset, DataLength);
}

/// <summary>KEY_VALUE_PARTIAL_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG DataLength; UCHAR Data[1]; }.</summary>
public readonly ref struct KEY_VALUE_PARTIAL_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_VALUE_PARTIAL_INFORMATION, Data): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 12;
    /// <summary>sizeof(KEY_VALUE_PARTIAL_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 16;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_VALUE_PARTIAL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_VALUE_PARTIAL_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_VALUE_PARTIAL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 0);
    /// <summary>The type of the value data (REG_SZ, REG_DWORD ...).</summary>
    public uint Type => RegistryViews.U32(_bytes, 4);
    /// <summary>The size of the value data, in bytes.</summary>
    public uint DataLength => RegistryViews.U32(_bytes, 8);

    /// <summary>The data, as much of DataLength bytes as the buffer holds (all of it after STATUS_SUCCESS).</summary>
    public ReadOnlySpan<byte> Data => RegistryViews.Bytes(_bytes, FixedSize, DataLength);
}
