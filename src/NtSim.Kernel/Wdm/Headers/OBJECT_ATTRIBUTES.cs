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

    public uint Length;
    public HANDLE RootDirectory;
    public UNICODE_STRING? ObjectName;
    public uint Attributes;

    /// <summary>A security descriptor; NtSim records it but does not check access against it yet.</summary>
    public object? SecurityDescriptor;

    public object? SecurityQualityOfService;
}

/// <summary>OBJECT_HANDLE_INFORMATION: the attributes and granted access of a handle (ObReferenceObjectByHandle).</summary>
public struct OBJECT_HANDLE_INFORMATION
{
    public uint HandleAttributes;
    public uint GrantedAccess;
}

/// <summary>OBJECT_NAME_INFORMATION: the full name of an object (ObQueryNameString).</summary>
public struct OBJECT_NAME_INFORMATION
{
    /// <summary>sizeof(OBJECT_NAME_INFORMATION) on x64: the UNICODE_STRING the name follows.</summary>
    internal const uint Size = 0x10;

    public UNICODE_STRING Name;
}
