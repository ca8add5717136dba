namespace NtSim;

public static partial class Wdm
{
    /// <summary>ObReferenceObjectByName (ntifs): the object a name names, with one more reference
    /// (release it with ObDereferenceObject); STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND
    /// or STATUS_OBJECT_TYPE_MISMATCH otherwise. AccessState is not modelled (pass NULL); the
    /// ParseContext goes to a parse procedure on the way. PASSIVE_LEVEL.</summary>
    public static NTSTATUS ObReferenceObjectByName(in UNICODE_STRING ObjectName, uint Attributes, object? AccessState, uint DesiredAccess,
        OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode, object? ParseContext, out object? Object)
    {
        var thread = DdiGate.Enter(DdiTable.ObReferenceObjectByName);
        RequireAccessMode(AccessMode, nameof(ObReferenceObjectByName));
        RequireWellFormed(thread, ObjectName, nameof(ObReferenceObjectByName), nameof(ObjectName));
        Object = null;
        if (ObjectName.Length == 0)
        {
            // ObReferenceObjectByName refuses an empty name.
            return STATUS_OBJECT_NAME_INVALID;
        }

        var name = new CapturedName(null, ObjectName.ToString(), Attributes);
        var status = thread.Machine.ObjectManager.OpenObjectByName(name, ObjectType, DesiredAccess, AccessMode, ParseContext, out var header);
        Object = header?.Body;
        return status;
    }
}
