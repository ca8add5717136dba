namespace NtSim.Tests.Headers;

/// <summary>
/// The constants NtSim defines that the mingw-w64 headers lack, with the documented value each must have.
/// </summary>
internal static partial class DocumentedConstants
{
    /// <summary>
    /// The verifier bug check codes of the project's bug check reference ("Bug checks and verifier facts
    /// NtSim uses", from the WDK "Bug check code reference"), which bugcodes.h lacks.
    /// </summary>
    public static IReadOnlyDictionary<string, ulong> VerifierBugChecks { get; } = new Dictionary<string, ulong>
    {
        ["DRIVER_POWER_STATE_FAILURE"] = 0x9F,
        ["DRIVER_VERIFIER_DETECTED_VIOLATION"] = 0xC4,
        ["TIMER_OR_DPC_INVALID"] = 0xC7,
        ["DRIVER_VERIFIER_IOMANAGER_VIOLATION"] = 0xC9,
        ["PAGE_FAULT_IN_FREED_SPECIAL_POOL"] = 0xCC,
        ["PAGE_FAULT_BEYOND_END_OF_ALLOCATION"] = 0xCD,
        ["DRIVER_PAGE_FAULT_IN_FREED_SPECIAL_POOL"] = 0xD5,
        ["DRIVER_PAGE_FAULT_BEYOND_END_OF_ALLOCATION"] = 0xD6,
        ["WDF_VIOLATION"] = 0x10D,
        ["DPC_WATCHDOG_VIOLATION"] = 0x133,
        ["MANUALLY_INITIATED_CRASH1"] = 0xDEADDEAD,
    };

