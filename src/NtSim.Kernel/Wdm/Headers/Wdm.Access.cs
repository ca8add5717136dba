namespace NtSim;

public static partial class Wdm
{
    // wdm.h: ACCESS_MASK (a ULONG) bits. Bits 0-15 are specific to the object type, 16-23 standard
    // rights, 24 ACCESS_SYSTEM_SECURITY, 25 MAXIMUM_ALLOWED, 28-31 generic rights.
    public const uint DELETE = 0x00010000;
    public const uint READ_CONTROL = 0x00020000;
    public const uint WRITE_DAC = 0x00040000;
    public const uint WRITE_OWNER = 0x00080000;
    public const uint SYNCHRONIZE = 0x00100000;
    public const uint STANDARD_RIGHTS_REQUIRED = 0x000F0000;
    public const uint STANDARD_RIGHTS_READ = READ_CONTROL;
    public const uint STANDARD_RIGHTS_WRITE = READ_CONTROL;
    public const uint STANDARD_RIGHTS_EXECUTE = READ_CONTROL;
    public const uint STANDARD_RIGHTS_ALL = 0x001F0000;
    public const uint SPECIFIC_RIGHTS_ALL = 0x0000FFFF;
    public const uint ACCESS_SYSTEM_SECURITY = 0x01000000;
    public const uint MAXIMUM_ALLOWED = 0x02000000;
    public const uint GENERIC_READ = 0x80000000;
    public const uint GENERIC_WRITE = 0x40000000;
    public const uint GENERIC_EXECUTE = 0x20000000;
    public const uint GENERIC_ALL = 0x10000000;

    // Event, semaphore, thread and process rights (the *_ALL_ACCESS values are the Vista+ ones).
    public const uint EVENT_QUERY_STATE = 0x0001;
    public const uint EVENT_MODIFY_STATE = 0x0002;
    public const uint EVENT_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3;
    public const uint SEMAPHORE_QUERY_STATE = 0x0001;
    public const uint SEMAPHORE_MODIFY_STATE = 0x0002;
    public const uint SEMAPHORE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3;
    public const uint THREAD_TERMINATE = 0x0001;
    public const uint THREAD_SUSPEND_RESUME = 0x0002;
    public const uint THREAD_ALERT = 0x0004;
    public const uint THREAD_GET_CONTEXT = 0x0008;
    public const uint THREAD_SET_CONTEXT = 0x0010;
    public const uint THREAD_SET_INFORMATION = 0x0020;
    public const uint THREAD_SET_LIMITED_INFORMATION = 0x0400;
    public const uint THREAD_QUERY_LIMITED_INFORMATION = 0x0800;
    public const uint THREAD_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF;
    public const uint PROCESS_DUP_HANDLE = 0x0040;
    public const uint PROCESS_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF;

    // Object directory, symbolic link, object type and section rights.
    public const uint OBJECT_TYPE_CREATE = 0x0001;
    public const uint OBJECT_TYPE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0x1;
    public const uint DIRECTORY_QUERY = 0x0001;
    public const uint DIRECTORY_TRAVERSE = 0x0002;
    public const uint DIRECTORY_CREATE_OBJECT = 0x0004;
    public const uint DIRECTORY_CREATE_SUBDIRECTORY = 0x0008;
    public const uint DIRECTORY_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0xF;
    public const uint SYMBOLIC_LINK_QUERY = 0x0001;
    public const uint SYMBOLIC_LINK_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0x1;
    public const uint SECTION_QUERY = 0x0001;
    public const uint SECTION_MAP_WRITE = 0x0002;
    public const uint SECTION_MAP_READ = 0x0004;
    public const uint SECTION_MAP_EXECUTE = 0x0008;
    public const uint SECTION_EXTEND_SIZE = 0x0010;
    public const uint SECTION_MAP_EXECUTE_EXPLICIT = 0x0020;
    public const uint SECTION_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE
        | SECTION_MAP_READ | SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE;

    // Registry key rights (ZwCreateKey, ZwOpenKey).
    public const uint KEY_QUERY_VALUE = 0x0001;
    public const uint KEY_SET_VALUE = 0x0002;
    public const uint KEY_CREATE_SUB_KEY = 0x0004;
    public const uint KEY_ENUMERATE_SUB_KEYS = 0x0008;
    public const uint KEY_NOTIFY = 0x0010;
    public const uint KEY_CREATE_LINK = 0x0020;
    public const uint KEY_WOW64_64KEY = 0x0100;
    public const uint KEY_WOW64_32KEY = 0x0200;
    public const uint KEY_WOW64_RES = 0x0300;
    public const uint KEY_READ = (STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY)
        & ~SYNCHRONIZE;
    public const uint KEY_WRITE = (STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) & ~SYNCHRONIZE;
    public const uint KEY_EXECUTE = KEY_READ & ~SYNCHRONIZE;
    public const uint KEY_ALL_ACCESS = (STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY
        | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY | KEY_CREATE_LINK) & ~SYNCHRONIZE;

    // File and directory rights (FILE_READ_DATA and FILE_WRITE_DATA are with the IOCTL codes).
    public const uint FILE_LIST_DIRECTORY = 0x00000001;
    public const uint FILE_ADD_FILE = 0x00000002;
    public const uint FILE_ADD_SUBDIRECTORY = 0x00000004;
    public const uint FILE_APPEND_DATA = 0x00000004;
    public const uint FILE_CREATE_PIPE_INSTANCE = 0x00000004;
    public const uint FILE_READ_EA = 0x00000008;
    public const uint FILE_WRITE_EA = 0x00000010;
    public const uint FILE_EXECUTE = 0x00000020;
    public const uint FILE_TRAVERSE = 0x00000020;
    public const uint FILE_DELETE_CHILD = 0x00000040;
    public const uint FILE_READ_ATTRIBUTES = 0x00000080;
    public const uint FILE_WRITE_ATTRIBUTES = 0x00000100;
    public const uint FILE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF;
    public const uint FILE_GENERIC_EXECUTE = STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE;
    public const uint FILE_GENERIC_READ = STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA
        | SYNCHRONIZE;
    public const uint FILE_GENERIC_WRITE = STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES
        | FILE_WRITE_EA | FILE_APPEND_DATA | SYNCHRONIZE;

    // ntdef.h: OBJECT_ATTRIBUTES.Attributes (InitializeObjectAttributes).
    public const uint OBJ_INHERIT = 0x00000002;
    public const uint OBJ_PERMANENT = 0x00000010;
    public const uint OBJ_EXCLUSIVE = 0x00000020;
    public const uint OBJ_CASE_INSENSITIVE = 0x00000040;
    public const uint OBJ_OPENIF = 0x00000080;
    public const uint OBJ_OPENLINK = 0x00000100;
    public const uint OBJ_KERNEL_HANDLE = 0x00000200;
    public const uint OBJ_FORCE_ACCESS_CHECK = 0x00000400;
    public const uint OBJ_IGNORE_IMPERSONATED_DEVICEMAP = 0x00000800;
    public const uint OBJ_DONT_REPARSE = 0x00001000;
    public const uint OBJ_VALID_ATTRIBUTES = 0x00001FF2;
}
