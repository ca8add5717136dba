using static NtSim.Wdm;

// Definitions shared by the ProcessProtect driver and its client (the sample's common header).
namespace NtSim.Samples.ProcessProtector;

internal static class ProtectPublic
{
    /// <summary>The device's name in the Win32 namespace: CreateFile(@"\\.\KProtect").</summary>
    public const string DOS_DEVICE_NAME = @"\\.\KProtect";

    /// <summary>The device type of the control codes (a value of the 0x8000-0xFFFF range left to vendors).</summary>
    public const uint PROCESS_PROTECT_DEVICE = 0x8000;

    /// <summary>How many process ids the driver protects at most.</summary>
    public const int MaxPids = 256;

    /// <summary>Input: an array of process ids (ULONG) to protect. A length that is zero or not a multiple of
    /// 4: STATUS_INVALID_BUFFER_SIZE; a zero id: STATUS_INVALID_PARAMETER; more ids than room left:
    /// STATUS_INSUFFICIENT_RESOURCES (the ids before the one that did not fit stay protected).</summary>
    public static readonly uint IOCTL_PROCESS_PROTECT_BY_PID = CTL_CODE(PROCESS_PROTECT_DEVICE, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>Input: an array of process ids to protect no longer (ids not protected are ignored).</summary>
    public static readonly uint IOCTL_PROCESS_UNPROTECT_BY_PID = CTL_CODE(PROCESS_PROTECT_DEVICE, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>No input: protect no process.</summary>
    public static readonly uint IOCTL_PROCESS_PROTECT_CLEAR = CTL_CODE(PROCESS_PROTECT_DEVICE, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS);
}
