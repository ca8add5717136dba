namespace NtSim;

public static partial class Wdm
{
    // bugcodes.h: the bug check codes from 0x80 up (0x00 to 0x7F are in Wdm.BugCodes.cs). [BugCheckCode] marks
    // them for NtNames.BugCheckName.
    /// <summary>Bug check 0x80: a hardware failure raised a non-maskable interrupt.</summary>
    [BugCheckCode] public const uint NMI_HARDWARE_FAILURE = 0x00000080;
    /// <summary>Bug check 0x81: a spin lock failed to initialize.</summary>
    [BugCheckCode] public const uint SPIN_LOCK_INIT_FAILURE = 0x00000081;
    /// <summary>Bug check 0x8E: a kernel-mode exception was not handled (P1 exception code, P2 address, P3 trap frame).</summary>
    [BugCheckCode] public const uint KERNEL_MODE_EXCEPTION_NOT_HANDLED = 0x0000008E;
    /// <summary>Bug check 0x8F: the Plug and Play manager failed to initialize (phase 0).</summary>
    [BugCheckCode] public const uint PP0_INITIALIZATION_FAILED = 0x0000008F;
    /// <summary>Bug check 0x90: the Plug and Play manager failed to initialize (phase 1).</summary>
    [BugCheckCode] public const uint PP1_INITIALIZATION_FAILED = 0x00000090;
    /// <summary>Bug check 0x93: kernel code closed or referenced a handle that is not valid or is protected.</summary>
    [BugCheckCode] public const uint INVALID_KERNEL_HANDLE = 0x00000093;
    /// <summary>Bug check 0x94: a thread exited while its kernel stack was locked (not swappable).</summary>
    [BugCheckCode] public const uint KERNEL_STACK_LOCKED_AT_EXIT = 0x00000094;
    /// <summary>Bug check 0x96: a work queue item is not valid (e.g. an already freed or corrupt work item).</summary>
    [BugCheckCode] public const uint INVALID_WORK_QUEUE_ITEM = 0x00000096;
    /// <summary>Bug check 0xA0: the power policy manager hit a fatal error.</summary>
    [BugCheckCode] public const uint INTERNAL_POWER_ERROR = 0x000000A0;
    /// <summary>Bug check 0xA1: the PCI bus driver found an internal inconsistency.</summary>
    [BugCheckCode] public const uint PCI_BUS_DRIVER_INTERNAL = 0x000000A1;
    /// <summary>Bug check 0xA5: the ACPI BIOS does not comply with the ACPI specification.</summary>
    [BugCheckCode] public const uint ACPI_BIOS_ERROR = 0x000000A5;
    /// <summary>Bug check 0xAC: the hardware abstraction layer could not allocate memory during startup.</summary>
    [BugCheckCode] public const uint HAL_MEMORY_ALLOCATION = 0x000000AC;
    /// <summary>Bug check 0xB4: the video driver failed to initialize.</summary>
    [BugCheckCode] public const uint VIDEO_DRIVER_INIT_FAILURE = 0x000000B4;
    /// <summary>Bug check 0xB8: a DPC routine tried a blocking operation (a wait, or a context switch).</summary>
    [BugCheckCode] public const uint ATTEMPTED_SWITCH_FROM_DPC = 0x000000B8;
    /// <summary>Bug check 0xBE: a driver wrote to read-only memory.</summary>
    [BugCheckCode] public const uint ATTEMPTED_WRITE_TO_READONLY_MEMORY = 0x000000BE;
    /// <summary>Bug check 0xC1: special pool found an allocation's memory corrupted, e.g. a write past the end (P1 address, P4 subcode).</summary>
    [BugCheckCode] public const uint SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION = 0x000000C1;
    /// <summary>Bug check 0xC2: a pool request was bad: a bad IRQL, a double free, a free of memory not from pool (P1 subcode).</summary>
    [BugCheckCode] public const uint BAD_POOL_CALLER = 0x000000C2;
    /// <summary>Bug check 0xC5: the system referenced pool at too high an IRQL because a driver corrupted the pool.</summary>
    [BugCheckCode] public const uint DRIVER_CORRUPTED_EXPOOL = 0x000000C5;
    /// <summary>Bug check 0xC6: a driver wrote to pool memory it had already freed.</summary>
    [BugCheckCode] public const uint DRIVER_CAUGHT_MODIFYING_FREED_POOL = 0x000000C6;
    /// <summary>Bug check 0xC8: the processor's IRQL is not what it should be (e.g. a routine returned at another IRQL).</summary>
    [BugCheckCode] public const uint IRQL_UNEXPECTED_VALUE = 0x000000C8;
    /// <summary>Bug check 0xCA: the Plug and Play manager found a severe error, usually from a driver (P1 subcode).</summary>
    [BugCheckCode] public const uint PNP_DETECTED_FATAL_ERROR = 0x000000CA;
    /// <summary>Bug check 0xCB: a driver did not release locked pages after an I/O operation.</summary>
    [BugCheckCode] public const uint DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS = 0x000000CB;
    /// <summary>Bug check 0xCE: a driver unloaded without cancelling its timers, DPCs, worker threads or other pending operations.</summary>
    [BugCheckCode] public const uint DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS = 0x000000CE;
    /// <summary>Bug check 0xD0: the system referenced invalid pool memory at too high an IRQL; a driver corrupted the pool.</summary>
    [BugCheckCode] public const uint DRIVER_CORRUPTED_MMPOOL = 0x000000D0;
    /// <summary>Bug check 0xD1: a driver accessed pageable or invalid memory at an IRQL too high (P1 address, P2 IRQL, P3 access, P4 referencing address).</summary>
    [BugCheckCode] public const uint DRIVER_IRQL_NOT_LESS_OR_EQUAL = 0x000000D1;
    /// <summary>Bug check 0xD3: a driver referenced pageable code or data at an IRQL too high (it was marked pageable wrongly).</summary>
    [BugCheckCode] public const uint DRIVER_PORTION_MUST_BE_NONPAGED = 0x000000D3;
    /// <summary>Bug check 0xD4: a driver unloaded without cancelling its lookaside lists, DPCs or worker threads, found at a raised IRQL.</summary>
    [BugCheckCode] public const uint SYSTEM_SCAN_AT_RAISED_IRQL_CAUGHT_IMPROPER_DRIVER_UNLOAD = 0x000000D4;
    /// <summary>Bug check 0xD8: a driver used too many system page table entries (PTEs).</summary>
    [BugCheckCode] public const uint DRIVER_USED_EXCESSIVE_PTES = 0x000000D8;
    /// <summary>Bug check 0xD9: the tracking of locked pages is corrupt (e.g. an MDL unlocked twice).</summary>
    [BugCheckCode] public const uint LOCKED_PAGES_TRACKER_CORRUPTION = 0x000000D9;
    /// <summary>Bug check 0xE0: a component of the computer failed as reported by the ACPI BIOS.</summary>
    [BugCheckCode] public const uint ACPI_BIOS_FATAL_ERROR = 0x000000E0;
    /// <summary>Bug check 0xE1: a work item routine returned at an IRQL other than PASSIVE_LEVEL.</summary>
    [BugCheckCode] public const uint WORKER_THREAD_RETURNED_AT_BAD_IRQL = 0x000000E1;
    /// <summary>Bug check 0xE2: the user forced a crash on purpose from the keyboard or a debugger.</summary>
    [BugCheckCode] public const uint MANUALLY_INITIATED_CRASH = 0x000000E2;
    /// <summary>Bug check 0xE3: a thread released a resource (ERESOURCE) it does not own.</summary>
    [BugCheckCode] public const uint RESOURCE_NOT_OWNED = 0x000000E3;
    /// <summary>Bug check 0xE4: memory that should not hold an executive work item holds a live one (e.g. freed while queued).</summary>
    [BugCheckCode] public const uint WORKER_INVALID = 0x000000E4;
    /// <summary>Bug check 0xE5: a simulated power failure (used to test power loss).</summary>
    [BugCheckCode] public const uint POWER_FAILURE_SIMULATE = 0x000000E5;
    /// <summary>Bug check 0xE7: a driver's saved floating-point state is not valid (KeRestoreFloatingPointState).</summary>
    [BugCheckCode] public const uint INVALID_FLOATING_POINT_STATE = 0x000000E7;
    /// <summary>Bug check 0xE8: a file open was cancelled after its file object was already opened.</summary>
    [BugCheckCode] public const uint INVALID_CANCEL_OF_FILE_OPEN = 0x000000E8;
    /// <summary>Bug check 0xE9: an executive worker thread was terminated while active.</summary>
    [BugCheckCode] public const uint ACTIVE_EX_WORKER_THREAD_TERMINATION = 0x000000E9;
    /// <summary>Bug check 0xEA: a thread in a display driver looped waiting for idle hardware.</summary>
    [BugCheckCode] public const uint THREAD_STUCK_IN_DEVICE_DRIVER = 0x000000EA;
    /// <summary>Bug check 0xEF: a critical system process died.</summary>
    [BugCheckCode] public const uint CRITICAL_PROCESS_DIED = 0x000000EF;
    /// <summary>Bug check 0xF4: a process or thread crucial to the system ended unexpectedly.</summary>
    [BugCheckCode] public const uint CRITICAL_OBJECT_TERMINATION = 0x000000F4;
    /// <summary>Bug check 0xF6: the PCI driver verifier found an error.</summary>
    [BugCheckCode] public const uint PCI_VERIFIER_DETECTED_VIOLATION = 0x000000F6;
    /// <summary>Bug check 0xF8: booting from a RAM disk failed.</summary>
    [BugCheckCode] public const uint RAMDISK_BOOT_INITIALIZATION_FAILED = 0x000000F8;
    /// <summary>Bug check 0xFA: a work item routine returned while still impersonating.</summary>
    [BugCheckCode] public const uint IMPERSONATING_WORKER_THREAD = 0x000000FA;
    /// <summary>Bug check 0xFC: an instruction fetch was attempted from memory that is not executable.</summary>
    [BugCheckCode] public const uint ATTEMPTED_EXECUTE_OF_NOEXECUTE_MEMORY = 0x000000FC;
    /// <summary>Bug check 0x4000008A: a thread terminated while holding a mutex.</summary>
    [BugCheckCode] public const uint THREAD_TERMINATE_HELD_MUTEX = 0x4000008A;

