namespace NtSim;

// WDF_VIOLATION (0x10D) P1 codes and the P2 subcodes of WDF_REQUEST_FATAL_ERROR (wdfbugcodes.h, KMDF 1.33).
public static partial class Wdf
{
    public const ulong WDF_POWER_ROUTINE_TIMED_OUT = 0x1;
    public const ulong WDF_RECURSIVE_LOCK = 0x2;
    public const ulong WDF_VERIFIER_FATAL_ERROR = 0x3;
    public const ulong WDF_REQUIRED_PARAMETER_IS_NULL = 0x4;
    public const ulong WDF_INVALID_HANDLE = 0x5;
    public const ulong WDF_REQUEST_FATAL_ERROR = 0x6;
    public const ulong WDF_OBJECT_ERROR = 0x7;
    public const ulong WDF_DMA_FATAL_ERROR = 0x8;
    public const ulong WDF_INVALID_INTERRUPT = 0x9;
    public const ulong WDF_QUEUE_FATAL_ERROR = 0xA;
    public const ulong WDF_INVALID_LOCK_OPERATION = 0xB;
    public const ulong WDF_PNP_FATAL_ERROR = 0xC;
    public const ulong WDF_POWER_MULTIPLE_PPO = 0xD;
    public const ulong WDF_VERIFIER_IRQL_MISMATCH = 0xE;
    public const ulong WDF_VERIFIER_CRITICAL_REGION_MISMATCH = 0xF;
    public const ulong WDF_API_UNAVAILABLE = 0x10;

    public const ulong WDF_REQUEST_FATAL_ERROR_NO_MORE_STACK_LOCATIONS = 0x1;
    public const ulong WDF_REQUEST_FATAL_ERROR_NULL_IRP = 0x2;
    public const ulong WDF_REQUEST_FATAL_ERROR_REQUEST_ALREADY_SENT = 0x3;
    public const ulong WDF_REQUEST_FATAL_ERROR_INFORMATION_LENGTH_MISMATCH = 0x4;
    public const ulong WDF_REQUEST_FATAL_ERROR_REQUEST_NOT_IN_QUEUE = 0x5;
}
