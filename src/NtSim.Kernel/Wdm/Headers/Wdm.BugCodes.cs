namespace NtSim;

public static partial class Wdm
{
    // bugcodes.h; the verifier codes the header lacks are from the bug check reference.
    public const uint APC_INDEX_MISMATCH = 0x00000001;
    public const uint IRQL_NOT_DISPATCH_LEVEL = 0x00000008;
    public const uint IRQL_NOT_GREATER_OR_EQUAL = 0x00000009;
    public const uint IRQL_NOT_LESS_OR_EQUAL = 0x0000000A;
    public const uint MAXIMUM_WAIT_OBJECTS_EXCEEDED = 0x0000000C;
    public const uint SPIN_LOCK_ALREADY_OWNED = 0x0000000F;
    public const uint SPIN_LOCK_NOT_OWNED = 0x00000010;
    public const uint THREAD_NOT_MUTEX_OWNER = 0x00000011;
    public const uint BAD_POOL_HEADER = 0x00000019;
    public const uint KMODE_EXCEPTION_NOT_HANDLED = 0x0000001E;
    public const uint NO_MORE_IRP_STACK_LOCATIONS = 0x00000035;
    public const uint MULTIPLE_IRP_COMPLETE_REQUESTS = 0x00000044;
    public const uint PAGE_FAULT_IN_NONPAGED_AREA = 0x00000050;
    public const uint SYSTEM_THREAD_EXCEPTION_NOT_HANDLED = 0x0000007E;
    public const uint SYSTEM_EXIT_OWNED_MUTEX = 0x00000039;
    public const uint INVALID_KERNEL_HANDLE = 0x00000093;
    public const uint WORKER_THREAD_RETURNED_AT_BAD_IRQL = 0x000000E1;
    public const uint ATTEMPTED_SWITCH_FROM_DPC = 0x000000B8;
    public const uint SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION = 0x000000C1;
    public const uint BAD_POOL_CALLER = 0x000000C2;
    public const uint DRIVER_VERIFIER_DETECTED_VIOLATION = 0x000000C4;
    public const uint DRIVER_CORRUPTED_EXPOOL = 0x000000C5;
    public const uint TIMER_OR_DPC_INVALID = 0x000000C7;
    public const uint DRIVER_VERIFIER_IOMANAGER_VIOLATION = 0x000000C9;
    public const uint IRQL_UNEXPECTED_VALUE = 0x000000C8;
    public const uint DRIVER_IRQL_NOT_LESS_OR_EQUAL = 0x000000D1;
    public const uint MANUALLY_INITIATED_CRASH = 0x000000E2;
    public const uint DPC_WATCHDOG_VIOLATION = 0x00000133;
    public const uint THREAD_TERMINATE_HELD_MUTEX = 0x4000008A;
    public const uint MANUALLY_INITIATED_CRASH1 = 0xDEADDEAD;
}