    /// <summary>Other Wdm constants documented by Microsoft but absent from mingw-w64.</summary>
    public static IReadOnlyDictionary<string, ulong> AbsentFromMingw { get; } = new Dictionary<string, ulong>
    {
        // WDK debugger docs: "Bug Check 0xE6: DRIVER_VERIFIER_DMA_VIOLATION".
        ["DRIVER_VERIFIER_DMA_VIOLATION"] = 0xE6,
        // WDK debugger docs: "Bug Check 0x3B: SYSTEM_SERVICE_EXCEPTION".
        ["SYSTEM_SERVICE_EXCEPTION"] = 0x3B,
        // WDK debugger docs: "Bug Check 0x101: CLOCK_WATCHDOG_TIMEOUT".
        ["CLOCK_WATCHDOG_TIMEOUT"] = 0x101,
        // WDK debugger docs: "Bug Check 0x139: KERNEL_SECURITY_CHECK_FAILURE".
        ["KERNEL_SECURITY_CHECK_FAILURE"] = 0x139,
        // WDK debugger docs: "Bug Check 0xD9: LOCKED_PAGES_TRACKER_CORRUPTION".
        ["LOCKED_PAGES_TRACKER_CORRUPTION"] = 0xD9,
        // WDK debugger docs: "Bug Check 0x12E: INVALID_MDL_RANGE".
        ["INVALID_MDL_RANGE"] = 0x12E,
        // WDK debugger docs: "Bug Check 0xE7: INVALID_FLOATING_POINT_STATE".
        ["INVALID_FLOATING_POINT_STATE"] = 0xE7,
        // WDK debugger docs: "Bug Check 0xDA: SYSTEM_PTE_MISUSE".
        ["SYSTEM_PTE_MISUSE"] = 0xDA,

        // WDK ntifs.h, as "IoGetTopLevelIrp" describes: values at or below it are FSRTL flags, not IRPs.
        ["FSRTL_MAX_TOP_LEVEL_IRP_FLAG"] = 0xFFFF,

        // WDK kernel docs: "POOL_FLAGS" (the flags of ExAllocatePool2/3, Windows 10 2004 and later).
        ["POOL_FLAG_REQUIRED_START"] = 0x0000000000000001,
        ["POOL_FLAG_USE_QUOTA"] = 0x0000000000000001,
        ["POOL_FLAG_UNINITIALIZED"] = 0x0000000000000002,
        ["POOL_FLAG_SESSION"] = 0x0000000000000004,
        ["POOL_FLAG_CACHE_ALIGNED"] = 0x0000000000000008,
        ["POOL_FLAG_RESERVED1"] = 0x0000000000000010,
        ["POOL_FLAG_RAISE_ON_FAILURE"] = 0x0000000000000020,
        ["POOL_FLAG_NON_PAGED"] = 0x0000000000000040,
        ["POOL_FLAG_NON_PAGED_EXECUTE"] = 0x0000000000000080,
        ["POOL_FLAG_PAGED"] = 0x0000000000000100,
        ["POOL_FLAG_RESERVED2"] = 0x0000000000000200,
        ["POOL_FLAG_RESERVED3"] = 0x0000000000000400,
        ["POOL_FLAG_REQUIRED_END"] = 0x0000000080000000,
        ["POOL_FLAG_OPTIONAL_START"] = 0x0000000100000000,
        ["POOL_FLAG_SPECIAL_POOL"] = 0x0000000100000000,
        ["POOL_FLAG_OPTIONAL_END"] = 0x8000000000000000,

        // WDK kernel docs: "ExInitializeNPagedLookasideList" (Flags: POOL_NX_ALLOCATION, Windows 8
        // and later); wdm.h defines it as 512, the NX bit of NonPagedPoolNx.
        ["POOL_NX_ALLOCATION"] = 0x200,

        // wdm.h (_AMD64_): #define SYNCH_LEVEL (IPI_LEVEL-2), an expression the header scan does not evaluate.
        ["SYNCH_LEVEL"] = 12,

        // ntiologc.h (WDK; mingw-w64 has no ntiologc.h): the I/O error codes of the system's message catalog.
        ["IO_ERR_RETRY_SUCCEEDED"] = 0x00040001,
        ["IO_ERR_INSUFFICIENT_RESOURCES"] = 0xC0040002,
        ["IO_ERR_CONFIGURATION_ERROR"] = 0xC0040003,
        ["IO_ERR_DRIVER_ERROR"] = 0xC0040004,
        ["IO_ERR_PARITY"] = 0xC0040005,
        ["IO_ERR_SEEK_ERROR"] = 0xC0040006,
        ["IO_ERR_BAD_BLOCK"] = 0xC0040007,
        ["IO_ERR_OVERRUN_ERROR"] = 0xC0040008,
        ["IO_ERR_TIMEOUT"] = 0xC0040009,
        ["IO_ERR_SEQUENCE"] = 0xC004000A,
        ["IO_ERR_CONTROLLER_ERROR"] = 0xC004000B,
        ["IO_ERR_INTERNAL_ERROR"] = 0xC004000C,
        ["IO_ERR_INCORRECT_IRQL"] = 0xC004000D,
        ["IO_ERR_INVALID_IOBASE"] = 0xC004000E,
        ["IO_ERR_NOT_READY"] = 0xC004000F,
        ["IO_ERR_INVALID_REQUEST"] = 0xC0040010,
        ["IO_ERR_VERSION"] = 0xC0040011,
        ["IO_ERR_LAYERED_FAILURE"] = 0xC0040012,
        ["IO_ERR_RESET"] = 0xC0040013,
        ["IO_ERR_PROTOCOL"] = 0xC0040014,
        ["IO_ERR_BAD_FIRMWARE"] = 0xC0040019,
        ["IO_WRN_BAD_FIRMWARE"] = 0x8004001A,
        ["IO_WRITE_CACHE_ENABLED"] = 0x80040020,
        ["IO_RECOVERED_VIA_ECC"] = 0x80040021,
        ["IO_WRITE_CACHE_DISABLED"] = 0x80040022,

        // wdm.h: ERROR_LOG_MAXIMUM_SIZE, an expression over sizeof the header scan does not evaluate; on x64 it
        // comes to ERROR_LOG_LIMIT_SIZE, 240 (IO_ERROR_LOG_MESSAGE_LENGTH is 344 and its header 104 bytes).
        ["ERROR_LOG_MAXIMUM_SIZE"] = 240,

        // SYSTEM_INFORMATION_CLASS (winternl.h; ZwQuerySystemInformation): mingw-w64's DDK headers lack the enum.
        ["SystemBasicInformation"] = 0,
        ["SystemProcessInformation"] = 5,
        ["SystemModuleInformation"] = 11,

        // wdm.h (WDK for Windows 10 2004 and later; "POOL_EXTENDED_PARAMETER_TYPE", ExAllocatePool3): absent from mingw-w64.
        ["PoolExtendedParameterInvalidType"] = 0,
        ["PoolExtendedParameterPriority"] = 1,
        ["PoolExtendedParameterSecurePool"] = 2,
        ["PoolExtendedParameterNumaNode"] = 3,
        ["PoolExtendedParameterMax"] = 4,
        // WDK debugger docs: "Bug Check 0x157: KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION".
        ["KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION"] = 0x157,
        // WDK wdm.h: #define MUTANT_INCREMENT 1, the increment KeReleaseMutex releases with.
        ["MUTANT_INCREMENT"] = 1,
    };

