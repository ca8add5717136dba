namespace NtSim;

/// <summary>
/// Win32 error codes (winerror.h): what GetLastError returns in user mode and what
/// <c>RtlNtStatusToDosError</c> maps an NTSTATUS to. Only the codes NtSim uses are here.
/// </summary>
public static class Win32Error
{
    /// <summary>The operation completed successfully (0).</summary>
    public const uint ERROR_SUCCESS = 0;
    /// <summary>The operation completed successfully; another name for ERROR_SUCCESS (0).</summary>
    public const uint NO_ERROR = 0;
    /// <summary>Incorrect function (1).</summary>
    public const uint ERROR_INVALID_FUNCTION = 1;
    /// <summary>The system cannot find the file specified (2).</summary>
    public const uint ERROR_FILE_NOT_FOUND = 2;
    /// <summary>The system cannot find the path specified (3).</summary>
    public const uint ERROR_PATH_NOT_FOUND = 3;
    /// <summary>The system cannot open the file: too many files are open (4).</summary>
    public const uint ERROR_TOO_MANY_OPEN_FILES = 4;
    /// <summary>Access is denied (5).</summary>
    public const uint ERROR_ACCESS_DENIED = 5;
    /// <summary>The handle is invalid (6).</summary>
    public const uint ERROR_INVALID_HANDLE = 6;
    /// <summary>Not enough storage is available to process this command (8).</summary>
    public const uint ERROR_NOT_ENOUGH_MEMORY = 8;
    /// <summary>An attempt was made to load a program with an incorrect format (11).</summary>
    public const uint ERROR_BAD_FORMAT = 11;
    /// <summary>The data is invalid (13).</summary>
    public const uint ERROR_INVALID_DATA = 13;
    /// <summary>Not enough storage is available to complete this operation (14).</summary>
    public const uint ERROR_OUTOFMEMORY = 14;
    /// <summary>The system cannot move the file to a different disk drive (17).</summary>
    public const uint ERROR_NOT_SAME_DEVICE = 17;
    /// <summary>There are no more files (18).</summary>
    public const uint ERROR_NO_MORE_FILES = 18;
    /// <summary>The media is write protected (19).</summary>
    public const uint ERROR_WRITE_PROTECT = 19;
    /// <summary>The system cannot find the device specified (20).</summary>
    public const uint ERROR_BAD_UNIT = 20;
    /// <summary>The device is not ready (21).</summary>
    public const uint ERROR_NOT_READY = 21;
    /// <summary>The device does not recognize the command (22).</summary>
    public const uint ERROR_BAD_COMMAND = 22;
    /// <summary>Data error (cyclic redundancy check) (23).</summary>
    public const uint ERROR_CRC = 23;
    /// <summary>The program issued a command but the command length is incorrect (24).</summary>
    public const uint ERROR_BAD_LENGTH = 24;
    /// <summary>The drive cannot find the sector requested (27).</summary>
    public const uint ERROR_SECTOR_NOT_FOUND = 27;
    /// <summary>The printer is out of paper (28).</summary>
    public const uint ERROR_OUT_OF_PAPER = 28;
    /// <summary>A device attached to the system is not functioning (31).</summary>
    public const uint ERROR_GEN_FAILURE = 31;
    /// <summary>The process cannot access the file because it is being used by another process (32).</summary>
    public const uint ERROR_SHARING_VIOLATION = 32;
    /// <summary>The process cannot access the file because another process has locked a portion of the file (33).</summary>
    public const uint ERROR_LOCK_VIOLATION = 33;
    /// <summary>The wrong disk (volume) is in the drive (34).</summary>
    public const uint ERROR_WRONG_DISK = 34;
    /// <summary>Reached the end of the file (38).</summary>
    public const uint ERROR_HANDLE_EOF = 38;
    /// <summary>The request is not supported (50).</summary>
    public const uint ERROR_NOT_SUPPORTED = 50;
    /// <summary>The network path was not found (53).</summary>
    public const uint ERROR_BAD_NETPATH = 53;
    /// <summary>The specified network resource or device is no longer available (55).</summary>
    public const uint ERROR_DEV_NOT_EXIST = 55;
    /// <summary>Network access is denied (65).</summary>
    public const uint ERROR_NETWORK_ACCESS_DENIED = 65;
    /// <summary>The network resource type is not correct (66).</summary>
    public const uint ERROR_BAD_DEV_TYPE = 66;
    /// <summary>The network name cannot be found (67).</summary>
    public const uint ERROR_BAD_NET_NAME = 67;
    /// <summary>The file exists (80).</summary>
    public const uint ERROR_FILE_EXISTS = 80;
    /// <summary>The parameter is incorrect (87).</summary>
    public const uint ERROR_INVALID_PARAMETER = 87;
    /// <summary>The pipe has been ended (109).</summary>
    public const uint ERROR_BROKEN_PIPE = 109;
    /// <summary>There is not enough space on the disk (112).</summary>
    public const uint ERROR_DISK_FULL = 112;
    /// <summary>This function is not supported on this system (120).</summary>
    public const uint ERROR_CALL_NOT_IMPLEMENTED = 120;
    /// <summary>The semaphore timeout period has expired (121).</summary>
    public const uint ERROR_SEM_TIMEOUT = 121;
    /// <summary>The data area passed to a system call is too small (122).</summary>
    public const uint ERROR_INSUFFICIENT_BUFFER = 122;
    /// <summary>The filename, directory name, or volume label syntax is incorrect (123).</summary>
    public const uint ERROR_INVALID_NAME = 123;
    /// <summary>The system call level is not correct (124).</summary>
    public const uint ERROR_INVALID_LEVEL = 124;
    /// <summary>The specified module could not be found (126).</summary>
    public const uint ERROR_MOD_NOT_FOUND = 126;
    /// <summary>The specified procedure could not be found (127).</summary>
    public const uint ERROR_PROC_NOT_FOUND = 127;
    /// <summary>There are no child processes to wait for (128).</summary>
    public const uint ERROR_WAIT_NO_CHILDREN = 128;
    /// <summary>The directory is not empty (145).</summary>
    public const uint ERROR_DIR_NOT_EMPTY = 145;
    /// <summary>The recipient process has refused the signal (156).</summary>
    public const uint ERROR_SIGNAL_REFUSED = 156;
    /// <summary>The segment is already unlocked (158).</summary>
    public const uint ERROR_NOT_LOCKED = 158;
    /// <summary>The specified path is invalid (161).</summary>
    public const uint ERROR_BAD_PATHNAME = 161;
    /// <summary>The requested resource is in use (170).</summary>
    public const uint ERROR_BUSY = 170;
    /// <summary>The operating system cannot run the program: an ordinal it imports is invalid (182).</summary>
    public const uint ERROR_INVALID_ORDINAL = 182;
    /// <summary>Cannot create a file when that file already exists (183).</summary>
    public const uint ERROR_ALREADY_EXISTS = 183;
    /// <summary>The file is not a valid Win32 application (193).</summary>
    public const uint ERROR_BAD_EXE_FORMAT = 193;
    /// <summary>The system could not find the environment option that was entered (203).</summary>
    public const uint ERROR_ENVVAR_NOT_FOUND = 203;
    /// <summary>The filename or extension is too long (206).</summary>
    public const uint ERROR_FILENAME_EXCED_RANGE = 206;
    /// <summary>The pipe state is invalid (230).</summary>
    public const uint ERROR_BAD_PIPE = 230;
    /// <summary>All pipe instances are busy (231).</summary>
    public const uint ERROR_PIPE_BUSY = 231;
    /// <summary>The pipe is being closed (232).</summary>
    public const uint ERROR_NO_DATA = 232;
    /// <summary>No process is on the other end of the pipe (233).</summary>
    public const uint ERROR_PIPE_NOT_CONNECTED = 233;
    /// <summary>More data is available (234).</summary>
    public const uint ERROR_MORE_DATA = 234;
    /// <summary>The specified extended attribute name was invalid (254).</summary>
    public const uint ERROR_INVALID_EA_NAME = 254;
    /// <summary>The extended attributes are inconsistent (255).</summary>
    public const uint ERROR_EA_LIST_INCONSISTENT = 255;
    /// <summary>The wait operation timed out (258).</summary>
    public const uint WAIT_TIMEOUT = 258;
    /// <summary>No more data is available (259).</summary>
    public const uint ERROR_NO_MORE_ITEMS = 259;
    /// <summary>The directory name is invalid (267).</summary>
    public const uint ERROR_DIRECTORY = 267;
    /// <summary>An attempt was made to release a mutex the caller does not own (288).</summary>
    public const uint ERROR_NOT_OWNER = 288;
    /// <summary>Too many posts were made to a semaphore (its limit would be exceeded) (298).</summary>
    public const uint ERROR_TOO_MANY_POSTS = 298;
    /// <summary>Only part of a ReadProcessMemory or WriteProcessMemory request was completed (299).</summary>
    public const uint ERROR_PARTIAL_COPY = 299;
    /// <summary>The system cannot find the message text for a message number in the message file (317).</summary>
    public const uint ERROR_MR_MID_NOT_FOUND = 317;
    /// <summary>A device that does not exist was specified (433).</summary>
    public const uint ERROR_NO_SUCH_DEVICE = 433;
    /// <summary>An attempt was made to access an invalid address (487).</summary>
    public const uint ERROR_INVALID_ADDRESS = 487;
    /// <summary>Arithmetic result exceeded 32 bits (534).</summary>
    public const uint ERROR_ARITHMETIC_OVERFLOW = 534;
    /// <summary>A process is on the other end of the pipe (535).</summary>
    public const uint ERROR_PIPE_CONNECTED = 535;
    /// <summary>Waiting for a process to open the other end of the pipe (536).</summary>
    public const uint ERROR_PIPE_LISTENING = 536;
    /// <summary>Application Verifier found an error in the current process (537).</summary>
    public const uint ERROR_VERIFIER_STOP = 537;
    /// <summary>A timer with an APC was cancelled or set by a thread other than the one that set it with its APC routine (541).</summary>
    public const uint ERROR_TIMER_NOT_CANCELED = 541;
    /// <summary>The unwind exception code (542).</summary>
    public const uint ERROR_UNWIND = 542;
    /// <summary>An invalid or unaligned stack was encountered during an unwind operation (543).</summary>
    public const uint ERROR_BAD_STACK = 543;
    /// <summary>An invalid unwind target was encountered during an unwind operation (544).</summary>
    public const uint ERROR_INVALID_UNWIND_TARGET = 544;
    /// <summary>An attempt was made to attach to a device that was already attached to another device (548).</summary>
    public const uint ERROR_DEVICE_ALREADY_ATTACHED = 548;
    /// <summary>The operation cannot continue without blocking for I/O (554).</summary>
    public const uint ERROR_CANT_WAIT = 554;
    /// <summary>The process has too many threads for the requested action (a primary token can be assigned only with zero or one thread) (565).</summary>
    public const uint ERROR_TOO_MANY_THREADS = 565;
    /// <summary>An attempt was made to operate on a thread within a specific process, but the thread specified is not in the process specified (566).</summary>
    public const uint ERROR_THREAD_NOT_IN_PROCESS = 566;
    /// <summary>The application terminated because of a CTRL+C (572).</summary>
    public const uint ERROR_CONTROL_C_EXIT = 572;
    /// <summary>An exception occurred in the application and was not handled (574).</summary>
    public const uint ERROR_UNHANDLED_EXCEPTION = 574;
    /// <summary>An attempt was made to acquire a mutant such that its maximum count would have been exceeded (587).</summary>
    public const uint ERROR_MUTANT_LIMIT_EXCEEDED = 587;
    /// <summary>The registry cannot load a hive file or its log: it is corrupt, absent or not writable (589).</summary>
    public const uint ERROR_CANNOT_LOAD_REGISTRY_FILE = 589;
    /// <summary>A system process terminated unexpectedly and the system has been shut down (591).</summary>
    public const uint ERROR_SYSTEM_PROCESS_TERMINATED = 591;
    /// <summary>A driver failed to complete a cancelled I/O request in the allotted time (594).</summary>
    public const uint ERROR_DRIVER_CANCEL_TIMEOUT = 594;
    /// <summary>The system part of the registry has reached its maximum size; further storage requests are ignored (613).</summary>
    public const uint ERROR_REGISTRY_QUOTA_LIMIT = 613;
    /// <summary>The range could not be added to the range list because of a conflict (627).</summary>
    public const uint ERROR_RANGE_LIST_CONFLICT = 627;
    /// <summary>The requested interface is not supported (632).</summary>
    public const uint ERROR_NOINTERFACE = 632;
    /// <summary>A driver does not support standby, so the system could not enter standby (633).</summary>
    public const uint ERROR_DRIVER_FAILED_SLEEP = 633;
    /// <summary>A device was removed so enumeration must be restarted (636).</summary>
    public const uint ERROR_PNP_RESTART_ENUMERATION = 636;
    /// <summary>Device will not start without a reboot (638).</summary>
    public const uint ERROR_PNP_REBOOT_REQUIRED = 638;
    /// <summary>There is not enough power to complete the requested operation (639).</summary>
    public const uint ERROR_INSUFFICIENT_POWER = 639;
    /// <summary>The system is in the process of shutting down (641).</summary>
    public const uint ERROR_SYSTEM_SHUTDOWN = 641;
    /// <summary>The specified range could not be found in the range list (644).</summary>
    public const uint ERROR_RANGE_NOT_FOUND = 644;
    /// <summary>The driver was not loaded because it failed its initialization call (647).</summary>
    public const uint ERROR_FAILED_DRIVER_ENTRY = 647;
    /// <summary>An error occurred while applying power to a device or reading its configuration (a hardware failure or a poor connection) (648).</summary>
    public const uint ERROR_DEVICE_ENUMERATION_ERROR = 648;
    /// <summary>The device object parameter is either not a valid device object or not attached to the volume named by the file name (650).</summary>
    public const uint ERROR_INVALID_DEVICE_OBJECT_PARAMETER = 650;
    /// <summary>An error occurred while processing the driver database (652).</summary>
    public const uint ERROR_DRIVER_DATABASE_ERROR = 652;
    /// <summary>An assertion failure has occurred (668).</summary>
    public const uint ERROR_ASSERTION_FAILURE = 668;
    /// <summary>Handles to objects were closed automatically as a result of the requested operation (676).</summary>
    public const uint ERROR_HANDLES_CLOSED = 676;
    /// <summary>The media may have changed (679).</summary>
    public const uint ERROR_MEDIA_CHECK = 679;
    /// <summary>The create operation stopped after reaching a symbolic link (681).</summary>
    public const uint ERROR_STOPPED_ON_SYMLINK = 681;
    /// <summary>The Plug and Play query operation was not successful (683).</summary>
    public const uint ERROR_PLUGPLAY_QUERY_VETOED = 683;
    /// <summary>A frame consolidation has been executed (684).</summary>
    public const uint ERROR_UNWIND_CONSOLIDATE = 684;
    /// <summary>A corrupted registry hive file was recovered; some data might have been lost (685).</summary>
    public const uint ERROR_REGISTRY_HIVE_RECOVERED = 685;
    /// <summary>An object was created with a name that already existed (698).</summary>
    public const uint ERROR_OBJECT_NAME_EXISTS = 698;
    /// <summary>A thread was terminated while suspended; it was resumed and the termination proceeded (699).</summary>
    public const uint ERROR_THREAD_WAS_SUSPENDED = 699;
    /// <summary>An image could not be mapped at the address its file specifies, so it must be relocated (700).</summary>
    public const uint ERROR_IMAGE_NOT_AT_BASE = 700;
    /// <summary>The TDI indication has completed successfully (710).</summary>
    public const uint ERROR_EVENT_DONE = 710;
    /// <summary>The TDI indication has entered the pending state (711).</summary>
    public const uint ERROR_EVENT_PENDING = 711;
    /// <summary>The file system on a volume is being checked (712).</summary>
    public const uint ERROR_CHECKING_FILE_SYSTEM = 712;
    /// <summary>The specified registry key is referenced by a predefined handle (714).</summary>
    public const uint ERROR_PREDEFINED_HANDLE = 714;
    /// <summary>A locked page had its protection changed to no-access and was unlocked from memory and the process (715).</summary>
    public const uint ERROR_WAS_UNLOCKED = 715;
    /// <summary>One of the pages to lock was already locked (717).</summary>
    public const uint ERROR_WAS_LOCKED = 717;
    /// <summary>A yield execution was performed and no thread was available to run (721).</summary>
    public const uint ERROR_NO_YIELD_PERFORMED = 721;
    /// <summary>The resumable flag to a timer API was ignored (722).</summary>
    public const uint ERROR_TIMER_RESUME_IGNORED = 722;
    /// <summary>The arbiter has deferred arbitration of these resources to its parent (723).</summary>
    public const uint ERROR_ARBITRATION_UNHANDLED = 723;
    /// <summary>An inserted CardBus device cannot be started because of a configuration error (724).</summary>
    public const uint ERROR_CARDBUS_NOT_SUPPORTED = 724;
    /// <summary>The system has woken up (730).</summary>
    public const uint ERROR_WAKE_SYSTEM = 730;
    /// <summary>The wait was satisfied by the object at index 1 (the Win32 form of STATUS_WAIT_1) (731).</summary>
    public const uint ERROR_WAIT_1 = 731;
    /// <summary>The wait was satisfied by the object at index 2 (the Win32 form of STATUS_WAIT_2) (732).</summary>
    public const uint ERROR_WAIT_2 = 732;
    /// <summary>The wait was satisfied by the object at index 3 (the Win32 form of STATUS_WAIT_3) (733).</summary>
    public const uint ERROR_WAIT_3 = 733;
    /// <summary>The wait was satisfied by the object at index 63 (the Win32 form of STATUS_WAIT_63) (734).</summary>
    public const uint ERROR_WAIT_63 = 734;
    /// <summary>The wait was satisfied by an abandoned mutex at index 0 (the Win32 form of STATUS_ABANDONED_WAIT_0) (735).</summary>
    public const uint ERROR_ABANDONED_WAIT_0 = 735;
    /// <summary>The wait was satisfied by an abandoned mutex at index 63 (the Win32 form of STATUS_ABANDONED_WAIT_63) (736).</summary>
    public const uint ERROR_ABANDONED_WAIT_63 = 736;
    /// <summary>An alertable wait ended because a user APC was delivered (the Win32 form of STATUS_USER_APC) (737).</summary>
    public const uint ERROR_USER_APC = 737;
    /// <summary>A wait ended because a kernel APC was delivered (the Win32 form of STATUS_KERNEL_APC) (738).</summary>
    public const uint ERROR_KERNEL_APC = 738;
    /// <summary>An alertable wait ended because the thread was alerted (the Win32 form of STATUS_ALERTED) (739).</summary>
    public const uint ERROR_ALERTED = 739;
    /// <summary>The object manager must reparse the name, because it led to a symbolic link (741).</summary>
    public const uint ERROR_REPARSE = 741;
    /// <summary>An open/create operation completed while an oplock break is underway (742).</summary>
    public const uint ERROR_OPLOCK_BREAK_IN_PROGRESS = 742;
    /// <summary>A new volume has been mounted by a file system (743).</summary>
    public const uint ERROR_VOLUME_MOUNTED = 743;
    /// <summary>A notify-change request completed because the handle that made it was closed (745).</summary>
    public const uint ERROR_NOTIFY_CLEANUP = 745;
    /// <summary>Page fault was a transition fault (747).</summary>
    public const uint ERROR_PAGE_FAULT_TRANSITION = 747;
    /// <summary>Page fault was a demand zero fault (748).</summary>
    public const uint ERROR_PAGE_FAULT_DEMAND_ZERO = 748;
    /// <summary>The page fault was a copy-on-write fault (749).</summary>
    public const uint ERROR_PAGE_FAULT_COPY_ON_WRITE = 749;
    /// <summary>The page fault was a guard page fault (750).</summary>
    public const uint ERROR_PAGE_FAULT_GUARD_PAGE = 750;
    /// <summary>Page fault was satisfied by reading from a secondary storage device (751).</summary>
    public const uint ERROR_PAGE_FAULT_PAGING_FILE = 751;
    /// <summary>Cached page was locked during operation (752).</summary>
    public const uint ERROR_CACHE_PAGE_LOCKED = 752;
    /// <summary>Crash dump exists in paging file (753).</summary>
    public const uint ERROR_CRASH_DUMP = 753;
    /// <summary>Specified buffer contains all zeros (754).</summary>
    public const uint ERROR_BUFFER_ALL_ZEROS = 754;
    /// <summary>The object manager must reparse the name, because it led to a symbolic link (reparse object) (755).</summary>
    public const uint ERROR_REPARSE_OBJECT = 755;
    /// <summary>The device's resource requirements have changed (756).</summary>
    public const uint ERROR_RESOURCE_REQUIREMENTS_CHANGED = 756;
    /// <summary>The translator has translated these resources into the global space and no further translations should be performed (757).</summary>
    public const uint ERROR_TRANSLATION_COMPLETE = 757;
    /// <summary>A process being terminated has no threads to terminate (758).</summary>
    public const uint ERROR_NOTHING_TO_TERMINATE = 758;
    /// <summary>The specified process is not part of a job (759).</summary>
    public const uint ERROR_PROCESS_NOT_IN_JOB = 759;
    /// <summary>The specified process is part of a job (760).</summary>
    public const uint ERROR_PROCESS_IN_JOB = 760;
    /// <summary>A file system filter completed the operation successfully (762).</summary>
    public const uint ERROR_FSFILTER_OP_COMPLETED_SUCCESSFULLY = 762;
    /// <summary>The interrupt vector is already connected (763).</summary>
    public const uint ERROR_INTERRUPT_VECTOR_ALREADY_CONNECTED = 763;
    /// <summary>The specified interrupt vector is still connected (764).</summary>
    public const uint ERROR_INTERRUPT_STILL_CONNECTED = 764;
    /// <summary>An operation is blocked waiting for an oplock (765).</summary>
    public const uint ERROR_WAIT_FOR_OPLOCK = 765;
    /// <summary>The client of a component requested an operation which is not valid given the state of the component instance (776).</summary>
    public const uint ERROR_REQUEST_OUT_OF_SEQUENCE = 776;
    /// <summary>The I/O operation has been aborted because of either a thread exit or an application request (995).</summary>
    public const uint ERROR_OPERATION_ABORTED = 995;
    /// <summary>Overlapped I/O event is not in a signaled state (996).</summary>
    public const uint ERROR_IO_INCOMPLETE = 996;
    /// <summary>Overlapped I/O operation is in progress (997).</summary>
    public const uint ERROR_IO_PENDING = 997;
    /// <summary>Invalid access to memory location (998).</summary>
    public const uint ERROR_NOACCESS = 998;
    /// <summary>Error performing inpage operation (999).</summary>
    public const uint ERROR_SWAPERROR = 999;
    /// <summary>Recursion too deep; the stack overflowed (1001).</summary>
    public const uint ERROR_STACK_OVERFLOW = 1001;
    /// <summary>The volume does not contain a recognized file system (1005).</summary>
    public const uint ERROR_UNRECOGNIZED_VOLUME = 1005;
    /// <summary>The volume for a file has been externally altered so that the opened file is no longer valid (1006).</summary>
    public const uint ERROR_FILE_INVALID = 1006;
    /// <summary>An attempt was made to reference a token that does not exist (1008).</summary>
    public const uint ERROR_NO_TOKEN = 1008;
    /// <summary>The configuration registry database is corrupt (1009).</summary>
    public const uint ERROR_BADDB = 1009;
    /// <summary>A registry file had to be recovered from a log or alternate copy; the recovery succeeded (1014).</summary>
    public const uint ERROR_REGISTRY_RECOVERED = 1014;
    /// <summary>An I/O operation started by the registry failed unrecoverably: a hive file could not be read, written or flushed (1016).</summary>
    public const uint ERROR_REGISTRY_IO_FAILED = 1016;
    /// <summary>A file loaded or restored into the registry is not in registry file format (1017).</summary>
    public const uint ERROR_NOT_REGISTRY_FILE = 1017;
    /// <summary>An operation was attempted on a registry key marked for deletion (1018).</summary>
    public const uint ERROR_KEY_DELETED = 1018;
    /// <summary>The system could not allocate the space a registry log needs (1019).</summary>
    public const uint ERROR_NO_LOG_SPACE = 1019;
    /// <summary>Cannot create a symbolic link in a registry key that already has subkeys or values (1020).</summary>
    public const uint ERROR_KEY_HAS_CHILDREN = 1020;
    /// <summary>Cannot create a stable subkey under a volatile parent key (1021).</summary>
    public const uint ERROR_CHILD_MUST_BE_VOLATILE = 1021;
    /// <summary>A notify-change request completed without the changes in the caller's buffer; the caller must enumerate the files to find them (1022).</summary>
    public const uint ERROR_NOTIFY_ENUM_DIR = 1022;
    /// <summary>The requested control is not valid for this service (1052).</summary>
    public const uint ERROR_INVALID_SERVICE_CONTROL = 1052;
    /// <summary>An instance of the service is already running (1056).</summary>
    public const uint ERROR_SERVICE_ALREADY_RUNNING = 1056;
    /// <summary>The service cannot be started, either because it is disabled or because it has no enabled devices associated with it (1058).</summary>
    public const uint ERROR_SERVICE_DISABLED = 1058;
    /// <summary>The specified service does not exist as an installed service (1060).</summary>
    public const uint ERROR_SERVICE_DOES_NOT_EXIST = 1060;
    /// <summary>The service cannot accept control messages at this time (1061).</summary>
    public const uint ERROR_SERVICE_CANNOT_ACCEPT_CTRL = 1061;
    /// <summary>The service has not been started (1062).</summary>
    public const uint ERROR_SERVICE_NOT_ACTIVE = 1062;
    /// <summary>The specified service has been marked for deletion (1072).</summary>
    public const uint ERROR_SERVICE_MARKED_FOR_DELETE = 1072;
    /// <summary>The specified service already exists (1073).</summary>
    public const uint ERROR_SERVICE_EXISTS = 1073;
    /// <summary>No attempts to start the service have been made since the last boot (1077).</summary>
    public const uint ERROR_SERVICE_NEVER_STARTED = 1077;
    /// <summary>The physical end of the tape has been reached (1100).</summary>
    public const uint ERROR_END_OF_MEDIA = 1100;
    /// <summary>A tape access reached a filemark (1101).</summary>
    public const uint ERROR_FILEMARK_DETECTED = 1101;
    /// <summary>The beginning of the tape or a partition was encountered (1102).</summary>
    public const uint ERROR_BEGINNING_OF_MEDIA = 1102;
    /// <summary>A tape access reached the end of a set of files (1103).</summary>
    public const uint ERROR_SETMARK_DETECTED = 1103;
    /// <summary>No more data is on the tape (1104).</summary>
    public const uint ERROR_NO_DATA_DETECTED = 1104;
    /// <summary>The media in the drive may have changed (1110).</summary>
    public const uint ERROR_MEDIA_CHANGED = 1110;
    /// <summary>The I/O bus was reset (1111).</summary>
    public const uint ERROR_BUS_RESET = 1111;
    /// <summary>No media in drive (1112).</summary>
    public const uint ERROR_NO_MEDIA_IN_DRIVE = 1112;
    /// <summary>A dynamic link library (DLL) initialization routine failed (1114).</summary>
    public const uint ERROR_DLL_INIT_FAILED = 1114;
    /// <summary>The request could not be performed because of an I/O device error (1117).</summary>
    public const uint ERROR_IO_DEVICE = 1117;
    /// <summary>A serial I/O operation was completed by another write to the port (IOCTL_SERIAL_XOFF_COUNTER reached zero) (1120).</summary>
    public const uint ERROR_MORE_WRITES = 1120;
    /// <summary>A serial I/O operation completed because its timeout expired (IOCTL_SERIAL_XOFF_COUNTER did not reach zero) (1121).</summary>
    public const uint ERROR_COUNTER_TIMEOUT = 1121;
    /// <summary>A potential deadlock condition has been detected (1131).</summary>
    public const uint ERROR_POSSIBLE_DEADLOCK = 1131;
    /// <summary>An attempt was made to create more links on a file than the file system supports (1142).</summary>
    public const uint ERROR_TOO_MANY_LINKS = 1142;
    /// <summary>The device requires reinitialization because of hardware errors (1164).</summary>
    public const uint ERROR_DEVICE_REINITIALIZATION_NEEDED = 1164;
    /// <summary>The device has indicated that cleaning is required before further operations are attempted (1165).</summary>
    public const uint ERROR_DEVICE_REQUIRES_CLEANING = 1165;
    /// <summary>The device has indicated that its door is open (1166).</summary>
    public const uint ERROR_DEVICE_DOOR_OPEN = 1166;
    /// <summary>The device is not connected (1167).</summary>
    public const uint ERROR_DEVICE_NOT_CONNECTED = 1167;
    /// <summary>Element not found (1168).</summary>
    public const uint ERROR_NOT_FOUND = 1168;
    /// <summary>There was no match for the specified key in the index (1169).</summary>
    public const uint ERROR_NO_MATCH = 1169;
    /// <summary>The operation was canceled by the user (1223).</summary>
    public const uint ERROR_CANCELLED = 1223;
    /// <summary>The requested operation cannot be performed on a file with a user-mapped section open (1224).</summary>
    public const uint ERROR_USER_MAPPED_FILE = 1224;
    /// <summary>The request was aborted (1235).</summary>
    public const uint ERROR_REQUEST_ABORTED = 1235;
    /// <summary>The operation could not be completed; a retry should be performed (1237).</summary>
    public const uint ERROR_RETRY = 1237;
    /// <summary>The driver has been blocked from loading (1275).</summary>
    public const uint ERROR_DRIVER_BLOCKED = 1275;
    /// <summary>The system detected an overrun of a stack-based buffer in the application (1282).</summary>
    public const uint ERROR_STACK_BUFFER_OVERRUN = 1282;
    /// <summary>A C runtime function was passed an invalid parameter (1288).</summary>
    public const uint ERROR_INVALID_CRUNTIME_PARAMETER = 1288;
    /// <summary>Not all privileges or groups referenced are assigned to the caller (1300).</summary>
    public const uint ERROR_NOT_ALL_ASSIGNED = 1300;
    /// <summary>Some mapping between account names and security IDs was not done (1301).</summary>
    public const uint ERROR_SOME_NOT_MAPPED = 1301;
    /// <summary>The revision level is unknown (1305).</summary>
    public const uint ERROR_UNKNOWN_REVISION = 1305;
    /// <summary>Two revision levels are incompatible (1306).</summary>
    public const uint ERROR_REVISION_MISMATCH = 1306;
    /// <summary>This security ID may not be assigned as the owner of this object (1307).</summary>
    public const uint ERROR_INVALID_OWNER = 1307;
    /// <summary>An attempt has been made to operate on an impersonation token by a thread that is not currently impersonating a client (1309).</summary>
    public const uint ERROR_NO_IMPERSONATION_TOKEN = 1309;
    /// <summary>A required privilege is not held by the client (1314).</summary>
    public const uint ERROR_PRIVILEGE_NOT_HELD = 1314;
    /// <summary>The access control list (ACL) structure is invalid (1336).</summary>
    public const uint ERROR_INVALID_ACL = 1336;
    /// <summary>The security ID structure is invalid (1337).</summary>
    public const uint ERROR_INVALID_SID = 1337;
    /// <summary>The security descriptor structure is invalid (1338).</summary>
    public const uint ERROR_INVALID_SECURITY_DESCR = 1338;
    /// <summary>Either a required impersonation level was not provided, or the provided impersonation level is invalid (1346).</summary>
    public const uint ERROR_BAD_IMPERSONATION_LEVEL = 1346;
    /// <summary>An internal error occurred (1359).</summary>
    public const uint ERROR_INTERNAL_ERROR = 1359;
    /// <summary>The ACL contains no inheritable components (1391).</summary>
    public const uint ERROR_NO_INHERITANCE = 1391;
    /// <summary>The file or directory is corrupted and unreadable (1392).</summary>
    public const uint ERROR_FILE_CORRUPT = 1392;
    /// <summary>The disk structure is corrupted and unreadable (1393).</summary>
    public const uint ERROR_DISK_CORRUPT = 1393;
    /// <summary>Insufficient system resources exist to complete the requested service (1450).</summary>
    public const uint ERROR_NO_SYSTEM_RESOURCES = 1450;
    /// <summary>Insufficient working-set quota to complete the requested service (1453).</summary>
    public const uint ERROR_WORKING_SET_QUOTA = 1453;
    /// <summary>Insufficient paging-file quota to complete the requested service (1454).</summary>
    public const uint ERROR_PAGEFILE_QUOTA = 1454;
    /// <summary>The paging file is too small for this operation to complete (1455).</summary>
    public const uint ERROR_COMMITMENT_LIMIT = 1455;
    /// <summary>This operation returned because the timeout period expired (1460).</summary>
    public const uint ERROR_TIMEOUT = 1460;
    /// <summary>The device has been removed (1617).</summary>
    public const uint ERROR_DEVICE_REMOVED = 1617;
    /// <summary>The supplied user buffer is not valid for the requested operation (1784).</summary>
    public const uint ERROR_INVALID_USER_BUFFER = 1784;
    /// <summary>The disk media is not recognized; it may not be formatted (1785).</summary>
    public const uint ERROR_UNRECOGNIZED_MEDIA = 1785;
    /// <summary>The specified image file did not contain a resource section (1812).</summary>
    public const uint ERROR_RESOURCE_DATA_NOT_FOUND = 1812;
    /// <summary>The specified resource type cannot be found in the image file (1813).</summary>
    public const uint ERROR_RESOURCE_TYPE_NOT_FOUND = 1813;
    /// <summary>The specified resource name cannot be found in the image file (1814).</summary>
    public const uint ERROR_RESOURCE_NAME_NOT_FOUND = 1814;
    /// <summary>Not enough quota is available to process this command (1816).</summary>
    public const uint ERROR_NOT_ENOUGH_QUOTA = 1816;
    /// <summary>The specified driver is invalid (2001).</summary>
    public const uint ERROR_BAD_DRIVER = 2001;
    /// <summary>This network connection has files open or requests pending (2401).</summary>
    public const uint ERROR_OPEN_FILES = 2401;
    /// <summary>Active connections still exist (2402).</summary>
    public const uint ERROR_ACTIVE_CONNECTIONS = 2402;
    /// <summary>The device is in use by an active process and cannot be disconnected (2404).</summary>
    public const uint ERROR_DEVICE_IN_USE = 2404;
    /// <summary>The GUID passed was not recognized as valid by a WMI data provider (4200).</summary>
    public const uint ERROR_WMI_GUID_NOT_FOUND = 4200;
    /// <summary>The instance name passed was not recognized as valid by a WMI data provider (4201).</summary>
    public const uint ERROR_WMI_INSTANCE_NOT_FOUND = 4201;
    /// <summary>The data item ID passed was not recognized as valid by a WMI data provider (4202).</summary>
    public const uint ERROR_WMI_ITEMID_NOT_FOUND = 4202;
    /// <summary>The WMI request could not be completed and should be retried (4203).</summary>
    public const uint ERROR_WMI_TRY_AGAIN = 4203;
    /// <summary>The WMI data block or event notification has already been enabled (4206).</summary>
    public const uint ERROR_WMI_ALREADY_ENABLED = 4206;
    /// <summary>The WMI data block is no longer available (4207).</summary>
    public const uint ERROR_WMI_GUID_DISCONNECTED = 4207;
    /// <summary>The WMI data block or event notification has already been disabled (4212).</summary>
    public const uint ERROR_WMI_ALREADY_DISABLED = 4212;
    /// <summary>The WMI data item or data block is read only (4213).</summary>
    public const uint ERROR_WMI_READ_ONLY = 4213;
    /// <summary>The WMI data item or data block could not be changed (4214).</summary>
    public const uint ERROR_WMI_SET_FAILURE = 4214;
    /// <summary>A cleaner cartridge is in the tape library (4340).</summary>
    public const uint ERROR_CLEANER_CARTRIDGE_INSTALLED = 4340;
    /// <summary>The file or directory is not a reparse point (4390).</summary>
    public const uint ERROR_NOT_A_REPARSE_POINT = 4390;
    /// <summary>A corrupt file was found and has since been repaired; data may have been lost (6843).</summary>
    public const uint ERROR_DATA_LOST_REPAIR = 6843;

    // VerifyVersionInfo's failures (winerror.h).
    /// <summary>One or more arguments are not correct (160).</summary>
    public const uint ERROR_BAD_ARGUMENTS = 160;
    /// <summary>The specified program requires a newer version of Windows (1150).</summary>
    public const uint ERROR_OLD_WIN_VERSION = 1150;
}
