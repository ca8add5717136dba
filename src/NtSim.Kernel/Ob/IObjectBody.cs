namespace NtSim;

/// <summary>
/// The body of an object the object manager manages: a thread, a process, a directory, a symbolic
/// link; with the I/O manager, device, driver and file objects. The manager keeps the object's
/// header (OBJECT_HEADER) in <see cref="ObjectHeader"/>. The default procedures do nothing; a body
/// implements those its OBJECT_TYPE would have (CloseProcedure, DeleteProcedure).
/// </summary>
internal interface IObjectBody
{
    /// <summary>The header, set when the object manager takes the body in; null before.</summary>
    ObjectHeader? ObjectHeader { get; set; }

    /// <summary>The type's CloseProcedure: a handle was closed and <paramref name="remainingHandles"/>
    /// remain (a file object's last handle sends IRP_MJ_CLEANUP). Called outside the manager's lock.</summary>
    void OnHandleClosed(ObjectHeader header, long remainingHandles)
    {
    }

    /// <summary>The type's DeleteProcedure: both counts reached zero. Called outside the manager's lock.</summary>
    void OnDelete(ObjectHeader header)
    {
    }
}

/// <summary>
/// A body whose type has a ParseProcedure: a name lookup that reaches it hands it the rest of the
/// name. The I/O manager's device objects open files this way; a parser may also answer
/// STATUS_REPARSE with a new name to look up from the root.
/// </summary>
internal interface IObjectParser : IObjectBody
{
    /// <summary>Returns STATUS_SUCCESS with <paramref name="found"/> referenced once, STATUS_REPARSE
    /// with <paramref name="reparseName"/>, or an error. Called outside the manager's lock.</summary>
    NTSTATUS Parse(ObjectHeader header, ParseRequest request, out ObjectHeader? found, out string? reparseName);
}

/// <summary>What a ParseProcedure is told: the rest of the name (empty, or starting with a
/// backslash), the OBJ_* attributes, the access asked for, the mode, the type the caller wants and
/// the caller's parse context (the I/O manager passes its open packet).</summary>
internal sealed record ParseRequest(string RemainingName, uint Attributes, uint DesiredAccess, KPROCESSOR_MODE AccessMode,
    OBJECT_TYPE? ExpectedType, object? Context);