    /// <summary>ULONG flags of Wdm documented by Microsoft but absent from mingw-w64 (ULONGs that are
    /// not bug check codes, unlike the ULONGs of <see cref="AbsentFromMingw"/>).</summary>
    public static IReadOnlyDictionary<string, ulong> FlagsAbsentFromMingw { get; } = new Dictionary<string, ulong>
    {
        // WDK kernel docs: "MmGetSystemAddressForMdlSafe" (Priority flags ORed with MM_PAGE_PRIORITY,
        // Windows 8 and later); the WDK's wdm.h defines them as 0x80000000 and 0x40000000.
        ["MdlMappingNoWrite"] = 0x80000000,
        ["MdlMappingNoExecute"] = 0x40000000,

        // WDK docs: "KBUGCHECK_TRIAGE_DUMP_DATA structure" (KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE 0x00000001).
        ["KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE"] = 0x00000001,

        // The Windows SDK's sdkddkver.h (10.0.22621 and 10.0.26100) for the releases after mingw-w64's
        // newest (NTDDI_WIN10_CO): 22H2 is NI, 24H2 GE (also spelled NTDDI_WIN10_GE).
        ["NTDDI_WIN10_NI"] = 0x0A00000C,
        ["NTDDI_WIN10_CU"] = 0x0A00000D,
        ["NTDDI_WIN11_ZN"] = 0x0A00000E,
        ["NTDDI_WIN11_GA"] = 0x0A00000F,
        ["NTDDI_WIN11_GE"] = 0x0A000010,
        ["NTDDI_WIN10_GE"] = 0x0A000010,

        // WDK "PsSetLoadImageNotifyRoutineEx" (Flags): PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE, 0x1 in ntddk.h.
        ["PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE"] = 0x1,

        // KAPC_ENVIRONMENT, which the WDK headers do not declare (KeInitializeApc is undocumented): the kernel's
        // enumeration, as Windows Internals and the APC literature give it.
        ["OriginalApcEnvironment"] = 0,
        ["AttachedApcEnvironment"] = 1,
        ["CurrentApcEnvironment"] = 2,
        ["InsertApcEnvironment"] = 3,
        // evntrace.h (TRACE_LEVEL_*) and evntprov.h (EVENT_CONTROL_CODE_*, EVENT_ACTIVITY_CTRL_*), headers the scan
        // does not read; the values of the WDK pages of EnableTraceEx2, EtwActivityIdControl and EVENT_DESCRIPTOR.
        ["TRACE_LEVEL_NONE"] = 0,
        ["TRACE_LEVEL_CRITICAL"] = 1,
        ["TRACE_LEVEL_FATAL"] = 1,
        ["TRACE_LEVEL_ERROR"] = 2,
        ["TRACE_LEVEL_WARNING"] = 3,
        ["TRACE_LEVEL_INFORMATION"] = 4,
        ["TRACE_LEVEL_VERBOSE"] = 5,
        ["EVENT_CONTROL_CODE_DISABLE_PROVIDER"] = 0,
        ["EVENT_CONTROL_CODE_ENABLE_PROVIDER"] = 1,
        ["EVENT_CONTROL_CODE_CAPTURE_STATE"] = 2,
        ["EVENT_ACTIVITY_CTRL_GET_ID"] = 1,
        ["EVENT_ACTIVITY_CTRL_SET_ID"] = 2,
        ["EVENT_ACTIVITY_CTRL_CREATE_ID"] = 3,
        ["EVENT_ACTIVITY_CTRL_GET_SET_ID"] = 4,
        ["EVENT_ACTIVITY_CTRL_CREATE_SET_ID"] = 5,
        // The process-specific rights of winnt.h (Win32 "Process Security and Access Rights"); the WDK's wdm.h
        // defines only PROCESS_DUP_HANDLE, and drivers that strip rights in an ObjectPreCallback define the rest.
        ["PROCESS_TERMINATE"] = 0x0001,
        ["PROCESS_CREATE_THREAD"] = 0x0002,
        ["PROCESS_SET_SESSIONID"] = 0x0004,
        ["PROCESS_VM_OPERATION"] = 0x0008,
        ["PROCESS_VM_READ"] = 0x0010,
        ["PROCESS_VM_WRITE"] = 0x0020,
        ["PROCESS_CREATE_PROCESS"] = 0x0080,
        ["PROCESS_SET_QUOTA"] = 0x0100,
        ["PROCESS_SET_INFORMATION"] = 0x0200,
        ["PROCESS_QUERY_INFORMATION"] = 0x0400,
        ["PROCESS_SUSPEND_RESUME"] = 0x0800,
        ["PROCESS_QUERY_LIMITED_INFORMATION"] = 0x1000,
        ["PROCESS_SET_LIMITED_INFORMATION"] = 0x2000,
        // wdm.h (Windows 10 version 1809 and later): the Flags the push lock macros pass.
        ["EX_DEFAULT_PUSH_LOCK_FLAGS"] = 0,
        // WDK "MmAllocatePagesForMdlEx" (Flags): the Windows 8 and later flags mingw-w64 lacks.
        ["MM_ALLOCATE_FAST_LARGE_PAGES"] = 0x40,
        ["MM_ALLOCATE_TRIM_IF_NECESSARY"] = 0x80,
        ["MM_ALLOCATE_AND_HOT_REMOVE"] = 0x100,

        // wdm.h (WDK for Windows 10 2004 and later): ExCreatePool's flags and the SecurePoolFlags of
        // POOL_EXTENDED_PARAMS_SECURE_POOL, absent from mingw-w64.
        ["POOL_CREATE_FLG_SECURE_POOL"] = 0x1,
        ["POOL_CREATE_FLG_USE_GLOBAL_POOL"] = 0x2,
        ["POOL_CREATE_FLG_VALID_FLAGS"] = 0x3,
        ["SECURE_POOL_FLAG_NONE"] = 0x0,
        ["SECURE_POOL_FLAG_FREEABLE"] = 0x1,
        ["SECURE_POOL_FLAG_MODIFIABLE"] = 0x2,

        // WDK ntifs.h OBJECT_INFORMATION_CLASS ("OBJECT_INFORMATION_CLASS enumeration", ZwQueryObject).
        ["ObjectBasicInformation"] = 0,
        ["ObjectNameInformation"] = 1,
        ["ObjectTypeInformation"] = 2,
    };

