using NtSim.Rtl;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// RtlNtStatusToDosError: the Win32 error code (winerror.h, <see cref="Win32Error"/>) that user
    /// mode sees for a status, or ERROR_MR_MID_NOT_FOUND when the status has none (ntifs.h).
    /// </summary>
    public static uint RtlNtStatusToDosError(NTSTATUS Status) => NtStatusToDosErrorTable.Map(Status);
}
