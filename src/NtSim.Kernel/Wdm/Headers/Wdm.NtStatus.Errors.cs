namespace NtSim;

public static partial class Wdm
{
    // ntstatus.h: error codes (severity 3), by value; the ones drivers, the I/O manager, PnP, the
    // object manager, the registry and the memory manager return. 0xC00000A0 and up: Wdm.NtStatus.Errors.FromA0.cs.
    /// <summary>The operation failed, with no more specific reason (0xC0000001).</summary>
    public const NTSTATUS STATUS_UNSUCCESSFUL = unchecked((NTSTATUS)0xC0000001);
    /// <summary>The requested operation is not implemented (0xC0000002).</summary>
    public const NTSTATUS STATUS_NOT_IMPLEMENTED = unchecked((NTSTATUS)0xC0000002);
    /// <summary>The information class is not valid for this object or call (0xC0000003).</summary>
    public const NTSTATUS STATUS_INVALID_INFO_CLASS = unchecked((NTSTATUS)0xC0000003);
    /// <summary>The buffer length does not match the size the information class requires (0xC0000004).</summary>
    public const NTSTATUS STATUS_INFO_LENGTH_MISMATCH = unchecked((NTSTATUS)0xC0000004);
    /// <summary>An instruction referenced memory it may not access (the exception code of an access violation) (0xC0000005).</summary>
    public const NTSTATUS STATUS_ACCESS_VIOLATION = unchecked((NTSTATUS)0xC0000005);
    /// <summary>A page could not be read in because of an I/O error (0xC0000006).</summary>
    public const NTSTATUS STATUS_IN_PAGE_ERROR = unchecked((NTSTATUS)0xC0000006);
    /// <summary>The process's paging file quota is exhausted (0xC0000007).</summary>
    public const NTSTATUS STATUS_PAGEFILE_QUOTA = unchecked((NTSTATUS)0xC0000007);
    /// <summary>The handle is not valid (closed, or never opened, or of the wrong table) (0xC0000008).</summary>
    public const NTSTATUS STATUS_INVALID_HANDLE = unchecked((NTSTATUS)0xC0000008);
    /// <summary>A thread was created with a bad initial stack (0xC0000009).</summary>
    public const NTSTATUS STATUS_BAD_INITIAL_STACK = unchecked((NTSTATUS)0xC0000009);
    /// <summary>A thread was created with a bad initial instruction address (0xC000000A).</summary>
    public const NTSTATUS STATUS_BAD_INITIAL_PC = unchecked((NTSTATUS)0xC000000A);
    /// <summary>The client ID (process and thread IDs) is not valid (0xC000000B).</summary>
    public const NTSTATUS STATUS_INVALID_CID = unchecked((NTSTATUS)0xC000000B);
    /// <summary>The timer could not be cancelled (0xC000000C).</summary>
    public const NTSTATUS STATUS_TIMER_NOT_CANCELED = unchecked((NTSTATUS)0xC000000C);
    /// <summary>A parameter passed to the service or function is not valid (0xC000000D).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER = unchecked((NTSTATUS)0xC000000D);
    /// <summary>The named device does not exist (0xC000000E).</summary>
    public const NTSTATUS STATUS_NO_SUCH_DEVICE = unchecked((NTSTATUS)0xC000000E);
    /// <summary>The file does not exist (0xC000000F).</summary>
    public const NTSTATUS STATUS_NO_SUCH_FILE = unchecked((NTSTATUS)0xC000000F);
    /// <summary>The request is not valid for this device (e.g. an unsupported IOCTL or major function) (0xC0000010).</summary>
    public const NTSTATUS STATUS_INVALID_DEVICE_REQUEST = unchecked((NTSTATUS)0xC0000010);
    /// <summary>The read started at or beyond the end of the file (0xC0000011).</summary>
    public const NTSTATUS STATUS_END_OF_FILE = unchecked((NTSTATUS)0xC0000011);
    /// <summary>The wrong volume is in the drive (0xC0000012).</summary>
    public const NTSTATUS STATUS_WRONG_VOLUME = unchecked((NTSTATUS)0xC0000012);
    /// <summary>There is no media in the drive (0xC0000013).</summary>
    public const NTSTATUS STATUS_NO_MEDIA_IN_DEVICE = unchecked((NTSTATUS)0xC0000013);
    /// <summary>The media in the drive is not recognized (not formatted) (0xC0000014).</summary>
    public const NTSTATUS STATUS_UNRECOGNIZED_MEDIA = unchecked((NTSTATUS)0xC0000014);
    /// <summary>The sector does not exist on the media (0xC0000015).</summary>
    public const NTSTATUS STATUS_NONEXISTENT_SECTOR = unchecked((NTSTATUS)0xC0000015);
    /// <summary>The IRP is not finished: a completion routine returns it to stop completion and keep the IRP (0xC0000016).</summary>
    public const NTSTATUS STATUS_MORE_PROCESSING_REQUIRED = unchecked((NTSTATUS)0xC0000016);
    /// <summary>Not enough virtual memory or paging file quota to complete the operation (0xC0000017).</summary>
    public const NTSTATUS STATUS_NO_MEMORY = unchecked((NTSTATUS)0xC0000017);
    /// <summary>The address range conflicts with an existing one (e.g. mapping a view where one is already mapped) (0xC0000018).</summary>
    public const NTSTATUS STATUS_CONFLICTING_ADDRESSES = unchecked((NTSTATUS)0xC0000018);
    /// <summary>The address is not the base of a mapped view (0xC0000019).</summary>
    public const NTSTATUS STATUS_NOT_MAPPED_VIEW = unchecked((NTSTATUS)0xC0000019);
    /// <summary>The virtual memory could not be freed (0xC000001A).</summary>
    public const NTSTATUS STATUS_UNABLE_TO_FREE_VM = unchecked((NTSTATUS)0xC000001A);
    /// <summary>The section could not be deleted (0xC000001B).</summary>
    public const NTSTATUS STATUS_UNABLE_TO_DELETE_SECTION = unchecked((NTSTATUS)0xC000001B);
    /// <summary>An invalid system service was called (0xC000001C).</summary>
    public const NTSTATUS STATUS_INVALID_SYSTEM_SERVICE = unchecked((NTSTATUS)0xC000001C);
    /// <summary>An attempt was made to execute an illegal instruction (0xC000001D).</summary>
    public const NTSTATUS STATUS_ILLEGAL_INSTRUCTION = unchecked((NTSTATUS)0xC000001D);
    /// <summary>An invalid lock sequence was attempted (0xC000001E).</summary>
    public const NTSTATUS STATUS_INVALID_LOCK_SEQUENCE = unchecked((NTSTATUS)0xC000001E);
    /// <summary>The view size is not valid for the section (0xC000001F).</summary>
    public const NTSTATUS STATUS_INVALID_VIEW_SIZE = unchecked((NTSTATUS)0xC000001F);
    /// <summary>The file cannot be used to create a section (it is not a valid mapped file) (0xC0000020).</summary>
    public const NTSTATUS STATUS_INVALID_FILE_FOR_SECTION = unchecked((NTSTATUS)0xC0000020);
    /// <summary>The address range is already committed (0xC0000021).</summary>
    public const NTSTATUS STATUS_ALREADY_COMMITTED = unchecked((NTSTATUS)0xC0000021);
    /// <summary>The caller lacks the access the object's security descriptor requires (0xC0000022).</summary>
    public const NTSTATUS STATUS_ACCESS_DENIED = unchecked((NTSTATUS)0xC0000022);
    /// <summary>The buffer is too small to hold the data; nothing was returned (0xC0000023).</summary>
    public const NTSTATUS STATUS_BUFFER_TOO_SMALL = unchecked((NTSTATUS)0xC0000023);
    /// <summary>The object is not of the type the call expects (e.g. ObReferenceObjectByHandle with the wrong type) (0xC0000024).</summary>
    public const NTSTATUS STATUS_OBJECT_TYPE_MISMATCH = unchecked((NTSTATUS)0xC0000024);
    /// <summary>Execution cannot continue after a noncontinuable exception (0xC0000025).</summary>
    public const NTSTATUS STATUS_NONCONTINUABLE_EXCEPTION = unchecked((NTSTATUS)0xC0000025);
    /// <summary>An exception handler returned an invalid disposition (0xC0000026).</summary>
    public const NTSTATUS STATUS_INVALID_DISPOSITION = unchecked((NTSTATUS)0xC0000026);
    /// <summary>Unwind exception code (used during exception unwinding) (0xC0000027).</summary>
    public const NTSTATUS STATUS_UNWIND = unchecked((NTSTATUS)0xC0000027);
    /// <summary>A bad or misaligned stack was found during an unwind (0xC0000028).</summary>
    public const NTSTATUS STATUS_BAD_STACK = unchecked((NTSTATUS)0xC0000028);
    /// <summary>The unwind target is not valid (0xC0000029).</summary>
    public const NTSTATUS STATUS_INVALID_UNWIND_TARGET = unchecked((NTSTATUS)0xC0000029);
    /// <summary>The range to unlock is not locked (0xC000002A).</summary>
    public const NTSTATUS STATUS_NOT_LOCKED = unchecked((NTSTATUS)0xC000002A);
    /// <summary>A device reported a parity error (0xC000002B).</summary>
    public const NTSTATUS STATUS_PARITY_ERROR = unchecked((NTSTATUS)0xC000002B);
    /// <summary>The virtual memory could not be decommitted (0xC000002C).</summary>
    public const NTSTATUS STATUS_UNABLE_TO_DECOMMIT_VM = unchecked((NTSTATUS)0xC000002C);
    /// <summary>The virtual memory is not committed (0xC000002D).</summary>
    public const NTSTATUS STATUS_NOT_COMMITTED = unchecked((NTSTATUS)0xC000002D);
    /// <summary>The combination of parameters is not valid (0xC0000030).</summary>
    public const NTSTATUS STATUS_INVALID_PARAMETER_MIX = unchecked((NTSTATUS)0xC0000030);
    /// <summary>The disk's file system structure is corrupt (0xC0000032).</summary>
    public const NTSTATUS STATUS_DISK_CORRUPT_ERROR = unchecked((NTSTATUS)0xC0000032);
    /// <summary>The object name is not valid (0xC0000033).</summary>
    public const NTSTATUS STATUS_OBJECT_NAME_INVALID = unchecked((NTSTATUS)0xC0000033);
    /// <summary>No object has that name (0xC0000034).</summary>
    public const NTSTATUS STATUS_OBJECT_NAME_NOT_FOUND = unchecked((NTSTATUS)0xC0000034);
    /// <summary>An object with that name already exists (0xC0000035).</summary>
    public const NTSTATUS STATUS_OBJECT_NAME_COLLISION = unchecked((NTSTATUS)0xC0000035);
    /// <summary>The port is disconnected (0xC0000037).</summary>
    public const NTSTATUS STATUS_PORT_DISCONNECTED = unchecked((NTSTATUS)0xC0000037);
    /// <summary>Another device is already attached to this device (IoAttachDevice) (0xC0000038).</summary>
    public const NTSTATUS STATUS_DEVICE_ALREADY_ATTACHED = unchecked((NTSTATUS)0xC0000038);
    /// <summary>The object path is not valid (0xC0000039).</summary>
    public const NTSTATUS STATUS_OBJECT_PATH_INVALID = unchecked((NTSTATUS)0xC0000039);
    /// <summary>A component of the object path does not exist (0xC000003A).</summary>
    public const NTSTATUS STATUS_OBJECT_PATH_NOT_FOUND = unchecked((NTSTATUS)0xC000003A);
    /// <summary>The object path has bad syntax (0xC000003B).</summary>
    public const NTSTATUS STATUS_OBJECT_PATH_SYNTAX_BAD = unchecked((NTSTATUS)0xC000003B);
    /// <summary>A data overrun happened (0xC000003C).</summary>
    public const NTSTATUS STATUS_DATA_OVERRUN = unchecked((NTSTATUS)0xC000003C);
    /// <summary>A data late error happened (0xC000003D).</summary>
    public const NTSTATUS STATUS_DATA_LATE_ERROR = unchecked((NTSTATUS)0xC000003D);
    /// <summary>A data error (bad data) was found reading or writing (0xC000003E).</summary>
    public const NTSTATUS STATUS_DATA_ERROR = unchecked((NTSTATUS)0xC000003E);
    /// <summary>The data failed its cyclic redundancy check (CRC) (0xC000003F).</summary>
    public const NTSTATUS STATUS_CRC_ERROR = unchecked((NTSTATUS)0xC000003F);
    /// <summary>The section is too large to map (0xC0000040).</summary>
    public const NTSTATUS STATUS_SECTION_TOO_BIG = unchecked((NTSTATUS)0xC0000040);
    /// <summary>The file cannot be opened because another open's share access does not allow it (IoCheckShareAccess) (0xC0000043).</summary>
    public const NTSTATUS STATUS_SHARING_VIOLATION = unchecked((NTSTATUS)0xC0000043);
    /// <summary>The process's quota is not enough for the operation (0xC0000044).</summary>
    public const NTSTATUS STATUS_QUOTA_EXCEEDED = unchecked((NTSTATUS)0xC0000044);
    /// <summary>The page protection is not valid (0xC0000045).</summary>
    public const NTSTATUS STATUS_INVALID_PAGE_PROTECTION = unchecked((NTSTATUS)0xC0000045);
    /// <summary>The caller does not own the mutex it tried to release (0xC0000046).</summary>
    public const NTSTATUS STATUS_MUTANT_NOT_OWNED = unchecked((NTSTATUS)0xC0000046);
    /// <summary>Releasing the semaphore would take its count above its limit (0xC0000047).</summary>
    public const NTSTATUS STATUS_SEMAPHORE_LIMIT_EXCEEDED = unchecked((NTSTATUS)0xC0000047);
    /// <summary>The section is not an image section (0xC0000049).</summary>
    public const NTSTATUS STATUS_SECTION_NOT_IMAGE = unchecked((NTSTATUS)0xC0000049);
    /// <summary>The thread's suspend count is at its maximum (0xC000004A).</summary>
    public const NTSTATUS STATUS_SUSPEND_COUNT_EXCEEDED = unchecked((NTSTATUS)0xC000004A);
    /// <summary>The thread is terminating (0xC000004B).</summary>
    public const NTSTATUS STATUS_THREAD_IS_TERMINATING = unchecked((NTSTATUS)0xC000004B);
    /// <summary>The range conflicts with a byte-range lock another open holds (0xC0000054).</summary>
    public const NTSTATUS STATUS_FILE_LOCK_CONFLICT = unchecked((NTSTATUS)0xC0000054);
    /// <summary>The byte-range lock could not be granted (0xC0000055).</summary>
    public const NTSTATUS STATUS_LOCK_NOT_GRANTED = unchecked((NTSTATUS)0xC0000055);
    /// <summary>The file is marked for deletion and cannot be opened (0xC0000056).</summary>
    public const NTSTATUS STATUS_DELETE_PENDING = unchecked((NTSTATUS)0xC0000056);
    /// <summary>Control files are not supported by this file system (0xC0000057).</summary>
    public const NTSTATUS STATUS_CTL_FILE_NOT_SUPPORTED = unchecked((NTSTATUS)0xC0000057);
    /// <summary>The revision level (of a security structure) is unknown (0xC0000058).</summary>
    public const NTSTATUS STATUS_UNKNOWN_REVISION = unchecked((NTSTATUS)0xC0000058);
    /// <summary>Two revision levels do not match (0xC0000059).</summary>
    public const NTSTATUS STATUS_REVISION_MISMATCH = unchecked((NTSTATUS)0xC0000059);
    /// <summary>The security ID cannot be the owner of this object (0xC000005A).</summary>
    public const NTSTATUS STATUS_INVALID_OWNER = unchecked((NTSTATUS)0xC000005A);
    /// <summary>The thread is not impersonating a client (0xC000005C).</summary>
    public const NTSTATUS STATUS_NO_IMPERSONATION_TOKEN = unchecked((NTSTATUS)0xC000005C);
    /// <summary>The caller does not hold a privilege the operation requires (0xC0000061).</summary>
    public const NTSTATUS STATUS_PRIVILEGE_NOT_HELD = unchecked((NTSTATUS)0xC0000061);
    /// <summary>The access control list is not valid (0xC0000077).</summary>
    public const NTSTATUS STATUS_INVALID_ACL = unchecked((NTSTATUS)0xC0000077);
    /// <summary>The security ID is not valid (0xC0000078).</summary>
    public const NTSTATUS STATUS_INVALID_SID = unchecked((NTSTATUS)0xC0000078);
    /// <summary>The security descriptor is not valid (0xC0000079).</summary>
    public const NTSTATUS STATUS_INVALID_SECURITY_DESCR = unchecked((NTSTATUS)0xC0000079);
    /// <summary>The procedure was not found in the module (0xC000007A).</summary>
    public const NTSTATUS STATUS_PROCEDURE_NOT_FOUND = unchecked((NTSTATUS)0xC000007A);
    /// <summary>The file is not a valid executable image (0xC000007B).</summary>
    public const NTSTATUS STATUS_INVALID_IMAGE_FORMAT = unchecked((NTSTATUS)0xC000007B);
    /// <summary>No token is available for the operation (0xC000007C).</summary>
    public const NTSTATUS STATUS_NO_TOKEN = unchecked((NTSTATUS)0xC000007C);
    /// <summary>The range to unlock was not locked by the caller (0xC000007E).</summary>
    public const NTSTATUS STATUS_RANGE_NOT_LOCKED = unchecked((NTSTATUS)0xC000007E);
    /// <summary>The disk is full (0xC000007F).</summary>
    public const NTSTATUS STATUS_DISK_FULL = unchecked((NTSTATUS)0xC000007F);
    /// <summary>The image has no resource section (0xC0000089).</summary>
    public const NTSTATUS STATUS_RESOURCE_DATA_NOT_FOUND = unchecked((NTSTATUS)0xC0000089);
    /// <summary>The resource type is not in the image (0xC000008A).</summary>
    public const NTSTATUS STATUS_RESOURCE_TYPE_NOT_FOUND = unchecked((NTSTATUS)0xC000008A);
    /// <summary>The resource name is not in the image (0xC000008B).</summary>
    public const NTSTATUS STATUS_RESOURCE_NAME_NOT_FOUND = unchecked((NTSTATUS)0xC000008B);
    /// <summary>An array bounds check failed (exception code) (0xC000008C).</summary>
    public const NTSTATUS STATUS_ARRAY_BOUNDS_EXCEEDED = unchecked((NTSTATUS)0xC000008C);
    /// <summary>A floating-point operation had a denormal operand (exception code) (0xC000008D).</summary>
    public const NTSTATUS STATUS_FLOAT_DENORMAL_OPERAND = unchecked((NTSTATUS)0xC000008D);
    /// <summary>A floating-point division by zero (exception code) (0xC000008E).</summary>
    public const NTSTATUS STATUS_FLOAT_DIVIDE_BY_ZERO = unchecked((NTSTATUS)0xC000008E);
    /// <summary>A floating-point result cannot be represented exactly (exception code) (0xC000008F).</summary>
    public const NTSTATUS STATUS_FLOAT_INEXACT_RESULT = unchecked((NTSTATUS)0xC000008F);
    /// <summary>An invalid floating-point operation (exception code) (0xC0000090).</summary>
    public const NTSTATUS STATUS_FLOAT_INVALID_OPERATION = unchecked((NTSTATUS)0xC0000090);
    /// <summary>A floating-point overflow (exception code) (0xC0000091).</summary>
    public const NTSTATUS STATUS_FLOAT_OVERFLOW = unchecked((NTSTATUS)0xC0000091);
    /// <summary>The floating-point stack overflowed or underflowed (exception code) (0xC0000092).</summary>
    public const NTSTATUS STATUS_FLOAT_STACK_CHECK = unchecked((NTSTATUS)0xC0000092);
    /// <summary>A floating-point underflow (exception code) (0xC0000093).</summary>
    public const NTSTATUS STATUS_FLOAT_UNDERFLOW = unchecked((NTSTATUS)0xC0000093);
    /// <summary>An integer division by zero (exception code) (0xC0000094).</summary>
    public const NTSTATUS STATUS_INTEGER_DIVIDE_BY_ZERO = unchecked((NTSTATUS)0xC0000094);
    /// <summary>An integer overflow (exception code) (0xC0000095).</summary>
    public const NTSTATUS STATUS_INTEGER_OVERFLOW = unchecked((NTSTATUS)0xC0000095);
    /// <summary>A privileged instruction was executed in user mode (exception code) (0xC0000096).</summary>
    public const NTSTATUS STATUS_PRIVILEGED_INSTRUCTION = unchecked((NTSTATUS)0xC0000096);
    /// <summary>No more paging files can be created (0xC0000097).</summary>
    public const NTSTATUS STATUS_TOO_MANY_PAGING_FILES = unchecked((NTSTATUS)0xC0000097);
    /// <summary>The volume holding the open file was changed externally; the file is no longer valid (0xC0000098).</summary>
    public const NTSTATUS STATUS_FILE_INVALID = unchecked((NTSTATUS)0xC0000098);
    /// <summary>Not enough system resources (typically pool memory) to complete the call (0xC000009A).</summary>
    public const NTSTATUS STATUS_INSUFFICIENT_RESOURCES = unchecked((NTSTATUS)0xC000009A);
    /// <summary>The device reported a data error (0xC000009C).</summary>
    public const NTSTATUS STATUS_DEVICE_DATA_ERROR = unchecked((NTSTATUS)0xC000009C);
    /// <summary>The device is not connected (0xC000009D).</summary>
    public const NTSTATUS STATUS_DEVICE_NOT_CONNECTED = unchecked((NTSTATUS)0xC000009D);
    /// <summary>The device failed to power up or lost power (0xC000009E).</summary>
    public const NTSTATUS STATUS_DEVICE_POWER_FAILURE = unchecked((NTSTATUS)0xC000009E);
    /// <summary>Virtual memory can only be released from the base of its allocation (0xC000009F).</summary>
    public const NTSTATUS STATUS_FREE_VM_NOT_AT_BASE = unchecked((NTSTATUS)0xC000009F);
}