    /// <summary>
    /// Win32Error codes that mingw-w64's winerror.h lacks. Values from Microsoft's "System Error Codes"
    /// pages (Win32 debug docs) as also defined in Wine's include/winerror.h and the Windows SDK.
    /// </summary>
    public static IReadOnlyDictionary<string, ulong> Win32ErrorsAbsentFromMingw { get; } = new Dictionary<string, ulong>
    {
        ["ERROR_NO_SUCH_DEVICE"] = 433,
        ["ERROR_VERIFIER_STOP"] = 537,
        ["ERROR_TIMER_NOT_CANCELED"] = 541,
        ["ERROR_UNWIND"] = 542,
        ["ERROR_BAD_STACK"] = 543,
        ["ERROR_INVALID_UNWIND_TARGET"] = 544,
        ["ERROR_DEVICE_ALREADY_ATTACHED"] = 548,
        ["ERROR_CANT_WAIT"] = 554,
        ["ERROR_TOO_MANY_THREADS"] = 565,
        ["ERROR_THREAD_NOT_IN_PROCESS"] = 566,
        ["ERROR_CONTROL_C_EXIT"] = 572,
        ["ERROR_UNHANDLED_EXCEPTION"] = 574,
        ["ERROR_MUTANT_LIMIT_EXCEEDED"] = 587,
        ["ERROR_CANNOT_LOAD_REGISTRY_FILE"] = 589,
        ["ERROR_SYSTEM_PROCESS_TERMINATED"] = 591,
        ["ERROR_DRIVER_CANCEL_TIMEOUT"] = 594,
        ["ERROR_REGISTRY_QUOTA_LIMIT"] = 613,
        ["ERROR_RANGE_LIST_CONFLICT"] = 627,
        ["ERROR_NOINTERFACE"] = 632,
        ["ERROR_DRIVER_FAILED_SLEEP"] = 633,
        ["ERROR_PNP_RESTART_ENUMERATION"] = 636,
        ["ERROR_PNP_REBOOT_REQUIRED"] = 638,
        ["ERROR_INSUFFICIENT_POWER"] = 639,
        ["ERROR_SYSTEM_SHUTDOWN"] = 641,
        ["ERROR_RANGE_NOT_FOUND"] = 644,
        ["ERROR_FAILED_DRIVER_ENTRY"] = 647,
        ["ERROR_DEVICE_ENUMERATION_ERROR"] = 648,
        ["ERROR_INVALID_DEVICE_OBJECT_PARAMETER"] = 650,
        ["ERROR_DRIVER_DATABASE_ERROR"] = 652,
        ["ERROR_ASSERTION_FAILURE"] = 668,
        ["ERROR_HANDLES_CLOSED"] = 676,
        ["ERROR_MEDIA_CHECK"] = 679,
        ["ERROR_STOPPED_ON_SYMLINK"] = 681,
        ["ERROR_PLUGPLAY_QUERY_VETOED"] = 683,
        ["ERROR_UNWIND_CONSOLIDATE"] = 684,
        ["ERROR_REGISTRY_HIVE_RECOVERED"] = 685,
        ["ERROR_OBJECT_NAME_EXISTS"] = 698,
        ["ERROR_THREAD_WAS_SUSPENDED"] = 699,
        ["ERROR_IMAGE_NOT_AT_BASE"] = 700,
        ["ERROR_EVENT_DONE"] = 710,
        ["ERROR_EVENT_PENDING"] = 711,
        ["ERROR_CHECKING_FILE_SYSTEM"] = 712,
        ["ERROR_PREDEFINED_HANDLE"] = 714,
        ["ERROR_WAS_UNLOCKED"] = 715,
        ["ERROR_WAS_LOCKED"] = 717,
        ["ERROR_NO_YIELD_PERFORMED"] = 721,
        ["ERROR_TIMER_RESUME_IGNORED"] = 722,
        ["ERROR_ARBITRATION_UNHANDLED"] = 723,
        ["ERROR_CARDBUS_NOT_SUPPORTED"] = 724,
        ["ERROR_REPARSE"] = 741,
        ["ERROR_OPLOCK_BREAK_IN_PROGRESS"] = 742,
        ["ERROR_VOLUME_MOUNTED"] = 743,
        ["ERROR_NOTIFY_CLEANUP"] = 745,
        ["ERROR_PAGE_FAULT_TRANSITION"] = 747,
        ["ERROR_PAGE_FAULT_DEMAND_ZERO"] = 748,
        ["ERROR_PAGE_FAULT_COPY_ON_WRITE"] = 749,
        ["ERROR_PAGE_FAULT_GUARD_PAGE"] = 750,
        ["ERROR_PAGE_FAULT_PAGING_FILE"] = 751,
        ["ERROR_CACHE_PAGE_LOCKED"] = 752,
        ["ERROR_CRASH_DUMP"] = 753,
        ["ERROR_BUFFER_ALL_ZEROS"] = 754,
        ["ERROR_REPARSE_OBJECT"] = 755,
        ["ERROR_RESOURCE_REQUIREMENTS_CHANGED"] = 756,
        ["ERROR_TRANSLATION_COMPLETE"] = 757,
        ["ERROR_NOTHING_TO_TERMINATE"] = 758,
        ["ERROR_PROCESS_NOT_IN_JOB"] = 759,
        ["ERROR_PROCESS_IN_JOB"] = 760,
        ["ERROR_FSFILTER_OP_COMPLETED_SUCCESSFULLY"] = 762,
        ["ERROR_INTERRUPT_VECTOR_ALREADY_CONNECTED"] = 763,
        ["ERROR_INTERRUPT_STILL_CONNECTED"] = 764,
        ["ERROR_WAIT_FOR_OPLOCK"] = 765,
        ["ERROR_REQUEST_OUT_OF_SEQUENCE"] = 776,
        ["ERROR_INVALID_CRUNTIME_PARAMETER"] = 1288,
        ["ERROR_DATA_LOST_REPAIR"] = 6843,
    };
}
