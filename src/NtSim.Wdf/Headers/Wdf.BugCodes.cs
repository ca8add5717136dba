namespace NtSim;

// WDF_VIOLATION (0x10D) P1 codes and the P2 subcodes of WDF_REQUEST_FATAL_ERROR (wdfbugcodes.h, KMDF 1.33).
public static partial class Wdf
{
    /// <summary>WDF_VIOLATION P1 0x1: a power operation did not finish in time.</summary>
    public const ulong WDF_POWER_ROUTINE_TIMED_OUT = 0x1;
    /// <summary>WDF_VIOLATION P1 0x2: a thread acquired a framework lock (a callback lock, a spin lock or wait lock) it already held.</summary>
    public const ulong WDF_RECURSIVE_LOCK = 0x2;
    /// <summary>WDF_VIOLATION P1 0x3: the KMDF verifier found a fatal error in the driver's use of an object.</summary>
    public const ulong WDF_VERIFIER_FATAL_ERROR = 0x3;
    /// <summary>WDF_VIOLATION P1 0x4: a DDI got NULL for a required parameter (a NULL handle).</summary>
    public const ulong WDF_REQUIRED_PARAMETER_IS_NULL = 0x4;
    /// <summary>WDF_VIOLATION P1 0x5: a DDI got a handle of the wrong type, or of a deleted object (P3 the type expected).</summary>
    public const ulong WDF_INVALID_HANDLE = 0x5;
    /// <summary>WDF_VIOLATION P1 0x6: a request was misused; P2 is one of the WDF_REQUEST_FATAL_ERROR_* subcodes.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR = 0x6;
    /// <summary>WDF_VIOLATION P1 0x7: an object's reference count went wrong (dropped to zero on an object never deleted).</summary>
    public const ulong WDF_OBJECT_ERROR = 0x7;
    /// <summary>WDF_VIOLATION P1 0x8: a DMA transaction or enabler was misused.</summary>
    public const ulong WDF_DMA_FATAL_ERROR = 0x8;
    /// <summary>WDF_VIOLATION P1 0x9: an interrupt object was misused.</summary>
    public const ulong WDF_INVALID_INTERRUPT = 0x9;
    /// <summary>WDF_VIOLATION P1 0xA: a fatal error in an I/O queue's handling of its requests.</summary>
    public const ulong WDF_QUEUE_FATAL_ERROR = 0xA;
    /// <summary>WDF_VIOLATION P1 0xB: a lock was misused, as releasing a lock the thread does not hold, or locking a deleted object.</summary>
    public const ulong WDF_INVALID_LOCK_OPERATION = 0xB;
    /// <summary>WDF_VIOLATION P1 0xC: a fatal error in the framework's PnP handling.</summary>
    public const ulong WDF_PNP_FATAL_ERROR = 0xC;
    /// <summary>WDF_VIOLATION P1 0xD: more than one driver in the stack claimed to be the power policy owner.</summary>
    public const ulong WDF_POWER_MULTIPLE_PPO = 0xD;
    /// <summary>WDF_VIOLATION P1 0xE: a callback returned at an IRQL other than the one it was called at (KMDF verifier).</summary>
    public const ulong WDF_VERIFIER_IRQL_MISMATCH = 0xE;
    /// <summary>WDF_VIOLATION P1 0xF: a callback returned with a different critical region state than it was called with (KMDF verifier).</summary>
    public const ulong WDF_VERIFIER_CRITICAL_REGION_MISMATCH = 0xF;
    /// <summary>WDF_VIOLATION P1 0x10: the driver called a DDI the running KMDF version does not have.</summary>
    public const ulong WDF_API_UNAVAILABLE = 0x10;

    /// <summary>WDF_REQUEST_FATAL_ERROR P2 0x1: the request's IRP has no stack location left to send it on.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR_NO_MORE_STACK_LOCATIONS = 0x1;
    /// <summary>WDF_REQUEST_FATAL_ERROR P2 0x2: the request has no IRP.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR_NULL_IRP = 0x2;
    /// <summary>WDF_REQUEST_FATAL_ERROR P2 0x3: the request was sent again before it came back from its target.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR_REQUEST_ALREADY_SENT = 0x3;
    /// <summary>WDF_REQUEST_FATAL_ERROR P2 0x4: the completion's information length exceeds the request's buffer length.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR_INFORMATION_LENGTH_MISMATCH = 0x4;
    /// <summary>WDF_REQUEST_FATAL_ERROR P2 0x5: an operation needs the request to be in a queue and it is not.</summary>
    public const ulong WDF_REQUEST_FATAL_ERROR_REQUEST_NOT_IN_QUEUE = 0x5;
}