    // Not in the mingw-w64 bugcodes.h: values from the WDK debugger docs, "Bug Check Code Reference"
    // ("Bug Check 0xC4: DRIVER_VERIFIER_DETECTED_VIOLATION" and so on).
    /// <summary>Bug check 0x9F: a driver handled a power transition badly (P1 subcode; 0x3: a device object held a power IRP too long).</summary>
    [BugCheckCode] public const uint DRIVER_POWER_STATE_FAILURE = 0x0000009F;
    /// <summary>Bug check 0xC4: driver Verifier caught a driver breaking a rule (P1 subcode: IRQL, pool, spin lock and DDI rules).</summary>
    [BugCheckCode] public const uint DRIVER_VERIFIER_DETECTED_VIOLATION = 0x000000C4;
    /// <summary>Bug check 0xC7: a kernel timer or DPC was found where it may not be, e.g. in memory being freed.</summary>
    [BugCheckCode] public const uint TIMER_OR_DPC_INVALID = 0x000000C7;
    /// <summary>Bug check 0xC9: driver Verifier's I/O verification caught an IRP handling error (P1 subcode).</summary>
    [BugCheckCode] public const uint DRIVER_VERIFIER_IOMANAGER_VIOLATION = 0x000000C9;
    /// <summary>Bug check 0xCC: memory freed from special pool was referenced (P1 address, P2 read or write).</summary>
    [BugCheckCode] public const uint PAGE_FAULT_IN_FREED_SPECIAL_POOL = 0x000000CC;
    /// <summary>Bug check 0xCD: memory past the end of a special pool allocation was referenced (P1 address, P2 read or write).</summary>
    [BugCheckCode] public const uint PAGE_FAULT_BEYOND_END_OF_ALLOCATION = 0x000000CD;
    /// <summary>Bug check 0xD5: a driver referenced memory it freed from special pool (P1 address, P2 read or write).</summary>
    [BugCheckCode] public const uint DRIVER_PAGE_FAULT_IN_FREED_SPECIAL_POOL = 0x000000D5;
    /// <summary>Bug check 0xD6: a driver referenced memory past the end of its special pool allocation (P1 address, P2 read or write).</summary>
    [BugCheckCode] public const uint DRIVER_PAGE_FAULT_BEYOND_END_OF_ALLOCATION = 0x000000D6;
    /// <summary>Bug check 0xE6: driver Verifier's DMA verification caught a DMA API misuse (P1 subcode).</summary>
    [BugCheckCode] public const uint DRIVER_VERIFIER_DMA_VIOLATION = 0x000000E6;
    /// <summary>Bug check 0x101: a secondary processor did not receive an expected clock interrupt in time (the processor is hung).</summary>
    [BugCheckCode] public const uint CLOCK_WATCHDOG_TIMEOUT = 0x00000101;
    /// <summary>Bug check 0x10D: the framework (KMDF) caught a driver breaking a rule (P1 subcode).</summary>
    [BugCheckCode] public const uint WDF_VIOLATION = 0x0000010D;
    /// <summary>Bug check 0x12E: an MDL operation was given a range outside the MDL.</summary>
    [BugCheckCode] public const uint INVALID_MDL_RANGE = 0x0000012E;
    /// <summary>Bug check 0x133: a DPC ran too long, or the processor stayed at DISPATCH_LEVEL or above too long (P1 0 single DPC, 1 cumulative).</summary>
    [BugCheckCode] public const uint DPC_WATCHDOG_VIOLATION = 0x00000133;
    /// <summary>Bug check 0x139: the kernel found a corrupt critical data structure (e.g. a linked list or a stack cookie).</summary>
    [BugCheckCode] public const uint KERNEL_SECURITY_CHECK_FAILURE = 0x00000139;
    /// <summary>Bug check 0x157: a thread's priority was lowered below its priority floor.</summary>
    [BugCheckCode] public const uint KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION = 0x00000157;
    /// <summary>Bug check 0xDEADDEAD: the user deliberately caused the crash (the alternate manual crash code).</summary>
    [BugCheckCode] public const uint MANUALLY_INITIATED_CRASH1 = 0xDEADDEAD;

    // A PTE routine used improperly, e.g. MmUnmapIoSpace of what was not mapped (bug-check-0xda--system-pte-misuse).
    /// <summary>Bug check 0xDA: a page table entry routine was used improperly (e.g. MmUnmapIoSpace of a range that was not mapped).</summary>
    [BugCheckCode] public const uint SYSTEM_PTE_MISUSE = 0x000000DA;
}
