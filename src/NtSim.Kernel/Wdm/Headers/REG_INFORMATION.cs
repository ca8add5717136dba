namespace NtSim;

// The REG_*_INFORMATION structures of wdm.h that the configuration manager hands a RegistryCallback
// routine in Argument2, with their documented fields. Object is the key object (opaque: pass it to
// CmCallbackGetKeyObjectID); CallContext and ObjectContext are for the driver; Reserved is not kept.

/// <summary>The fields every information structure of a key operation has.</summary>
public abstract class REG_KEY_OPERATION_INFORMATION : IRegistryCallContext
{
    /// <summary>The key object the operation is on.</summary>
    public object Object { get; internal init; } = null!;

    /// <summary>Driver-defined context for this operation (passed on to the post-notification).</summary>
    public object? CallContext { get; set; }

    /// <summary>The context the driver attached to the key object (CmSetCallbackObjectContext).</summary>
    public object? ObjectContext { get; internal init; }
}

/// <summary>RegNtPreDeleteKey. Also REG_FLUSH_KEY_INFORMATION for RegNtPreFlushKey.</summary>
public sealed class REG_DELETE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
}

/// <summary>RegNtPreFlushKey (wdm.h declares it as REG_DELETE_KEY_INFORMATION's twin).</summary>
public sealed class REG_FLUSH_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
}

/// <summary>RegNtPreKeyHandleClose.</summary>
public sealed class REG_KEY_HANDLE_CLOSE_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
}

/// <summary>RegNtPreSetValueKey: the value about to be set.</summary>
public sealed class REG_SET_VALUE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>The name of the value.</summary>
    public UNICODE_STRING ValueName { get; internal init; }

    /// <summary>Reserved (the caller's TitleIndex).</summary>
    public uint TitleIndex { get; internal init; }

    /// <summary>The type of the new data (REG_SZ, REG_DWORD ...).</summary>
    public uint Type { get; internal init; }

    /// <summary>The data (DataSize bytes).</summary>
    public ReadOnlyMemory<byte> Data { get; internal init; }

    /// <summary>The size of the data, in bytes.</summary>
    public uint DataSize { get; internal init; }
}

/// <summary>RegNtPreDeleteValueKey.</summary>
public sealed class REG_DELETE_VALUE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>The name of the value about to be deleted.</summary>
    public UNICODE_STRING ValueName { get; internal init; }
}

/// <summary>RegNtPreQueryValueKey: the buffer is the caller's (Length bytes).</summary>
public sealed class REG_QUERY_VALUE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>The name of the value queried.</summary>
    public UNICODE_STRING ValueName { get; internal init; }

    /// <summary>What the caller asks for (KeyValueBasicInformation ...).</summary>
    public KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass { get; internal init; }

    /// <summary>The size of the caller's buffer, in bytes.</summary>
    public uint Length { get; internal init; }
}

/// <summary>RegNtPreEnumerateValueKey.</summary>
public sealed class REG_ENUMERATE_VALUE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>The zero-based index of the value asked for.</summary>
    public uint Index { get; internal init; }

    /// <summary>What the caller asks for (KeyValueBasicInformation ...).</summary>
    public KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass { get; internal init; }

    /// <summary>The size of the caller's buffer, in bytes.</summary>
    public uint Length { get; internal init; }
}

/// <summary>RegNtPreQueryKey.</summary>
public sealed class REG_QUERY_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>What the caller asks for (KeyBasicInformation ...).</summary>
    public KEY_INFORMATION_CLASS KeyInformationClass { get; internal init; }

    /// <summary>The size of the caller's buffer, in bytes.</summary>
    public uint Length { get; internal init; }
}

/// <summary>RegNtPreEnumerateKey.</summary>
public sealed class REG_ENUMERATE_KEY_INFORMATION : REG_KEY_OPERATION_INFORMATION
{
    /// <summary>The zero-based index of the subkey asked for.</summary>
    public uint Index { get; internal init; }

    /// <summary>What the caller asks for (KeyBasicInformation ...).</summary>
    public KEY_INFORMATION_CLASS KeyInformationClass { get; internal init; }

    /// <summary>The size of the caller's buffer, in bytes.</summary>
    public uint Length { get; internal init; }
}

/// <summary>REG_CREATE_KEY_INFORMATION (and REG_OPEN_KEY_INFORMATION, the same structure) for
/// RegNtPreCreateKeyEx and RegNtPreOpenKeyEx: the name as the caller gave it, relative to RootObject.</summary>
public sealed class REG_CREATE_KEY_INFORMATION : IRegistryCallContext
{
    /// <summary>The name as given: absolute, or relative to RootObject.</summary>
    public UNICODE_STRING CompleteName { get; internal init; }

    /// <summary>The key object the name is relative to (null for an absolute name).</summary>
    public object? RootObject { get; internal init; }

    /// <summary>The REG_OPTION_* flags of the create.</summary>
    public uint CreateOptions { get; internal init; }

    /// <summary>The class string given for a new key.</summary>
    public UNICODE_STRING Class { get; internal init; }

    /// <summary>The access asked for the key (KEY_READ ...).</summary>
    public uint DesiredAccess { get; internal init; }

    /// <summary>Driver-defined context for this operation (passed on to the post-notification).</summary>
    public object? CallContext { get; set; }

    /// <summary>The context the driver attached to RootObject.</summary>
    public object? RootObjectContext { get; internal init; }
}

/// <summary>REG_POST_OPERATION_INFORMATION: what every post-notification gets.</summary>
public sealed class REG_POST_OPERATION_INFORMATION
{
    /// <summary>The key object: for an open or create, the key opened (null if it failed).</summary>
    public object? Object { get; internal init; }

    /// <summary>The status the operation ended with.</summary>
    public NTSTATUS Status { get; internal init; }

    /// <summary>The information the pre-notification had.</summary>
    public object? PreInformation { get; internal init; }

    /// <summary>Reserved for the ReturnStatus protocol of Windows Vista; NtSim ignores it.</summary>
    public NTSTATUS ReturnStatus { get; set; }

    /// <summary>The CallContext the driver set in the pre-notification.</summary>
    public object? CallContext { get; internal init; }

    /// <summary>The context the driver attached to the key object (CmSetCallbackObjectContext).</summary>
    public object? ObjectContext { get; internal init; }
}

/// <summary>What the configuration manager keeps per driver between a pre- and a post-notification.</summary>
internal interface IRegistryCallContext
{
    object? CallContext { get; set; }
}
