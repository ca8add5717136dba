namespace NtSim;

public static partial class Wdm
{
    /// <summary>ObGetObjectSecurity: the object's security descriptor (a device's; NULL for an unnamed object
    /// or another kind of object, which have none here) and whether it was allocated for the caller (never here: it is the object's own, so treat it as
    /// read-only). Pair with ObReleaseObjectSecurity.</summary>
    public static NTSTATUS ObGetObjectSecurity(object Object, out SECURITY_DESCRIPTOR? SecurityDescriptor, out bool MemoryAllocated)
    {
        DdiGate.Enter(DdiTable.ObGetObjectSecurity);
        SecurityDescriptor = KeContext.NotNull(Object, nameof(Object)) is DEVICE_OBJECT { HasSecurityDescriptor: true } device
            ? device.SecurityDescriptor
            : null;
        MemoryAllocated = false;
        return STATUS_SUCCESS;
    }

    /// <summary>ObReleaseObjectSecurity: ends the use of a descriptor from ObGetObjectSecurity.</summary>
    public static void ObReleaseObjectSecurity(SECURITY_DESCRIPTOR? SecurityDescriptor, bool MemoryAllocated) =>
        DdiGate.Enter(DdiTable.ObReleaseObjectSecurity);
}
