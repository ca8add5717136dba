namespace NtSim;

/// <summary>
/// OBJECT_ATTRIBUTES: what a ZwCreateXxx or ZwOpenXxx routine is told about the object: its name
/// (relative to <see cref="RootDirectory"/> if that is not NULL) and OBJ_* attributes. Fill it
/// with <c>InitializeObjectAttributes</c>; a structure whose Length is not sizeof(OBJECT_ATTRIBUTES)
/// is rejected with STATUS_INVALID_PARAMETER, as Windows does.
/// </summary>
public struct OBJECT_ATTRIBUTES
{
    /// <summary>sizeof(OBJECT_ATTRIBUTES) on x64.</summary>
    internal const uint Size = 0x30;

    /// <summary>sizeof(OBJECT_ATTRIBUTES); InitializeObjectAttributes sets it.</summary>
    public uint Length;
    /// <summary>A handle to the directory or key the ObjectName is relative to, or NULL for an absolute name.</summary>
    public HANDLE RootDirectory;
    /// <summary>The object's name; null for an unnamed object.</summary>
    public UNICODE_STRING? ObjectName;
    /// <summary>OBJ_* flags (OBJ_KERNEL_HANDLE, OBJ_CASE_INSENSITIVE ...).</summary>
    public uint Attributes;

    /// <summary>A security descriptor; NtSim records it but does not check access against it yet.</summary>
    public object? SecurityDescriptor;

    /// <summary>The quality of service of an impersonation; null for the default.</summary>
    public object? SecurityQualityOfService;
}

/// <summary>OBJECT_HANDLE_INFORMATION: the attributes and granted access of a handle (ObReferenceObjectByHandle).</summary>
public struct OBJECT_HANDLE_INFORMATION
{
    /// <summary>The handle's OBJ_* attributes (e.g. OBJ_INHERIT).</summary>
    public uint HandleAttributes;
    /// <summary>The access rights granted when the handle was opened.</summary>
    public uint GrantedAccess;
}

/// <summary>OBJECT_NAME_INFORMATION: the full name of an object (ObQueryNameString).</summary>
public struct OBJECT_NAME_INFORMATION
{
    /// <summary>sizeof(OBJECT_NAME_INFORMATION) on x64: the UNICODE_STRING the name follows.</summary>
    internal const uint Size = 0x10;

    /// <summary>The object's full name, e.g. \Device\MyDevice.</summary>
    public UNICODE_STRING Name;
}
