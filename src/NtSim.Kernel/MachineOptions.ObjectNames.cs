namespace NtSim;

public sealed partial class MachineOptions
{
    /// <summary>The ObCaseInsensitive setting (Session Manager\Kernel; the "System objects: Require case
    /// insensitivity for non-Windows subsystems" policy): true by default, as on Windows, where every
    /// object name lookup is case-insensitive. False makes a lookup case-insensitive only when its
    /// OBJECT_ATTRIBUTES carry OBJ_CASE_INSENSITIVE ("otherwise, object names are compared using the
    /// default system settings": OBJECT_ATTRIBUTES, ntdef.h).</summary>
    public bool ObCaseInsensitive { get; init; } = true;
}
