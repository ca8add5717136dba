namespace NtSim;

/// <summary>Whether a name lookup opens an existing object or looks for where a new one goes.</summary>
internal enum LookupIntent
{
    Open,
    Create,
}

/// <summary>
/// A name lookup (ObpLookupObjectName): the name, relative to <see cref="Root"/> when that is not
/// null; the OBJ_* attributes; the type the caller wants (a last component that is a symbolic link
/// is not followed when the caller wants a link); and what a parse procedure needs.
/// </summary>
internal sealed record LookupRequest(ObjectHeader? Root, string Name, uint Attributes, OBJECT_TYPE? ExpectedType, LookupIntent Intent,
    uint DesiredAccess = 0, KPROCESSOR_MODE AccessMode = Wdm.KernelMode, object? ParseContext = null);

/// <summary>What OBJECT_ATTRIBUTES said, captured and checked (ObpCaptureObjectCreateInformation):
/// the root directory (referenced until <see cref="ObjectManager.Release"/>), the name and the attributes.</summary>
internal readonly record struct CapturedName(ObjectHeader? Root, string? Name, uint Attributes)
{
    /// <summary>No name and no root: the object is unnamed.</summary>
    internal bool IsUnnamed => Root is null && string.IsNullOrEmpty(Name);
}
