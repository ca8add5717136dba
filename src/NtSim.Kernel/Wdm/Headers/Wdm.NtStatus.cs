namespace NtSim;

public static partial class Wdm
{
    // ntstatus.h: success, informational and warning codes (severity 0, 1, 2), by value.
    // A status is a 32-bit value: severity (2 bits), customer bit, reserved bit, facility (12), code (16).
    // The error codes (severity 3) are in Wdm.NtStatus.Errors.cs and Wdm.NtStatus.Errors.FromA0.cs.
    /// <summary>The operation completed successfully (0x00000000).</summary>
    public const NTSTATUS STATUS_SUCCESS = 0;
    /// <summary>A multiple-object wait was satisfied by the object at index 0; the same value as STATUS_SUCCESS (0x00000000).</summary>
    public const NTSTATUS STATUS_WAIT_0 = 0;
    /// <summary>A multiple-object wait was satisfied by the object at index 1 (0x00000001).</summary>
    public const NTSTATUS STATUS_WAIT_1 = (NTSTATUS)0x00000001;
    /// <summary>A multiple-object wait was satisfied by the object at index 2 (0x00000002).</summary>
    public const NTSTATUS STATUS_WAIT_2 = (NTSTATUS)0x00000002;
    /// <summary>A multiple-object wait was satisfied by the object at index 3 (0x00000003).</summary>
    public const NTSTATUS STATUS_WAIT_3 = (NTSTATUS)0x00000003;
    /// <summary>A multiple-object wait was satisfied by the object at index 63, the highest STATUS_WAIT_n (0x0000003F).</summary>
    public const NTSTATUS STATUS_WAIT_63 = (NTSTATUS)0x0000003F;
    /// <summary>The wait was satisfied by a mutex whose owner ended without releasing it (an abandoned mutex) (0x00000080).</summary>
    public const NTSTATUS STATUS_ABANDONED = (NTSTATUS)0x00000080;
    /// <summary>The mutex at index 0 of a multiple-object wait was abandoned by its owner (0x00000080).</summary>
    public const NTSTATUS STATUS_ABANDONED_WAIT_0 = (NTSTATUS)0x00000080;
    /// <summary>The mutex at index 63 of a multiple-object wait was abandoned by its owner (0x000000BF).</summary>
    public const NTSTATUS STATUS_ABANDONED_WAIT_63 = (NTSTATUS)0x000000BF;
    /// <summary>An alertable wait ended early because a user-mode APC was delivered to the thread (0x000000C0).</summary>
    public const NTSTATUS STATUS_USER_APC = (NTSTATUS)0x000000C0;
    /// <summary>A wait was interrupted to deliver a kernel-mode APC (0x00000100).</summary>
    public const NTSTATUS STATUS_KERNEL_APC = (NTSTATUS)0x00000100;
    /// <summary>An alertable wait ended because the thread was alerted (0x00000101).</summary>
    public const NTSTATUS STATUS_ALERTED = (NTSTATUS)0x00000101;
    /// <summary>The wait's time-out interval elapsed before the object was signaled (0x00000102).</summary>
    public const NTSTATUS STATUS_TIMEOUT = (NTSTATUS)0x00000102;
    /// <summary>The operation has not completed yet; a dispatch routine returns it after IoMarkIrpPending and completes the IRP later (0x00000103).</summary>
    public const NTSTATUS STATUS_PENDING = (NTSTATUS)0x00000103;
    /// <summary>The open must be retried with another name that the file system or object manager returned (a reparse) (0x00000104).</summary>
    public const NTSTATUS STATUS_REPARSE = (NTSTATUS)0x00000104;
    /// <summary>Some entries were returned and more remain; call again to get the rest (0x00000105).</summary>
    public const NTSTATUS STATUS_MORE_ENTRIES = (NTSTATUS)0x00000105;
    /// <summary>Not all the privileges or groups asked for could be assigned to the caller (0x00000106).</summary>
    public const NTSTATUS STATUS_NOT_ALL_ASSIGNED = (NTSTATUS)0x00000106;
    /// <summary>Some of the security IDs or account names could not be translated (0x00000107).</summary>
    public const NTSTATUS STATUS_SOME_NOT_MAPPED = (NTSTATUS)0x00000107;
    /// <summary>The open succeeded, but an oplock break is under way on the file (0x00000108).</summary>
    public const NTSTATUS STATUS_OPLOCK_BREAK_IN_PROGRESS = (NTSTATUS)0x00000108;
    /// <summary>A file system mounted a new volume on the device (0x00000109).</summary>
    public const NTSTATUS STATUS_VOLUME_MOUNTED = (NTSTATUS)0x00000109;
    /// <summary>A directory change notification request completed because its handle was closed (0x0000010B).</summary>
    public const NTSTATUS STATUS_NOTIFY_CLEANUP = (NTSTATUS)0x0000010B;
    /// <summary>Too many directory changes happened to report them one by one; enumerate the directory to find them (0x0000010C).</summary>
    public const NTSTATUS STATUS_NOTIFY_ENUM_DIR = (NTSTATUS)0x0000010C;
    /// <summary>A page fault was resolved from a page in transition (memory manager) (0x00000110).</summary>
    public const NTSTATUS STATUS_PAGE_FAULT_TRANSITION = (NTSTATUS)0x00000110;
    /// <summary>A page fault was resolved with a demand-zero page (memory manager) (0x00000111).</summary>
    public const NTSTATUS STATUS_PAGE_FAULT_DEMAND_ZERO = (NTSTATUS)0x00000111;
    /// <summary>A page fault was resolved by a copy-on-write (memory manager) (0x00000112).</summary>
    public const NTSTATUS STATUS_PAGE_FAULT_COPY_ON_WRITE = (NTSTATUS)0x00000112;
    /// <summary>A page fault on a guard page was resolved (memory manager) (0x00000113).</summary>
    public const NTSTATUS STATUS_PAGE_FAULT_GUARD_PAGE = (NTSTATUS)0x00000113;
    /// <summary>A page fault was resolved by reading from the paging file (memory manager) (0x00000114).</summary>
    public const NTSTATUS STATUS_PAGE_FAULT_PAGING_FILE = (NTSTATUS)0x00000114;
    /// <summary>A cache page was locked during the operation (0x00000115).</summary>
    public const NTSTATUS STATUS_CACHE_PAGE_LOCKED = (NTSTATUS)0x00000115;
    /// <summary>The paging file holds a crash dump (0x00000116).</summary>
    public const NTSTATUS STATUS_CRASH_DUMP = (NTSTATUS)0x00000116;
    /// <summary>The buffer contains only zeros (0x00000117).</summary>
    public const NTSTATUS STATUS_BUFFER_ALL_ZEROS = (NTSTATUS)0x00000117;
    /// <summary>The object manager must reparse the name because it resolved to a symbolic link (0x00000118).</summary>
    public const NTSTATUS STATUS_REPARSE_OBJECT = (NTSTATUS)0x00000118;
    /// <summary>The device's resource requirements changed (0x00000119).</summary>
    public const NTSTATUS STATUS_RESOURCE_REQUIREMENTS_CHANGED = (NTSTATUS)0x00000119;
    /// <summary>The translator translated the resources into the global space; no further translation is needed (0x00000120).</summary>
    public const NTSTATUS STATUS_TRANSLATION_COMPLETE = (NTSTATUS)0x00000120;
    /// <summary>The job had no process to terminate (0x00000122).</summary>
    public const NTSTATUS STATUS_NOTHING_TO_TERMINATE = (NTSTATUS)0x00000122;
    /// <summary>The process is not part of a job (0x00000123).</summary>
    public const NTSTATUS STATUS_PROCESS_NOT_IN_JOB = (NTSTATUS)0x00000123;
    /// <summary>The process is part of a job (0x00000124).</summary>
    public const NTSTATUS STATUS_PROCESS_IN_JOB = (NTSTATUS)0x00000124;
    /// <summary>A file system filter completed the operation successfully itself (0x00000126).</summary>
    public const NTSTATUS STATUS_FSFILTER_OP_COMPLETED_SUCCESSFULLY = (NTSTATUS)0x00000126;
    /// <summary>The interrupt vector is already connected (0x00000127).</summary>
    public const NTSTATUS STATUS_INTERRUPT_VECTOR_ALREADY_CONNECTED = (NTSTATUS)0x00000127;
    /// <summary>The interrupt is still connected (0x00000128).</summary>
    public const NTSTATUS STATUS_INTERRUPT_STILL_CONNECTED = (NTSTATUS)0x00000128;
    /// <summary>The operation waits for an oplock break to complete (0x00000367).</summary>
    public const NTSTATUS STATUS_WAIT_FOR_OPLOCK = (NTSTATUS)0x00000367;
    /// <summary>Debugger continue status: the debugger handled the exception (0x00010001).</summary>
    public const NTSTATUS DBG_EXCEPTION_HANDLED = (NTSTATUS)0x00010001;
    /// <summary>Debugger continue status: continue the thread (0x00010002).</summary>
    public const NTSTATUS DBG_CONTINUE = (NTSTATUS)0x00010002;
    /// <summary>A file system minifilter completed the I/O (0x001C0001).</summary>
    public const NTSTATUS STATUS_FLT_IO_COMPLETE = (NTSTATUS)0x001C0001;
    /// <summary>An object with that name already existed; the call opened it instead of creating a new one (0x40000000).</summary>
    public const NTSTATUS STATUS_OBJECT_NAME_EXISTS = (NTSTATUS)0x40000000;
    /// <summary>The thread was terminated while suspended; it was resumed so that termination could proceed (0x40000001).</summary>
    public const NTSTATUS STATUS_THREAD_WAS_SUSPENDED = (NTSTATUS)0x40000001;
    /// <summary>The working set minimum or maximum was set outside the allowed range (0x40000002).</summary>
    public const NTSTATUS STATUS_WORKING_SET_LIMIT_RANGE = (NTSTATUS)0x40000002;
    /// <summary>The image could not be mapped at its preferred base address and was relocated (0x40000003).</summary>
    public const NTSTATUS STATUS_IMAGE_NOT_AT_BASE = (NTSTATUS)0x40000003;
    /// <summary>The serial XOFF counter request completed because another write to the port came in (0x40000008).</summary>
    public const NTSTATUS STATUS_SERIAL_MORE_WRITES = (NTSTATUS)0x40000008;
    /// <summary>A registry hive was recovered from its log or alternate copy (0x40000009).</summary>
    public const NTSTATUS STATUS_REGISTRY_RECOVERED = (NTSTATUS)0x40000009;
    /// <summary>The serial XOFF counter request completed because its time-out expired (0x4000000C).</summary>
    public const NTSTATUS STATUS_SERIAL_COUNTER_TIMEOUT = (NTSTATUS)0x4000000C;
    /// <summary>Informational status: the event is done (0x40000012).</summary>
    public const NTSTATUS STATUS_EVENT_DONE = (NTSTATUS)0x40000012;
    /// <summary>Informational status: the event is pending (0x40000013).</summary>
    public const NTSTATUS STATUS_EVENT_PENDING = (NTSTATUS)0x40000013;
    /// <summary>The file system of a volume is being checked (0x40000014).</summary>
    public const NTSTATUS STATUS_CHECKING_FILE_SYSTEM = (NTSTATUS)0x40000014;
    /// <summary>The registry key handle is a predefined handle (0x40000016).</summary>
    public const NTSTATUS STATUS_PREDEFINED_HANDLE = (NTSTATUS)0x40000016;
    /// <summary>The page protection of a locked page was changed to no access and the page was unlocked (0x40000017).</summary>
    public const NTSTATUS STATUS_WAS_UNLOCKED = (NTSTATUS)0x40000017;
    /// <summary>One of the pages to lock was already locked (0x40000019).</summary>
    public const NTSTATUS STATUS_WAS_LOCKED = (NTSTATUS)0x40000019;
    /// <summary>The thread yielded, but no other thread was ready to run (0x40000024).</summary>
    public const NTSTATUS STATUS_NO_YIELD_PERFORMED = (NTSTATUS)0x40000024;
    /// <summary>The resume flag of a timer was ignored (the system does not support resume) (0x40000025).</summary>
    public const NTSTATUS STATUS_TIMER_RESUME_IGNORED = (NTSTATUS)0x40000025;
    /// <summary>The arbiter defers arbitration of these resources to its parent arbiter (0x40000026).</summary>
    public const NTSTATUS STATUS_ARBITRATION_UNHANDLED = (NTSTATUS)0x40000026;
    /// <summary>A CardBus device was detected, but the system does not support CardBus (0x40000027).</summary>
    public const NTSTATUS STATUS_CARDBUS_NOT_SUPPORTED = (NTSTATUS)0x40000027;
    /// <summary>The system is waking up (0x40000294).</summary>
    public const NTSTATUS STATUS_WAKE_SYSTEM = (NTSTATUS)0x40000294;
    /// <summary>Debugger: Ctrl+C was pressed in the console (0x40010005).</summary>
    public const NTSTATUS DBG_CONTROL_C = (NTSTATUS)0x40010005;
    /// <summary>Debugger: the exception OutputDebugString raises to pass a string to the debugger (0x40010006).</summary>
    public const NTSTATUS DBG_PRINTEXCEPTION_C = (NTSTATUS)0x40010006;
    /// <summary>A guard page was accessed (warning) (0x80000001).</summary>
    public const NTSTATUS STATUS_GUARD_PAGE_VIOLATION = unchecked((NTSTATUS)0x80000001);
    /// <summary>A load or store referenced data not aligned on its natural boundary (0x80000002).</summary>
    public const NTSTATUS STATUS_DATATYPE_MISALIGNMENT = unchecked((NTSTATUS)0x80000002);
    /// <summary>A breakpoint was hit (0x80000003).</summary>
    public const NTSTATUS STATUS_BREAKPOINT = unchecked((NTSTATUS)0x80000003);
    /// <summary>A single-step or trace operation completed (0x80000004).</summary>
    public const NTSTATUS STATUS_SINGLE_STEP = unchecked((NTSTATUS)0x80000004);
    /// <summary>The buffer is too small for all the data: part was returned, and Information holds the size returned (a warning, so NT_SUCCESS is false) (0x80000005).</summary>
    public const NTSTATUS STATUS_BUFFER_OVERFLOW = unchecked((NTSTATUS)0x80000005);
    /// <summary>No more files match the directory query (0x80000006).</summary>
    public const NTSTATUS STATUS_NO_MORE_FILES = unchecked((NTSTATUS)0x80000006);
    /// <summary>Handles to objects were closed automatically as a result of the operation (0x8000000A).</summary>
    public const NTSTATUS STATUS_HANDLES_CLOSED = unchecked((NTSTATUS)0x8000000A);
    /// <summary>An access control list has no inheritable entries (0x8000000B).</summary>
    public const NTSTATUS STATUS_NO_INHERITANCE = unchecked((NTSTATUS)0x8000000B);
    /// <summary>Only part of the memory could be read or written (ReadProcessMemory, WriteProcessMemory) (0x8000000D).</summary>
    public const NTSTATUS STATUS_PARTIAL_COPY = unchecked((NTSTATUS)0x8000000D);
    /// <summary>The printer is out of paper (0x8000000E).</summary>
    public const NTSTATUS STATUS_DEVICE_PAPER_EMPTY = unchecked((NTSTATUS)0x8000000E);
    /// <summary>The device is powered off (0x8000000F).</summary>
    public const NTSTATUS STATUS_DEVICE_POWERED_OFF = unchecked((NTSTATUS)0x8000000F);
    /// <summary>The device is off line (0x80000010).</summary>
    public const NTSTATUS STATUS_DEVICE_OFF_LINE = unchecked((NTSTATUS)0x80000010);
    /// <summary>The device is busy (0x80000011).</summary>
    public const NTSTATUS STATUS_DEVICE_BUSY = unchecked((NTSTATUS)0x80000011);
    /// <summary>No more extended attributes were found for the file (0x80000012).</summary>
    public const NTSTATUS STATUS_NO_MORE_EAS = unchecked((NTSTATUS)0x80000012);
    /// <summary>An extended attribute name is invalid (0x80000013).</summary>
    public const NTSTATUS STATUS_INVALID_EA_NAME = unchecked((NTSTATUS)0x80000013);
    /// <summary>The extended attribute list is inconsistent (0x80000014).</summary>
    public const NTSTATUS STATUS_EA_LIST_INCONSISTENT = unchecked((NTSTATUS)0x80000014);
    /// <summary>An extended attribute flag is invalid (0x80000015).</summary>
    public const NTSTATUS STATUS_INVALID_EA_FLAG = unchecked((NTSTATUS)0x80000015);
    /// <summary>The media may have changed; the file system must verify the volume (DO_VERIFY_VOLUME) (0x80000016).</summary>
    public const NTSTATUS STATUS_VERIFY_REQUIRED = unchecked((NTSTATUS)0x80000016);
    /// <summary>No more entries are available (the end of an enumeration, e.g. ZwEnumerateKey) (0x8000001A).</summary>
    public const NTSTATUS STATUS_NO_MORE_ENTRIES = unchecked((NTSTATUS)0x8000001A);
    /// <summary>A tape operation reached a filemark (0x8000001B).</summary>
    public const NTSTATUS STATUS_FILEMARK_DETECTED = unchecked((NTSTATUS)0x8000001B);
    /// <summary>The media in the drive changed (0x8000001C).</summary>
    public const NTSTATUS STATUS_MEDIA_CHANGED = unchecked((NTSTATUS)0x8000001C);
    /// <summary>An I/O bus reset was detected (0x8000001D).</summary>
    public const NTSTATUS STATUS_BUS_RESET = unchecked((NTSTATUS)0x8000001D);
    /// <summary>A tape operation reached the end of the media (0x8000001E).</summary>
    public const NTSTATUS STATUS_END_OF_MEDIA = unchecked((NTSTATUS)0x8000001E);
    /// <summary>A tape operation reached the beginning of the media (0x8000001F).</summary>
    public const NTSTATUS STATUS_BEGINNING_OF_MEDIA = unchecked((NTSTATUS)0x8000001F);
    /// <summary>The media may have changed (a media check) (0x80000020).</summary>
    public const NTSTATUS STATUS_MEDIA_CHECK = unchecked((NTSTATUS)0x80000020);
    /// <summary>A tape operation reached a setmark (0x80000021).</summary>
    public const NTSTATUS STATUS_SETMARK_DETECTED = unchecked((NTSTATUS)0x80000021);
    /// <summary>A tape operation found no more data (the end of the recorded data) (0x80000022).</summary>
    public const NTSTATUS STATUS_NO_DATA_DETECTED = unchecked((NTSTATUS)0x80000022);
    /// <summary>The connection was already disconnected (0x80000025).</summary>
    public const NTSTATUS STATUS_ALREADY_DISCONNECTED = unchecked((NTSTATUS)0x80000025);
    /// <summary>A cleaner cartridge is in the tape library (0x80000027).</summary>
    public const NTSTATUS STATUS_CLEANER_CARTRIDGE_INSTALLED = unchecked((NTSTATUS)0x80000027);
    /// <summary>A Plug and Play query (remove or stop) was vetoed (0x80000028).</summary>
    public const NTSTATUS STATUS_PLUGPLAY_QUERY_VETOED = unchecked((NTSTATUS)0x80000028);
    /// <summary>A frame consolidation was run during unwinding (0x80000029).</summary>
    public const NTSTATUS STATUS_UNWIND_CONSOLIDATE = unchecked((NTSTATUS)0x80000029);
    /// <summary>A registry hive was damaged and was recovered; some data may be lost (0x8000002A).</summary>
    public const NTSTATUS STATUS_REGISTRY_HIVE_RECOVERED = unchecked((NTSTATUS)0x8000002A);
    /// <summary>The create stopped at a symbolic link (SL_STOP_ON_SYMLINK) (0x8000002D).</summary>
    public const NTSTATUS STATUS_STOPPED_ON_SYMLINK = unchecked((NTSTATUS)0x8000002D);
    /// <summary>The device needs cleaning (0x80000288).</summary>
    public const NTSTATUS STATUS_DEVICE_REQUIRES_CLEANING = unchecked((NTSTATUS)0x80000288);
    /// <summary>The device's door is open (0x80000289).</summary>
    public const NTSTATUS STATUS_DEVICE_DOOR_OPEN = unchecked((NTSTATUS)0x80000289);
    /// <summary>Repairing a file system structure lost data (0x80000803).</summary>
    public const NTSTATUS STATUS_DATA_LOST_REPAIR = unchecked((NTSTATUS)0x80000803);
    /// <summary>Debugger continue status: the debugger did not handle the exception (0x80010001).</summary>
    public const NTSTATUS DBG_EXCEPTION_NOT_HANDLED = unchecked((NTSTATUS)0x80010001);

    /// <summary>NT_SUCCESS: the status is a success or informational code (severity 0 or 1).</summary>
    public static bool NT_SUCCESS(NTSTATUS Status) => (int)Status >= 0;

    /// <summary>NT_INFORMATION: severity 1.</summary>
    public static bool NT_INFORMATION(NTSTATUS Status) => ((uint)Status >> 30) == 1;

    /// <summary>NT_WARNING: severity 2.</summary>
    public static bool NT_WARNING(NTSTATUS Status) => ((uint)Status >> 30) == 2;

    /// <summary>NT_ERROR: severity 3.</summary>
    public static bool NT_ERROR(NTSTATUS Status) => ((uint)Status >> 30) == 3;
}
