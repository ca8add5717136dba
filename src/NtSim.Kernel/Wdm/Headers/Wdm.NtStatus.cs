namespace NtSim;

public static partial class Wdm
{
    // ntstatus.h
    public const NTSTATUS STATUS_SUCCESS = 0;
    public const NTSTATUS STATUS_WAIT_0 = 0;
    public const NTSTATUS STATUS_WAIT_1 = (NTSTATUS)0x00000001;
    public const NTSTATUS STATUS_WAIT_2 = (NTSTATUS)0x00000002;
    public const NTSTATUS STATUS_WAIT_3 = (NTSTATUS)0x00000003;
    public const NTSTATUS STATUS_WAIT_63 = (NTSTATUS)0x0000003F;
    public const NTSTATUS STATUS_ABANDONED = (NTSTATUS)0x00000080;
    public const NTSTATUS STATUS_ABANDONED_WAIT_0 = (NTSTATUS)0x00000080;
    public const NTSTATUS STATUS_ABANDONED_WAIT_63 = (NTSTATUS)0x000000BF;
    public const NTSTATUS STATUS_USER_APC = (NTSTATUS)0x000000C0;
    public const NTSTATUS STATUS_KERNEL_APC = (NTSTATUS)0x00000100;
    public const NTSTATUS STATUS_ALERTED = (NTSTATUS)0x00000101;
    public const NTSTATUS STATUS_TIMEOUT = (NTSTATUS)0x00000102;
    public const NTSTATUS STATUS_PENDING = (NTSTATUS)0x00000103;
    public const NTSTATUS STATUS_OBJECT_NAME_EXISTS = (NTSTATUS)0x40000000;
    public const NTSTATUS STATUS_DATATYPE_MISALIGNMENT = unchecked((NTSTATUS)0x80000002);
    public const NTSTATUS STATUS_BREAKPOINT = unchecked((NTSTATUS)0x80000003);
    public const NTSTATUS STATUS_BUFFER_OVERFLOW = unchecked((NTSTATUS)0x80000005);
    public const NTSTATUS STATUS_NO_MORE_ENTRIES = unchecked((NTSTATUS)0x8000001A);
    public const NTSTATUS STATUS_UNSUCCESSFUL = unchecked((NTSTATUS)0xC0000001);
    public const NTSTATUS STATUS_NOT_IMPLEMENTED = unchecked((NTSTATUS)0xC0000002);
    public const NTSTATUS STATUS_ACCESS_VIOLATION = unchecked((NTSTATUS)0xC0000005);
    public const NTSTATUS STATUS_INVALID_HANDLE = unchecked((NTSTATUS)0xC0000008);
    public const NTSTATUS STATUS_INVALID_PARAMETER = unchecked((NTSTATUS)0xC000000D);
    public const NTSTATUS STATUS_INVALID_DEVICE_REQUEST = unchecked((NTSTATUS)0xC0000010);
    public const NTSTATUS STATUS_NO_MEMORY = unchecked((NTSTATUS)0xC0000017);
    public const NTSTATUS STATUS_ACCESS_DENIED = unchecked((NTSTATUS)0xC0000022);
    public const NTSTATUS STATUS_BUFFER_TOO_SMALL = unchecked((NTSTATUS)0xC0000023);
    public const NTSTATUS STATUS_OBJECT_TYPE_MISMATCH = unchecked((NTSTATUS)0xC0000024);
    public const NTSTATUS STATUS_OBJECT_NAME_INVALID = unchecked((NTSTATUS)0xC0000033);
    public const NTSTATUS STATUS_OBJECT_NAME_NOT_FOUND = unchecked((NTSTATUS)0xC0000034);
    public const NTSTATUS STATUS_OBJECT_NAME_COLLISION = unchecked((NTSTATUS)0xC0000035);
    public const NTSTATUS STATUS_OBJECT_PATH_NOT_FOUND = unchecked((NTSTATUS)0xC000003A);
    public const NTSTATUS STATUS_OBJECT_PATH_SYNTAX_BAD = unchecked((NTSTATUS)0xC000003B);
    public const NTSTATUS STATUS_MUTANT_NOT_OWNED = unchecked((NTSTATUS)0xC0000046);
    public const NTSTATUS STATUS_SEMAPHORE_LIMIT_EXCEEDED = unchecked((NTSTATUS)0xC0000047);
    public const NTSTATUS STATUS_THREAD_IS_TERMINATING = unchecked((NTSTATUS)0xC000004B);
    public const NTSTATUS STATUS_ARRAY_BOUNDS_EXCEEDED = unchecked((NTSTATUS)0xC000008C);
    public const NTSTATUS STATUS_INTEGER_DIVIDE_BY_ZERO = unchecked((NTSTATUS)0xC0000094);
    public const NTSTATUS STATUS_INTEGER_OVERFLOW = unchecked((NTSTATUS)0xC0000095);
    public const NTSTATUS STATUS_INSUFFICIENT_RESOURCES = unchecked((NTSTATUS)0xC000009A);
    public const NTSTATUS STATUS_NOT_SUPPORTED = unchecked((NTSTATUS)0xC00000BB);
    public const NTSTATUS STATUS_INVALID_PARAMETER_1 = unchecked((NTSTATUS)0xC00000EF);
    public const NTSTATUS STATUS_INVALID_PARAMETER_2 = unchecked((NTSTATUS)0xC00000F0);
    public const NTSTATUS STATUS_INVALID_PARAMETER_3 = unchecked((NTSTATUS)0xC00000F1);
    public const NTSTATUS STATUS_STACK_OVERFLOW = unchecked((NTSTATUS)0xC00000FD);
    public const NTSTATUS STATUS_CANCELLED = unchecked((NTSTATUS)0xC0000120);

    /// <summary>NT_SUCCESS: the status is a success or informational code (severity 0 or 1).</summary>
    public static bool NT_SUCCESS(NTSTATUS Status) => (int)Status >= 0;

    /// <summary>NT_INFORMATION: severity 1.</summary>
    public static bool NT_INFORMATION(NTSTATUS Status) => ((uint)Status >> 30) == 1;

    /// <summary>NT_WARNING: severity 2.</summary>
    public static bool NT_WARNING(NTSTATUS Status) => ((uint)Status >> 30) == 2;

    /// <summary>NT_ERROR: severity 3.</summary>
    public static bool NT_ERROR(NTSTATUS Status) => ((uint)Status >> 30) == 3;
}
