namespace NtSim;

public static partial class Wdm
{
    // bugcodes.h: the bug check codes KeBugCheckEx takes (the header's message ids left out).
    // [BugCheckCode] marks them for NtNames.BugCheckName. 0x80 and up: Wdm.BugCodes.From80.cs.
    /// <summary>Bug check 0x00: no bug check code; zero is not a defined stop code.</summary>
    [BugCheckCode] public const uint UNDEFINED_BUG_CODE = 0x00000000;
    /// <summary>Bug check 0x01: a system call returned with a mismatched APC state, e.g. unbalanced KeEnterCriticalRegion and KeLeaveCriticalRegion.</summary>
    [BugCheckCode] public const uint APC_INDEX_MISMATCH = 0x00000001;
    /// <summary>Bug check 0x02: a device queue was expected to be busy but was not.</summary>
    [BugCheckCode] public const uint DEVICE_QUEUE_NOT_BUSY = 0x00000002;
    /// <summary>Bug check 0x03: a thread's affinity was set to an invalid processor set.</summary>
    [BugCheckCode] public const uint INVALID_AFFINITY_SET = 0x00000003;
    /// <summary>Bug check 0x04: an invalid data access trap happened.</summary>
    [BugCheckCode] public const uint INVALID_DATA_ACCESS_TRAP = 0x00000004;
    /// <summary>Bug check 0x05: a thread attached to a process it is already attached to, or attached while holding a mutex or in a DPC.</summary>
    [BugCheckCode] public const uint INVALID_PROCESS_ATTACH_ATTEMPT = 0x00000005;
    /// <summary>Bug check 0x06: a thread detached from a process in a state it may not (e.g. with APCs or mutexes pending).</summary>
    [BugCheckCode] public const uint INVALID_PROCESS_DETACH_ATTEMPT = 0x00000006;
    /// <summary>Bug check 0x07: a software interrupt was requested at an invalid level.</summary>
    [BugCheckCode] public const uint INVALID_SOFTWARE_INTERRUPT = 0x00000007;
    /// <summary>Bug check 0x08: a routine that must run at DISPATCH_LEVEL was called at another IRQL.</summary>
    [BugCheckCode] public const uint IRQL_NOT_DISPATCH_LEVEL = 0x00000008;
    /// <summary>Bug check 0x09: the IRQL was lower than required (e.g. KeLowerIrql to a higher IRQL).</summary>
    [BugCheckCode] public const uint IRQL_NOT_GREATER_OR_EQUAL = 0x00000009;
    /// <summary>Bug check 0x0A: pageable or invalid memory was accessed at an IRQL too high (P1 address, P2 IRQL, P3 access flags, P4 instruction address).</summary>
    [BugCheckCode] public const uint IRQL_NOT_LESS_OR_EQUAL = 0x0000000A;
    /// <summary>Bug check 0x0B: exception handling is not supported.</summary>
    [BugCheckCode] public const uint NO_EXCEPTION_HANDLING_SUPPORT = 0x0000000B;
    /// <summary>Bug check 0x0C: a wait was given more objects than MAXIMUM_WAIT_OBJECTS without a wait block array.</summary>
    [BugCheckCode] public const uint MAXIMUM_WAIT_OBJECTS_EXCEEDED = 0x0000000C;
    /// <summary>Bug check 0x0D: mutexes were acquired out of their level order.</summary>
    [BugCheckCode] public const uint MUTEX_LEVEL_NUMBER_VIOLATION = 0x0000000D;
    /// <summary>Bug check 0x0E: a thread without user-mode context tried to enter user mode.</summary>
    [BugCheckCode] public const uint NO_USER_MODE_CONTEXT = 0x0000000E;
    /// <summary>Bug check 0x0F: a processor acquired a spin lock it already holds.</summary>
    [BugCheckCode] public const uint SPIN_LOCK_ALREADY_OWNED = 0x0000000F;
    /// <summary>Bug check 0x10: a spin lock was released by a processor that does not hold it.</summary>
    [BugCheckCode] public const uint SPIN_LOCK_NOT_OWNED = 0x00000010;
    /// <summary>Bug check 0x11: a thread released a mutex it does not own.</summary>
    [BugCheckCode] public const uint THREAD_NOT_MUTEX_OWNER = 0x00000011;
    /// <summary>Bug check 0x12: a trap happened for an unknown reason.</summary>
    [BugCheckCode] public const uint TRAP_CAUSE_UNKNOWN = 0x00000012;
    /// <summary>Bug check 0x13: the thread reaper list was found empty when it should not be.</summary>
    [BugCheckCode] public const uint EMPTY_THREAD_REAPER_LIST = 0x00000013;
    /// <summary>Bug check 0x14: the thread reaper list lock was not held when it should be.</summary>
    [BugCheckCode] public const uint CREATE_DELETE_LOCK_NOT_LOCKED = 0x00000014;
    /// <summary>Bug check 0x15: the last-chance exception service was called from kernel mode.</summary>
    [BugCheckCode] public const uint LAST_CHANCE_CALLED_FROM_KMODE = 0x00000015;
    /// <summary>Bug check 0x16: creating a client ID handle table entry failed.</summary>
    [BugCheckCode] public const uint CID_HANDLE_CREATION = 0x00000016;
    /// <summary>Bug check 0x17: deleting a client ID handle table entry failed.</summary>
    [BugCheckCode] public const uint CID_HANDLE_DELETION = 0x00000017;
    /// <summary>Bug check 0x18: an object's reference count went wrong (e.g. ObDereferenceObject once too often).</summary>
    [BugCheckCode] public const uint REFERENCE_BY_POINTER = 0x00000018;
    /// <summary>Bug check 0x19: a pool header is corrupt (P1 kind of corruption, P2 pool entry).</summary>
    [BugCheckCode] public const uint BAD_POOL_HEADER = 0x00000019;
    /// <summary>Bug check 0x1A: the memory manager found a severe error (P1 subcode).</summary>
    [BugCheckCode] public const uint MEMORY_MANAGEMENT = 0x0000001A;
    /// <summary>Bug check 0x1B: a page frame database share count is corrupt.</summary>
    [BugCheckCode] public const uint PFN_SHARE_COUNT = 0x0000001B;
    /// <summary>Bug check 0x1C: a page frame database reference count is corrupt.</summary>
    [BugCheckCode] public const uint PFN_REFERENCE_COUNT = 0x0000001C;
    /// <summary>Bug check 0x1D: no spin lock was available.</summary>
    [BugCheckCode] public const uint NO_SPINLOCK_AVAILABLE = 0x0000001D;
    /// <summary>Bug check 0x1E: a kernel-mode exception was not handled (P1 exception code, P2 address, P3 and P4 exception parameters).</summary>
    [BugCheckCode] public const uint KMODE_EXCEPTION_NOT_HANDLED = 0x0000001E;
    /// <summary>Bug check 0x3B: an exception happened while running a system service routine (P1 exception code, P2 address, P3 context record).</summary>
    [BugCheckCode] public const uint SYSTEM_SERVICE_EXCEPTION = 0x0000003B;
    /// <summary>Bug check 0x1F: a shared resource (ERESOURCE) conversion failed.</summary>
    [BugCheckCode] public const uint SHARED_RESOURCE_CONV_ERROR = 0x0000001F;
    /// <summary>Bug check 0x20: a thread exited with kernel APCs disabled or pending (e.g. an unbalanced KeEnterCriticalRegion).</summary>
    [BugCheckCode] public const uint KERNEL_APC_PENDING_DURING_EXIT = 0x00000020;
    /// <summary>Bug check 0x21: more quota was returned than was charged.</summary>
    [BugCheckCode] public const uint QUOTA_UNDERFLOW = 0x00000021;
    /// <summary>Bug check 0x22: a generic file system error.</summary>
    [BugCheckCode] public const uint FILE_SYSTEM = 0x00000022;
    /// <summary>Bug check 0x23: the FAT file system driver failed.</summary>
    [BugCheckCode] public const uint FAT_FILE_SYSTEM = 0x00000023;
    /// <summary>Bug check 0x24: the NTFS file system driver failed.</summary>
    [BugCheckCode] public const uint NTFS_FILE_SYSTEM = 0x00000024;
    /// <summary>Bug check 0x25: the named pipe file system driver failed.</summary>
    [BugCheckCode] public const uint NPFS_FILE_SYSTEM = 0x00000025;
    /// <summary>Bug check 0x26: the CD-ROM file system driver failed.</summary>
    [BugCheckCode] public const uint CDFS_FILE_SYSTEM = 0x00000026;
    /// <summary>Bug check 0x27: the SMB redirector file system failed.</summary>
    [BugCheckCode] public const uint RDR_FILE_SYSTEM = 0x00000027;
    /// <summary>Bug check 0x28: an access token is corrupt.</summary>
    [BugCheckCode] public const uint CORRUPT_ACCESS_TOKEN = 0x00000028;
    /// <summary>Bug check 0x29: the security system failed.</summary>
    [BugCheckCode] public const uint SECURITY_SYSTEM = 0x00000029;
    /// <summary>Bug check 0x2A: an IRP was found in an inconsistent state (e.g. fields that contradict each other).</summary>
    [BugCheckCode] public const uint INCONSISTENT_IRP = 0x0000002A;
    /// <summary>Bug check 0x2B: the kernel mode stack overflowed and the system switched to the panic stack.</summary>
    [BugCheckCode] public const uint PANIC_STACK_SWITCH = 0x0000002B;
    /// <summary>Bug check 0x2C: a port driver found an internal error.</summary>
    [BugCheckCode] public const uint PORT_DRIVER_INTERNAL = 0x0000002C;
    /// <summary>Bug check 0x2D: the SCSI disk driver found an internal error.</summary>
    [BugCheckCode] public const uint SCSI_DISK_DRIVER_INTERNAL = 0x0000002D;
    /// <summary>Bug check 0x2E: a parity error in system memory or a data bus error.</summary>
    [BugCheckCode] public const uint DATA_BUS_ERROR = 0x0000002E;
    /// <summary>Bug check 0x2F: a bus error while fetching an instruction.</summary>
    [BugCheckCode] public const uint INSTRUCTION_BUS_ERROR = 0x0000002F;
    /// <summary>Bug check 0x30: a thread context was set with invalid values (e.g. a bad stack pointer).</summary>
    [BugCheckCode] public const uint SET_OF_INVALID_CONTEXT = 0x00000030;
    /// <summary>Bug check 0x31: system initialization failed early (phase 0).</summary>
    [BugCheckCode] public const uint PHASE0_INITIALIZATION_FAILED = 0x00000031;
    /// <summary>Bug check 0x32: system initialization failed (phase 1).</summary>
    [BugCheckCode] public const uint PHASE1_INITIALIZATION_FAILED = 0x00000032;
    /// <summary>Bug check 0x33: an initialization routine was called at an unexpected time.</summary>
    [BugCheckCode] public const uint UNEXPECTED_INITIALIZATION_CALL = 0x00000033;
    /// <summary>Bug check 0x34: the cache manager failed.</summary>
    [BugCheckCode] public const uint CACHE_MANAGER = 0x00000034;
    /// <summary>Bug check 0x35: IoCallDriver was called with no stack location left in the IRP (P1 the IRP).</summary>
    [BugCheckCode] public const uint NO_MORE_IRP_STACK_LOCATIONS = 0x00000035;
    /// <summary>Bug check 0x36: a device object was deleted while its reference count was not zero.</summary>
    [BugCheckCode] public const uint DEVICE_REFERENCE_COUNT_NOT_ZERO = 0x00000036;
    /// <summary>Bug check 0x37: the floppy driver found an internal error.</summary>
    [BugCheckCode] public const uint FLOPPY_INTERNAL_ERROR = 0x00000037;
    /// <summary>Bug check 0x38: the serial driver found an internal error.</summary>
    [BugCheckCode] public const uint SERIAL_DRIVER_INTERNAL = 0x00000038;
    /// <summary>Bug check 0x39: a thread exited while owning a mutex, or returned to user mode holding one.</summary>
    [BugCheckCode] public const uint SYSTEM_EXIT_OWNED_MUTEX = 0x00000039;
    /// <summary>Bug check 0x3E: the processors of a multiprocessor system are asymmetric in a way Windows does not support.</summary>
    [BugCheckCode] public const uint MULTIPROCESSOR_CONFIGURATION_NOT_SUPPORTED = 0x0000003E;
    /// <summary>Bug check 0x3F: the system ran out of page table entries (PTEs), often from a driver that leaks mappings.</summary>
    [BugCheckCode] public const uint NO_MORE_SYSTEM_PTES = 0x0000003F;
    /// <summary>Bug check 0x40: IoBuildPartialMdl was given a target MDL too small for the range it maps.</summary>
    [BugCheckCode] public const uint TARGET_MDL_TOO_SMALL = 0x00000040;
    /// <summary>Bug check 0x41: a must-succeed pool allocation could not be satisfied.</summary>
    [BugCheckCode] public const uint MUST_SUCCEED_POOL_EMPTY = 0x00000041;
    /// <summary>Bug check 0x42: the AT disk driver found an internal error.</summary>
    [BugCheckCode] public const uint ATDISK_DRIVER_INTERNAL = 0x00000042;
    /// <summary>Bug check 0x44: IoCompleteRequest was called for an IRP already completed (P1 the IRP).</summary>
    [BugCheckCode] public const uint MULTIPLE_IRP_COMPLETE_REQUESTS = 0x00000044;
    /// <summary>Bug check 0x45: not enough map registers for the DMA transfer.</summary>
    [BugCheckCode] public const uint INSUFFICIENT_SYSTEM_MAP_REGS = 0x00000045;
    /// <summary>Bug check 0x48: an IRP being completed still has a cancel routine or was cancelled after completion.</summary>
    [BugCheckCode] public const uint CANCEL_STATE_IN_COMPLETED_IRP = 0x00000048;
    /// <summary>Bug check 0x49: a page fault happened with interrupts disabled.</summary>
    [BugCheckCode] public const uint PAGE_FAULT_WITH_INTERRUPTS_OFF = 0x00000049;
    /// <summary>Bug check 0x4A: a system service returned to user mode at an IRQL above PASSIVE_LEVEL.</summary>
    [BugCheckCode] public const uint IRQL_GT_ZERO_AT_SYSTEM_SERVICE = 0x0000004A;
    /// <summary>Bug check 0x4B: the STREAMS environment found an internal error.</summary>
    [BugCheckCode] public const uint STREAMS_INTERNAL_ERROR = 0x0000004B;
    /// <summary>Bug check 0x4C: a fatal hard error happened before the system could report it.</summary>
    [BugCheckCode] public const uint FATAL_UNHANDLED_HARD_ERROR = 0x0000004C;
    /// <summary>Bug check 0x4D: no free pages were available to continue.</summary>
    [BugCheckCode] public const uint NO_PAGES_AVAILABLE = 0x0000004D;
    /// <summary>Bug check 0x4E: the page frame number (PFN) list is corrupt, often from a bad MDL.</summary>
    [BugCheckCode] public const uint PFN_LIST_CORRUPT = 0x0000004E;
    /// <summary>Bug check 0x4F: NDIS found an internal error.</summary>
    [BugCheckCode] public const uint NDIS_INTERNAL_ERROR = 0x0000004F;
    /// <summary>Bug check 0x50: invalid or freed system memory was referenced (P1 address, P2 read or write, P3 referencing address).</summary>
    [BugCheckCode] public const uint PAGE_FAULT_IN_NONPAGED_AREA = 0x00000050;
    /// <summary>Bug check 0x51: the registry hit a severe error (an I/O error reading a hive, or a corrupt hive).</summary>
    [BugCheckCode] public const uint REGISTRY_ERROR = 0x00000051;
    /// <summary>Bug check 0x52: the mailslot file system driver failed.</summary>
    [BugCheckCode] public const uint MAILSLOT_FILE_SYSTEM = 0x00000052;
    /// <summary>Bug check 0x53: the boot device could not be found.</summary>
    [BugCheckCode] public const uint NO_BOOT_DEVICE = 0x00000053;
    /// <summary>Bug check 0x54: the LAN Manager server found an internal error.</summary>
    [BugCheckCode] public const uint LM_SERVER_INTERNAL_ERROR = 0x00000054;
    /// <summary>Bug check 0x55: a data coherency error between the processor's caches and memory.</summary>
    [BugCheckCode] public const uint DATA_COHERENCY_EXCEPTION = 0x00000055;
    /// <summary>Bug check 0x56: an instruction cache coherency error.</summary>
    [BugCheckCode] public const uint INSTRUCTION_COHERENCY_EXCEPTION = 0x00000056;
    /// <summary>Bug check 0x57: the XNS transport found an internal error.</summary>
    [BugCheckCode] public const uint XNS_INTERNAL_ERROR = 0x00000057;
    /// <summary>Bug check 0x58: the fault-tolerant disk driver found an internal error.</summary>
    [BugCheckCode] public const uint FTDISK_INTERNAL_ERROR = 0x00000058;
    /// <summary>Bug check 0x59: the HPFS (Pinball) file system driver failed.</summary>
    [BugCheckCode] public const uint PINBALL_FILE_SYSTEM = 0x00000059;
    /// <summary>Bug check 0x5A: a critical service failed to start.</summary>
    [BugCheckCode] public const uint CRITICAL_SERVICE_FAILED = 0x0000005A;
    /// <summary>Bug check 0x5B: a firmware environment variable could not be set.</summary>
    [BugCheckCode] public const uint SET_ENV_VAR_FAILED = 0x0000005B;
    /// <summary>Bug check 0x5C: the hardware abstraction layer failed to initialize.</summary>
    [BugCheckCode] public const uint HAL_INITIALIZATION_FAILED = 0x0000005C;
    /// <summary>Bug check 0x5D: the processor is not supported.</summary>
    [BugCheckCode] public const uint UNSUPPORTED_PROCESSOR = 0x0000005D;
    /// <summary>Bug check 0x5E: the object manager failed to initialize.</summary>
    [BugCheckCode] public const uint OBJECT_INITIALIZATION_FAILED = 0x0000005E;
    /// <summary>Bug check 0x5F: the security subsystem failed to initialize.</summary>
    [BugCheckCode] public const uint SECURITY_INITIALIZATION_FAILED = 0x0000005F;
    /// <summary>Bug check 0x60: process management failed to initialize.</summary>
    [BugCheckCode] public const uint PROCESS_INITIALIZATION_FAILED = 0x00000060;
    /// <summary>Bug check 0x61: the hardware abstraction layer failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint HAL1_INITIALIZATION_FAILED = 0x00000061;
    /// <summary>Bug check 0x62: the object manager failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint OBJECT1_INITIALIZATION_FAILED = 0x00000062;
    /// <summary>Bug check 0x63: the security subsystem failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint SECURITY1_INITIALIZATION_FAILED = 0x00000063;
    /// <summary>Bug check 0x64: symbolic link initialization failed.</summary>
    [BugCheckCode] public const uint SYMBOLIC_INITIALIZATION_FAILED = 0x00000064;
    /// <summary>Bug check 0x65: the memory manager failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint MEMORY1_INITIALIZATION_FAILED = 0x00000065;
    /// <summary>Bug check 0x66: the cache manager failed to initialize.</summary>
    [BugCheckCode] public const uint CACHE_INITIALIZATION_FAILED = 0x00000066;
    /// <summary>Bug check 0x67: the registry (configuration manager) failed to initialize.</summary>
    [BugCheckCode] public const uint CONFIG_INITIALIZATION_FAILED = 0x00000067;
    /// <summary>Bug check 0x68: file system initialization failed.</summary>
    [BugCheckCode] public const uint FILE_INITIALIZATION_FAILED = 0x00000068;
    /// <summary>Bug check 0x69: the I/O system failed to initialize (phase 1), often because a boot driver failed.</summary>
    [BugCheckCode] public const uint IO1_INITIALIZATION_FAILED = 0x00000069;
    /// <summary>Bug check 0x6A: local procedure call (LPC) initialization failed.</summary>
    [BugCheckCode] public const uint LPC_INITIALIZATION_FAILED = 0x0000006A;
    /// <summary>Bug check 0x6B: process management failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint PROCESS1_INITIALIZATION_FAILED = 0x0000006B;
    /// <summary>Bug check 0x6C: the security reference monitor failed to initialize.</summary>
    [BugCheckCode] public const uint REFMON_INITIALIZATION_FAILED = 0x0000006C;
    /// <summary>Bug check 0x6D: session initialization failed (stage 1).</summary>
    [BugCheckCode] public const uint SESSION1_INITIALIZATION_FAILED = 0x0000006D;
    /// <summary>Bug check 0x6E: session initialization failed (stage 2).</summary>
    [BugCheckCode] public const uint SESSION2_INITIALIZATION_FAILED = 0x0000006E;
    /// <summary>Bug check 0x6F: session initialization failed (stage 3).</summary>
    [BugCheckCode] public const uint SESSION3_INITIALIZATION_FAILED = 0x0000006F;
    /// <summary>Bug check 0x70: session initialization failed (stage 4).</summary>
    [BugCheckCode] public const uint SESSION4_INITIALIZATION_FAILED = 0x00000070;
    /// <summary>Bug check 0x71: session initialization failed (stage 5).</summary>
    [BugCheckCode] public const uint SESSION5_INITIALIZATION_FAILED = 0x00000071;
    /// <summary>Bug check 0x72: drive letters could not be assigned during startup.</summary>
    [BugCheckCode] public const uint ASSIGN_DRIVE_LETTERS_FAILED = 0x00000072;
    /// <summary>Bug check 0x73: a core system registry hive is corrupt or cannot be loaded.</summary>
    [BugCheckCode] public const uint CONFIG_LIST_FAILED = 0x00000073;
    /// <summary>Bug check 0x74: the registry holds bad system configuration information.</summary>
    [BugCheckCode] public const uint BAD_SYSTEM_CONFIG_INFO = 0x00000074;
    /// <summary>Bug check 0x75: the SYSTEM registry hive cannot be written or grown.</summary>
    [BugCheckCode] public const uint CANNOT_WRITE_CONFIGURATION = 0x00000075;
    /// <summary>Bug check 0x76: a process ended with pages still locked by a driver (an MDL not unlocked).</summary>
    [BugCheckCode] public const uint PROCESS_HAS_LOCKED_PAGES = 0x00000076;
    /// <summary>Bug check 0x77: a kernel stack page could not be read in from the paging file.</summary>
    [BugCheckCode] public const uint KERNEL_STACK_INPAGE_ERROR = 0x00000077;
    /// <summary>Bug check 0x78: an exception happened during phase 0 of initialization.</summary>
    [BugCheckCode] public const uint PHASE0_EXCEPTION = 0x00000078;
    /// <summary>Bug check 0x79: the hardware abstraction layer does not match the kernel or the machine.</summary>
    [BugCheckCode] public const uint MISMATCHED_HAL = 0x00000079;
    /// <summary>Bug check 0x7A: a kernel data page could not be read in from the paging file.</summary>
    [BugCheckCode] public const uint KERNEL_DATA_INPAGE_ERROR = 0x0000007A;
    /// <summary>Bug check 0x7B: the system lost access to the boot volume during startup.</summary>
    [BugCheckCode] public const uint INACCESSIBLE_BOOT_DEVICE = 0x0000007B;
    /// <summary>Bug check 0x7D: not enough physical memory to run Windows.</summary>
    [BugCheckCode] public const uint INSTALL_MORE_MEMORY = 0x0000007D;
    /// <summary>Bug check 0x7E: a system thread raised an exception it did not handle (P1 exception code, P2 address, P3 exception record, P4 context record).</summary>
    [BugCheckCode] public const uint SYSTEM_THREAD_EXCEPTION_NOT_HANDLED = 0x0000007E;
    /// <summary>Bug check 0x7F: the processor raised a trap the kernel did not expect or could not handle (e.g. a double fault).</summary>
    [BugCheckCode] public const uint UNEXPECTED_KERNEL_MODE_TRAP = 0x0000007F;
}
