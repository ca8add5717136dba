namespace NtSim;

public static partial class Wdm
{
    // ntstatus.h: error codes (severity 3) from 0xC00000A0 up, by value; 0xC0000001 to 0xC000009F are in
    // Wdm.NtStatus.Errors.cs.
    /// <summary>The memory to free was not allocated (0xC00000A0).</summary>
    public const NTSTATUS STATUS_MEMORY_NOT_ALLOCATED = unchecked((NTSTATUS)0xC00000A0);
    /// <summary>The working set is not big enough to lock the pages (0xC00000A1).</summary>
    public const NTSTATUS STATUS_WORKING_SET_QUOTA = unchecked((NTSTATUS)0xC00000A1);
    /// <summary>The media is write-protected (0xC00000A2).</summary>
    public const NTSTATUS STATUS_MEDIA_WRITE_PROTECTED = unchecked((NTSTATUS)0xC00000A2);
    /// <summary>The device is not ready (0xC00000A3).</summary>
    public const NTSTATUS STATUS_DEVICE_NOT_READY = unchecked((NTSTATUS)0xC00000A3);
    /// <summary>The impersonation level is too low for the operation or not valid (0xC00000A5).</summary>
    public const NTSTATUS STATUS_BAD_IMPERSONATION_LEVEL = unchecked((NTSTATUS)0xC00000A5);
    /// <summary>All instances of the named pipe are in use (0xC00000AB).</summary>
    public const NTSTATUS STATUS_INSTANCE_NOT_AVAILABLE = unchecked((NTSTATUS)0xC00000AB);
    /// <summary>No instance of the named pipe is listening (0xC00000AC).</summary>
    public const NTSTATUS STATUS_PIPE_NOT_AVAILABLE = unchecked((NTSTATUS)0xC00000AC);
    /// <summary>The named pipe is not in a state for this operation (0xC00000AD).</summary>
    public const NTSTATUS STATUS_INVALID_PIPE_STATE = unchecked((NTSTATUS)0xC00000AD);
    /// <summary>All instances of the named pipe are busy (0xC00000AE).</summary>
    public const NTSTATUS STATUS_PIPE_BUSY = unchecked((NTSTATUS)0xC00000AE);
    /// <summary>The function is not valid for this device (0xC00000AF).</summary>
    public const NTSTATUS STATUS_ILLEGAL_FUNCTION = unchecked((NTSTATUS)0xC00000AF);
    /// <summary>The other end of the named pipe disconnected (0xC00000B0).</summary>
    public const NTSTATUS STATUS_PIPE_DISCONNECTED = unchecked((NTSTATUS)0xC00000B0);
    /// <summary>The named pipe is being closed (0xC00000B1).</summary>
    public const NTSTATUS STATUS_PIPE_CLOSING = unchecked((NTSTATUS)0xC00000B1);
    /// <summary>A client is already connected to the named pipe (0xC00000B2).</summary>
    public const NTSTATUS STATUS_PIPE_CONNECTED = unchecked((NTSTATUS)0xC00000B2);
    /// <summary>The named pipe server is waiting for a client to connect (0xC00000B3).</summary>
    public const NTSTATUS STATUS_PIPE_LISTENING = unchecked((NTSTATUS)0xC00000B3);
    /// <summary>The named pipe is not in message mode (0xC00000B4).</summary>
    public const NTSTATUS STATUS_INVALID_READ_MODE = unchecked((NTSTATUS)0xC00000B4);
    /// <summary>The I/O request timed out before it completed (0xC00000B5).</summary>
    public const NTSTATUS STATUS_IO_TIMEOUT = unchecked((NTSTATUS)0xC00000B5);
    /// <summary>The file was closed by another process or by a forced dismount (0xC00000B6).</summary>
    public const NTSTATUS STATUS_FILE_FORCED_CLOSED = unchecked((NTSTATUS)0xC00000B6);
    /// <summary>The name is a directory, but a non-directory file was required (0xC00000BA).</summary>
    public const NTSTATUS STATUS_FILE_IS_A_DIRECTORY = unchecked((NTSTATUS)0xC00000BA);
    /// <summary>The request is not supported; the status a PnP or power IRP carries until a driver handles it (0xC00000BB).</summary>
    public const NTSTATUS STATUS_NOT_SUPPORTED = unchecked((NTSTATUS)0xC00000BB);
    /// <summary>The network path was not found (0xC00000BE).</summary>
    public const NTSTATUS STATUS_BAD_NETWORK_PATH = unchecked((NTSTATUS)0xC00000BE);
    /// <summary>The device does not exist (0xC00000C0).</summary>
    public const NTSTATUS STATUS_DEVICE_DOES_NOT_EXIST = unchecked((NTSTATUS)0xC00000C0);
    /// <summary>Network access is denied (0xC00000CA).</summary>
    public const NTSTATUS STATUS_NETWORK_ACCESS_DENIED = unchecked((NTSTATUS)0xC00000CA);
    /// <summary>The device type does not match the operation (0xC00000CB).</summary>
    public const NTSTATUS STATUS_BAD_DEVICE_TYPE = unchecked((NTSTATUS)0xC00000CB);
    /// <summary>The network share name was not found (0xC00000CC).</summary>
    public const NTSTATUS STATUS_BAD_NETWORK_NAME = unchecked((NTSTATUS)0xC00000CC);
    /// <summary>A rename or link crosses devices (the source and target are on different volumes) (0xC00000D4).</summary>
    public const NTSTATUS STATUS_NOT_SAME_DEVICE = unchecked((NTSTATUS)0xC00000D4);
    /// <summary>The file was renamed while the operation ran (0xC00000D5).</summary>
    public const NTSTATUS STATUS_FILE_RENAMED = unchecked((NTSTATUS)0xC00000D5);
    /// <summary>The operation would have to block, and the caller asked not to wait (0xC00000D8).</summary>
    public const NTSTATUS STATUS_CANT_WAIT = unchecked((NTSTATUS)0xC00000D8);
    /// <summary>The named pipe holds no data to read (0xC00000D9).</summary>
    public const NTSTATUS STATUS_PIPE_EMPTY = unchecked((NTSTATUS)0xC00000D9);
    /// <summary>An internal error happened (0xC00000E5).</summary>
    public const NTSTATUS STATUS_INTERNAL_ERROR = unchecked((NTSTATUS)0xC00000E5);
    /// <summary>The user buffer is not valid for the operation (bad address or alignment) (0xC00000E8).</summary>
    public const NTSTATUS STATUS_INVALID_USER_BUFFER = unchecked((NTSTATUS)0xC00000E8);
    /// <summary>An unexpected I/O error happened (0xC00000E9).</summary>
    public const NTSTATUS STATUS_UNEXPECTED_IO_ERROR = unchecked((NTSTATUS)0xC00000E9);
    /// <summary>The first parameter of the call is not valid (0xC00000EF).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_1 = unchecked((NTSTATUS)0xC00000EF);
    /// <summary>The second parameter of the call is not valid (0xC00000F0).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_2 = unchecked((NTSTATUS)0xC00000F0);
    /// <summary>The third parameter of the call is not valid (0xC00000F1).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_3 = unchecked((NTSTATUS)0xC00000F1);
    /// <summary>The fourth parameter of the call is not valid (0xC00000F2).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_4 = unchecked((NTSTATUS)0xC00000F2);
    /// <summary>The fifth parameter of the call is not valid (0xC00000F3).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_5 = unchecked((NTSTATUS)0xC00000F3);
    /// <summary>The sixth parameter of the call is not valid (0xC00000F4).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_6 = unchecked((NTSTATUS)0xC00000F4);
    /// <summary>The seventh parameter of the call is not valid (0xC00000F5).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_7 = unchecked((NTSTATUS)0xC00000F5);
    /// <summary>The eighth parameter of the call is not valid (0xC00000F6).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_8 = unchecked((NTSTATUS)0xC00000F6);
    /// <summary>The ninth parameter of the call is not valid (0xC00000F7).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_9 = unchecked((NTSTATUS)0xC00000F7);
    /// <summary>The tenth parameter of the call is not valid (0xC00000F8).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_10 = unchecked((NTSTATUS)0xC00000F8);
    /// <summary>The eleventh parameter of the call is not valid (0xC00000F9).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_11 = unchecked((NTSTATUS)0xC00000F9);
    /// <summary>The twelfth parameter of the call is not valid (0xC00000FA).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_12 = unchecked((NTSTATUS)0xC00000FA);
    /// <summary>The thread ran out of stack (exception code) (0xC00000FD).</summary>
    public const NTSTATUS STATUS_STACK_OVERFLOW = unchecked((NTSTATUS)0xC00000FD);
    /// <summary>The environment or firmware variable was not found (0xC0000100).</summary>
    public const NTSTATUS STATUS_VARIABLE_NOT_FOUND = unchecked((NTSTATUS)0xC0000100);
    /// <summary>The directory cannot be deleted because it is not empty (0xC0000101).</summary>
    public const NTSTATUS STATUS_DIRECTORY_NOT_EMPTY = unchecked((NTSTATUS)0xC0000101);
    /// <summary>The file or directory is corrupt and unreadable (0xC0000102).</summary>
    public const NTSTATUS STATUS_FILE_CORRUPT_ERROR = unchecked((NTSTATUS)0xC0000102);
    /// <summary>The name is a file, but a directory was required (0xC0000103).</summary>
    public const NTSTATUS STATUS_NOT_A_DIRECTORY = unchecked((NTSTATUS)0xC0000103);
    /// <summary>The name is too long (0xC0000106).</summary>
    public const NTSTATUS STATUS_NAME_TOO_LONG = unchecked((NTSTATUS)0xC0000106);
    /// <summary>The volume cannot be dismounted or locked because files are open on it (0xC0000107).</summary>
    public const NTSTATUS STATUS_FILES_OPEN = unchecked((NTSTATUS)0xC0000107);
    /// <summary>The process is terminating (0xC000010A).</summary>
    public const NTSTATUS STATUS_PROCESS_IS_TERMINATING = unchecked((NTSTATUS)0xC000010A);
    /// <summary>The image (driver) is already loaded (0xC000010E).</summary>
    public const NTSTATUS STATUS_IMAGE_ALREADY_LOADED = unchecked((NTSTATUS)0xC000010E);
    /// <summary>Too many files are open (0xC000011F).</summary>
    public const NTSTATUS STATUS_TOO_MANY_OPENED_FILES = unchecked((NTSTATUS)0xC000011F);
    /// <summary>The I/O request was cancelled (the status of an IRP completed by its cancel routine) (0xC0000120).</summary>
    public const NTSTATUS STATUS_CANCELLED = unchecked((NTSTATUS)0xC0000120);
    /// <summary>The file or object cannot be deleted (0xC0000121).</summary>
    public const NTSTATUS STATUS_CANNOT_DELETE = unchecked((NTSTATUS)0xC0000121);
    /// <summary>The file was deleted (0xC0000123).</summary>
    public const NTSTATUS STATUS_FILE_DELETED = unchecked((NTSTATUS)0xC0000123);
    /// <summary>The file handle or file object was already closed (cleaned up) (0xC0000128).</summary>
    public const NTSTATUS STATUS_FILE_CLOSED = unchecked((NTSTATUS)0xC0000128);
    /// <summary>The process has too many threads (0xC0000129).</summary>
    public const NTSTATUS STATUS_TOO_MANY_THREADS = unchecked((NTSTATUS)0xC0000129);
    /// <summary>The thread does not belong to the process (0xC000012A).</summary>
    public const NTSTATUS STATUS_THREAD_NOT_IN_PROCESS = unchecked((NTSTATUS)0xC000012A);
    /// <summary>The system commit limit was reached (0xC000012D).</summary>
    public const NTSTATUS STATUS_COMMITMENT_LIMIT = unchecked((NTSTATUS)0xC000012D);
    /// <summary>A DLL or module the image needs was not found (0xC0000135).</summary>
    public const NTSTATUS STATUS_DLL_NOT_FOUND = unchecked((NTSTATUS)0xC0000135);
    /// <summary>An imported ordinal was not found in the module (0xC0000138).</summary>
    public const NTSTATUS STATUS_ORDINAL_NOT_FOUND = unchecked((NTSTATUS)0xC0000138);
    /// <summary>An imported entry point was not found in the module (0xC0000139).</summary>
    public const NTSTATUS STATUS_ENTRYPOINT_NOT_FOUND = unchecked((NTSTATUS)0xC0000139);
    /// <summary>The application was ended by Ctrl+C (0xC000013A).</summary>
    public const NTSTATUS STATUS_CONTROL_C_EXIT = unchecked((NTSTATUS)0xC000013A);
    /// <summary>A DLL's initialization routine failed (0xC0000142).</summary>
    public const NTSTATUS STATUS_DLL_INIT_FAILED = unchecked((NTSTATUS)0xC0000142);
    /// <summary>An exception was not handled (0xC0000144).</summary>
    public const NTSTATUS STATUS_UNHANDLED_EXCEPTION = unchecked((NTSTATUS)0xC0000144);
    /// <summary>The information level is not valid (0xC0000148).</summary>
    public const NTSTATUS STATUS_INVALID_LEVEL = unchecked((NTSTATUS)0xC0000148);
    /// <summary>The named pipe was closed by the other end (0xC000014B).</summary>
    public const NTSTATUS STATUS_PIPE_BROKEN = unchecked((NTSTATUS)0xC000014B);
    /// <summary>A registry hive or its log is corrupt (0xC000014C).</summary>
    public const NTSTATUS STATUS_REGISTRY_CORRUPT = unchecked((NTSTATUS)0xC000014C);
    /// <summary>A registry I/O operation failed (0xC000014D).</summary>
    public const NTSTATUS STATUS_REGISTRY_IO_FAILED = unchecked((NTSTATUS)0xC000014D);
    /// <summary>No file system recognizes the volume (0xC000014F).</summary>
    public const NTSTATUS STATUS_UNRECOGNIZED_VOLUME = unchecked((NTSTATUS)0xC000014F);
    /// <summary>The file is not a registry hive (0xC000015C).</summary>
    public const NTSTATUS STATUS_NOT_REGISTRY_FILE = unchecked((NTSTATUS)0xC000015C);
    /// <summary>There is no media in the drive (0xC0000178).</summary>
    public const NTSTATUS STATUS_NO_MEDIA = unchecked((NTSTATUS)0xC0000178);
    /// <summary>The registry key was marked for deletion (0xC000017C).</summary>
    public const NTSTATUS STATUS_KEY_DELETED = unchecked((NTSTATUS)0xC000017C);
    /// <summary>No log space is left for the registry change (0xC000017D).</summary>
    public const NTSTATUS STATUS_NO_LOG_SPACE = unchecked((NTSTATUS)0xC000017D);
    /// <summary>A symbolic link cannot be created for a registry key that has subkeys or values (0xC0000180).</summary>
    public const NTSTATUS STATUS_KEY_HAS_CHILDREN = unchecked((NTSTATUS)0xC0000180);
    /// <summary>A stable subkey cannot be created under a volatile registry key (0xC0000181).</summary>
    public const NTSTATUS STATUS_CHILD_MUST_BE_VOLATILE = unchecked((NTSTATUS)0xC0000181);
    /// <summary>The device's configuration is not valid (0xC0000182).</summary>
    public const NTSTATUS STATUS_DEVICE_CONFIGURATION_ERROR = unchecked((NTSTATUS)0xC0000182);
    /// <summary>A driver detected an internal error (0xC0000183).</summary>
    public const NTSTATUS STATUS_DRIVER_INTERNAL_ERROR = unchecked((NTSTATUS)0xC0000183);
    /// <summary>The device is not in a state in which it can perform the request (0xC0000184).</summary>
    public const NTSTATUS STATUS_INVALID_DEVICE_STATE = unchecked((NTSTATUS)0xC0000184);
    /// <summary>The device reported an I/O error (0xC0000185).</summary>
    public const NTSTATUS STATUS_IO_DEVICE_ERROR = unchecked((NTSTATUS)0xC0000185);
    /// <summary>The device broke its protocol (0xC0000186).</summary>
    public const NTSTATUS STATUS_DEVICE_PROTOCOL_ERROR = unchecked((NTSTATUS)0xC0000186);
    /// <summary>The operation came too late (e.g. writing to a volume already dismounted) (0xC0000189).</summary>
    public const NTSTATUS STATUS_TOO_LATE = unchecked((NTSTATUS)0xC0000189);
    /// <summary>The mutex's recursive acquisition count reached its limit (0xC0000191).</summary>
    public const NTSTATUS STATUS_MUTANT_LIMIT_EXCEEDED = unchecked((NTSTATUS)0xC0000191);
    /// <summary>The operation could deadlock, and was refused (0xC0000194).</summary>
    public const NTSTATUS STATUS_POSSIBLE_DEADLOCK = unchecked((NTSTATUS)0xC0000194);
    /// <summary>The buffer size is not valid for the operation (0xC0000206).</summary>
    public const NTSTATUS STATUS_INVALID_BUFFER_SIZE = unchecked((NTSTATUS)0xC0000206);
    /// <summary>A registry hive file could not be loaded (0xC0000218).</summary>
    public const NTSTATUS STATUS_CANNOT_LOAD_REGISTRY_FILE = unchecked((NTSTATUS)0xC0000218);
    /// <summary>A critical system process terminated (0xC000021A).</summary>
    public const NTSTATUS STATUS_SYSTEM_PROCESS_TERMINATED = unchecked((NTSTATUS)0xC000021A);
    /// <summary>A driver did not complete a cancelled IRP in time (0xC000021E).</summary>
    public const NTSTATUS STATUS_DRIVER_CANCEL_TIMEOUT = unchecked((NTSTATUS)0xC000021E);
    /// <summary>The image's checksum does not match its contents (0xC0000221).</summary>
    public const NTSTATUS STATUS_IMAGE_CHECKSUM_MISMATCH = unchecked((NTSTATUS)0xC0000221);
    /// <summary>The object was not found (0xC0000225).</summary>
    public const NTSTATUS STATUS_NOT_FOUND = unchecked((NTSTATUS)0xC0000225);
    /// <summary>The operation should be retried (0xC000022D).</summary>
    public const NTSTATUS STATUS_RETRY = unchecked((NTSTATUS)0xC000022D);
    /// <summary>The handle is protected from closing (0xC0000235).</summary>
    public const NTSTATUS STATUS_HANDLE_NOT_CLOSABLE = unchecked((NTSTATUS)0xC0000235);
    /// <summary>The request was aborted (0xC0000240).</summary>
    public const NTSTATUS STATUS_REQUEST_ABORTED = unchecked((NTSTATUS)0xC0000240);
    /// <summary>The operation cannot be done on a file that has a user-mapped section open (0xC0000243).</summary>
    public const NTSTATUS STATUS_USER_MAPPED_FILE = unchecked((NTSTATUS)0xC0000243);
    /// <summary>A uniprocessor-only image was loaded on a multiprocessor system (0xC0000249).</summary>
    public const NTSTATUS STATUS_IMAGE_MP_UP_MISMATCH = unchecked((NTSTATUS)0xC0000249);
    /// <summary>The registry size quota was reached (0xC0000256).</summary>
    public const NTSTATUS STATUS_REGISTRY_QUOTA_LIMIT = unchecked((NTSTATUS)0xC0000256);
    /// <summary>The device is disabled or not present (0xC000025E).</summary>
    public const NTSTATUS STATUS_PLUGPLAY_NO_DEVICE = unchecked((NTSTATUS)0xC000025E);
    /// <summary>A driver imports an ordinal that its module does not export (0xC0000262).</summary>
    public const NTSTATUS STATUS_DRIVER_ORDINAL_NOT_FOUND = unchecked((NTSTATUS)0xC0000262);
    /// <summary>A driver imports a routine that its module does not export (0xC0000263).</summary>
    public const NTSTATUS STATUS_DRIVER_ENTRYPOINT_NOT_FOUND = unchecked((NTSTATUS)0xC0000263);
    /// <summary>The caller releases a resource (ERESOURCE) it does not own (0xC0000264).</summary>
    public const NTSTATUS STATUS_RESOURCE_NOT_OWNED = unchecked((NTSTATUS)0xC0000264);
    /// <summary>The file already has the maximum number of hard links (0xC0000265).</summary>
    public const NTSTATUS STATUS_TOO_MANY_LINKS = unchecked((NTSTATUS)0xC0000265);
    /// <summary>The driver could not be loaded (0xC000026C).</summary>
    public const NTSTATUS STATUS_DRIVER_UNABLE_TO_LOAD = unchecked((NTSTATUS)0xC000026C);
    /// <summary>The volume was dismounted (0xC000026E).</summary>
    public const NTSTATUS STATUS_VOLUME_DISMOUNTED = unchecked((NTSTATUS)0xC000026E);
    /// <summary>No match was found (0xC0000272).</summary>
    public const NTSTATUS STATUS_NO_MATCH = unchecked((NTSTATUS)0xC0000272);
    /// <summary>The file or directory is not a reparse point (0xC0000275).</summary>
    public const NTSTATUS STATUS_NOT_A_REPARSE_POINT = unchecked((NTSTATUS)0xC0000275);
    /// <summary>The range conflicts with a range already in the range list (0xC0000282).</summary>
    public const NTSTATUS STATUS_RANGE_LIST_CONFLICT = unchecked((NTSTATUS)0xC0000282);
    /// <summary>The device must be reinitialized before the operation can be done (0xC0000287).</summary>
    public const NTSTATUS STATUS_REINITIALIZATION_NEEDED = unchecked((NTSTATUS)0xC0000287);
    /// <summary>The range is not in the range list (0xC000028C).</summary>
    public const NTSTATUS STATUS_RANGE_NOT_FOUND = unchecked((NTSTATUS)0xC000028C);
    /// <summary>The WMI data block or event GUID is not registered (0xC0000295).</summary>
    public const NTSTATUS STATUS_WMI_GUID_NOT_FOUND = unchecked((NTSTATUS)0xC0000295);
    /// <summary>The WMI instance name was not found (0xC0000296).</summary>
    public const NTSTATUS STATUS_WMI_INSTANCE_NOT_FOUND = unchecked((NTSTATUS)0xC0000296);
    /// <summary>The WMI data item ID was not found (0xC0000297).</summary>
    public const NTSTATUS STATUS_WMI_ITEMID_NOT_FOUND = unchecked((NTSTATUS)0xC0000297);
    /// <summary>The WMI request could not be done now; try again (0xC0000298).</summary>
    public const NTSTATUS STATUS_WMI_TRY_AGAIN = unchecked((NTSTATUS)0xC0000298);
    /// <summary>The device was removed (0xC00002B6).</summary>
    public const NTSTATUS STATUS_DEVICE_REMOVED = unchecked((NTSTATUS)0xC00002B6);
    /// <summary>The interface is not supported (e.g. an IRP_MN_QUERY_INTERFACE nobody answers) (0xC00002B9).</summary>
    public const NTSTATUS STATUS_NOINTERFACE = unchecked((NTSTATUS)0xC00002B9);
    /// <summary>A driver failed to enter a sleep state (0xC00002C2).</summary>
    public const NTSTATUS STATUS_DRIVER_FAILED_SLEEP = unchecked((NTSTATUS)0xC00002C2);
    /// <summary>The WMI data item or block is read-only (0xC00002C6).</summary>
    public const NTSTATUS STATUS_WMI_READ_ONLY = unchecked((NTSTATUS)0xC00002C6);
    /// <summary>The WMI data item or block could not be changed (0xC00002C7).</summary>
    public const NTSTATUS STATUS_WMI_SET_FAILURE = unchecked((NTSTATUS)0xC00002C7);
    /// <summary>The device's children must be enumerated again (0xC00002CE).</summary>
    public const NTSTATUS STATUS_PNP_RESTART_ENUMERATION = unchecked((NTSTATUS)0xC00002CE);
    /// <summary>The device needs a restart of the system (0xC00002D2).</summary>
    public const NTSTATUS STATUS_PNP_REBOOT_REQUIRED = unchecked((NTSTATUS)0xC00002D2);
    /// <summary>The power state is not valid for the device (0xC00002D3).</summary>
    public const NTSTATUS STATUS_POWER_STATE_INVALID = unchecked((NTSTATUS)0xC00002D3);
    /// <summary>The WMI operation is not supported by the data block or method (0xC00002DD).</summary>
    public const NTSTATUS STATUS_WMI_NOT_SUPPORTED = unchecked((NTSTATUS)0xC00002DD);
    /// <summary>Not enough power is available for the device (0xC00002DE).</summary>
    public const NTSTATUS STATUS_INSUFFICIENT_POWER = unchecked((NTSTATUS)0xC00002DE);
    /// <summary>The system is shutting down (0xC00002EB).</summary>
    public const NTSTATUS STATUS_SYSTEM_SHUTDOWN = unchecked((NTSTATUS)0xC00002EB);
    /// <summary>The WMI data provider for the GUID is no longer registered (0xC0000301).</summary>
    public const NTSTATUS STATUS_WMI_GUID_DISCONNECTED = unchecked((NTSTATUS)0xC0000301);
    /// <summary>The WMI collection or events are already disabled (0xC0000302).</summary>
    public const NTSTATUS STATUS_WMI_ALREADY_DISABLED = unchecked((NTSTATUS)0xC0000302);
    /// <summary>The WMI collection or events are already enabled (0xC0000303).</summary>
    public const NTSTATUS STATUS_WMI_ALREADY_ENABLED = unchecked((NTSTATUS)0xC0000303);
    /// <summary>The driver's DriverEntry failed (the status logged for a driver that fails to start) (0xC0000365).</summary>
    public const NTSTATUS STATUS_FAILED_DRIVER_ENTRY = unchecked((NTSTATUS)0xC0000365);
    /// <summary>Enumerating the device's children failed (0xC0000366).</summary>
    public const NTSTATUS STATUS_DEVICE_ENUMERATION_ERROR = unchecked((NTSTATUS)0xC0000366);
    /// <summary>A device object parameter is not valid (a bad or mismatched device object) (0xC0000369).</summary>
    public const NTSTATUS STATUS_INVALID_DEVICE_OBJECT_PARAMETER = unchecked((NTSTATUS)0xC0000369);
    /// <summary>The driver is blocked from loading by the blocked driver database, and the device is critical (0xC000036B).</summary>
    public const NTSTATUS STATUS_DRIVER_BLOCKED_CRITICAL = unchecked((NTSTATUS)0xC000036B);
    /// <summary>The driver is blocked from loading by the blocked driver database (0xC000036C).</summary>
    public const NTSTATUS STATUS_DRIVER_BLOCKED = unchecked((NTSTATUS)0xC000036C);
    /// <summary>The driver database could not be read (0xC000036D).</summary>
    public const NTSTATUS STATUS_DRIVER_DATABASE_ERROR = unchecked((NTSTATUS)0xC000036D);
    /// <summary>A heap is corrupt (0xC0000374).</summary>
    public const NTSTATUS STATUS_HEAP_CORRUPTION = unchecked((NTSTATUS)0xC0000374);
    /// <summary>A stack-based buffer overran (the /GS security check failed) (0xC0000409).</summary>
    public const NTSTATUS STATUS_STACK_BUFFER_OVERRUN = unchecked((NTSTATUS)0xC0000409);
    /// <summary>A C runtime function was passed a parameter that is not valid (0xC0000417).</summary>
    public const NTSTATUS STATUS_INVALID_CRUNTIME_PARAMETER = unchecked((NTSTATUS)0xC0000417);
    /// <summary>An assertion failed (0xC0000420).</summary>
    public const NTSTATUS STATUS_ASSERTION_FAILURE = unchecked((NTSTATUS)0xC0000420);
    /// <summary>Application Verifier found an error in the process (0xC0000421).</summary>
    public const NTSTATUS STATUS_VERIFIER_STOP = unchecked((NTSTATUS)0xC0000421);
    /// <summary>The request came out of sequence (it was not expected in the current state) (0xC000042A).</summary>
    public const NTSTATUS STATUS_REQUEST_OUT_OF_SEQUENCE = unchecked((NTSTATUS)0xC000042A);
}
