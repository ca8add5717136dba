namespace NtSim;

public static partial class Wdm
{
    // wdm.h: ACCESS_MASK (a ULONG) bits. Bits 0-15 are specific to the object type, 16-23 standard
    // rights, 24 ACCESS_SYSTEM_SECURITY, 25 MAXIMUM_ALLOWED, 28-31 generic rights.
    /// <summary>Standard right 0x00010000: delete the object.</summary>
    public const uint DELETE = 0x00010000;
    /// <summary>Standard right 0x00020000: read the object's security descriptor, except its SACL.</summary>
    public const uint READ_CONTROL = 0x00020000;
    /// <summary>Standard right 0x00040000: change the DACL of the object's security descriptor.</summary>
    public const uint WRITE_DAC = 0x00040000;
    /// <summary>Standard right 0x00080000: change the owner of the object's security descriptor.</summary>
    public const uint WRITE_OWNER = 0x00080000;
    /// <summary>Standard right 0x00100000: wait on the object (use it in a wait function).</summary>
    public const uint SYNCHRONIZE = 0x00100000;
    /// <summary>DELETE, READ_CONTROL, WRITE_DAC and WRITE_OWNER together (0x000F0000).</summary>
    public const uint STANDARD_RIGHTS_REQUIRED = 0x000F0000;
    /// <summary>The standard rights of a read access: READ_CONTROL.</summary>
    public const uint STANDARD_RIGHTS_READ = READ_CONTROL;
    /// <summary>The standard rights of a write access: READ_CONTROL.</summary>
    public const uint STANDARD_RIGHTS_WRITE = READ_CONTROL;
    /// <summary>The standard rights of an execute access: READ_CONTROL.</summary>
    public const uint STANDARD_RIGHTS_EXECUTE = READ_CONTROL;
    /// <summary>All the standard rights: STANDARD_RIGHTS_REQUIRED and SYNCHRONIZE (0x001F0000).</summary>
    public const uint STANDARD_RIGHTS_ALL = 0x001F0000;
    /// <summary>All the object-specific rights (the low 16 bits of an ACCESS_MASK).</summary>
    public const uint SPECIFIC_RIGHTS_ALL = 0x0000FFFF;
    /// <summary>Access to the object's SACL (0x01000000); needs the SeSecurityPrivilege.</summary>
    public const uint ACCESS_SYSTEM_SECURITY = 0x01000000;
    /// <summary>Ask for every access the caller can be granted (0x02000000); the granted mask says which.</summary>
    public const uint MAXIMUM_ALLOWED = 0x02000000;
    /// <summary>Generic read access (0x80000000); the object type's generic mapping turns it into specific rights.</summary>
    public const uint GENERIC_READ = 0x80000000;
    /// <summary>Generic write access (0x40000000); the object type's generic mapping turns it into specific rights.</summary>
    public const uint GENERIC_WRITE = 0x40000000;
    /// <summary>Generic execute access (0x20000000); the object type's generic mapping turns it into specific rights.</summary>
    public const uint GENERIC_EXECUTE = 0x20000000;
    /// <summary>All generic access (0x10000000); the object type's generic mapping turns it into specific rights.</summary>
    public const uint GENERIC_ALL = 0x10000000;

    // Event, semaphore, thread and process rights (the *_ALL_ACCESS values are the Vista+ ones).
    /// <summary>Event right 0x0001: query the event's state.</summary>
    public const uint EVENT_QUERY_STATE = 0x0001;
    /// <summary>Event right 0x0002: set or reset the event (KeSetEvent, ZwSetEvent).</summary>
    public const uint EVENT_MODIFY_STATE = 0x0002;
    /// <summary>All event rights: STANDARD_RIGHTS_REQUIRED, SYNCHRONIZE and 0x3.</summary>
    public const uint EVENT_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3;
    /// <summary>Semaphore right 0x0001: query the semaphore's state.</summary>
    public const uint SEMAPHORE_QUERY_STATE = 0x0001;
    /// <summary>Semaphore right 0x0002: release the semaphore (change its count).</summary>
    public const uint SEMAPHORE_MODIFY_STATE = 0x0002;
    /// <summary>All semaphore rights: STANDARD_RIGHTS_REQUIRED, SYNCHRONIZE and 0x3.</summary>
    public const uint SEMAPHORE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3;
    /// <summary>Thread right 0x0001: terminate the thread.</summary>
    public const uint THREAD_TERMINATE = 0x0001;
    /// <summary>Thread right 0x0002: suspend or resume the thread.</summary>
    public const uint THREAD_SUSPEND_RESUME = 0x0002;
    /// <summary>Thread right 0x0004: alert the thread.</summary>
    public const uint THREAD_ALERT = 0x0004;
    /// <summary>Thread right 0x0008: read the thread's context (registers).</summary>
    public const uint THREAD_GET_CONTEXT = 0x0008;
    /// <summary>Thread right 0x0010: write the thread's context (registers).</summary>
    public const uint THREAD_SET_CONTEXT = 0x0010;
    /// <summary>Thread right 0x0020: set information of the thread (e.g. its priority).</summary>
    public const uint THREAD_SET_INFORMATION = 0x0020;
    /// <summary>Thread right 0x0400: set a limited part of the thread's information.</summary>
    public const uint THREAD_SET_LIMITED_INFORMATION = 0x0400;
    /// <summary>Thread right 0x0800: query a limited part of the thread's information.</summary>
    public const uint THREAD_QUERY_LIMITED_INFORMATION = 0x0800;
    /// <summary>All thread rights: STANDARD_RIGHTS_REQUIRED, SYNCHRONIZE and 0xFFFF.</summary>
    public const uint THREAD_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF;
    /// <summary>Process right 0x0040: duplicate handles into or out of the process.</summary>
    public const uint PROCESS_DUP_HANDLE = 0x0040;
    /// <summary>All process rights: STANDARD_RIGHTS_REQUIRED, SYNCHRONIZE and 0xFFFF.</summary>
    public const uint PROCESS_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF;

    // Object directory, symbolic link, object type and section rights.
    /// <summary>Object type right 0x0001: create an object of the type.</summary>
    public const uint OBJECT_TYPE_CREATE = 0x0001;
    /// <summary>All object type rights: STANDARD_RIGHTS_REQUIRED and OBJECT_TYPE_CREATE.</summary>
    public const uint OBJECT_TYPE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0x1;
    /// <summary>Object directory right 0x0001: query the directory (list its entries).</summary>
    public const uint DIRECTORY_QUERY = 0x0001;
    /// <summary>Object directory right 0x0002: look up names in the directory.</summary>
    public const uint DIRECTORY_TRAVERSE = 0x0002;
    /// <summary>Object directory right 0x0004: create an object in the directory.</summary>
    public const uint DIRECTORY_CREATE_OBJECT = 0x0004;
    /// <summary>Object directory right 0x0008: create a subdirectory in the directory.</summary>
    public const uint DIRECTORY_CREATE_SUBDIRECTORY = 0x0008;
    /// <summary>All object directory rights: STANDARD_RIGHTS_REQUIRED and 0xF.</summary>
    public const uint DIRECTORY_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0xF;
    /// <summary>Symbolic link right 0x0001: query the link's target (ZwQuerySymbolicLinkObject).</summary>
    public const uint SYMBOLIC_LINK_QUERY = 0x0001;
    /// <summary>All symbolic link rights: STANDARD_RIGHTS_REQUIRED and SYMBOLIC_LINK_QUERY.</summary>
    public const uint SYMBOLIC_LINK_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | 0x1;
    /// <summary>Section right 0x0001: query the section's information.</summary>
    public const uint SECTION_QUERY = 0x0001;
    /// <summary>Section right 0x0002: map a writable view of the section.</summary>
    public const uint SECTION_MAP_WRITE = 0x0002;
    /// <summary>Section right 0x0004: map a readable view of the section.</summary>
    public const uint SECTION_MAP_READ = 0x0004;
    /// <summary>Section right 0x0008: map an executable view of the section.</summary>
    public const uint SECTION_MAP_EXECUTE = 0x0008;
    /// <summary>Section right 0x0010: extend the section's size.</summary>
    public const uint SECTION_EXTEND_SIZE = 0x0010;
    /// <summary>Section right 0x0020: map a view executable, given explicitly (not included in SECTION_ALL_ACCESS).</summary>
    public const uint SECTION_MAP_EXECUTE_EXPLICIT = 0x0020;
    /// <summary>All section rights: STANDARD_RIGHTS_REQUIRED, query, map read, write and execute, and extend size.</summary>
    public const uint SECTION_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE
        | SECTION_MAP_READ | SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE;

    // Registry key rights (ZwCreateKey, ZwOpenKey).
    /// <summary>Registry key right 0x0001: read the key's values (ZwQueryValueKey).</summary>
    public const uint KEY_QUERY_VALUE = 0x0001;
    /// <summary>Registry key right 0x0002: create, change or delete the key's values (ZwSetValueKey).</summary>
    public const uint KEY_SET_VALUE = 0x0002;
    /// <summary>Registry key right 0x0004: create subkeys.</summary>
    public const uint KEY_CREATE_SUB_KEY = 0x0004;
    /// <summary>Registry key right 0x0008: list the key's subkeys (ZwEnumerateKey).</summary>
    public const uint KEY_ENUMERATE_SUB_KEYS = 0x0008;
    /// <summary>Registry key right 0x0010: ask for change notifications on the key.</summary>
    public const uint KEY_NOTIFY = 0x0010;
    /// <summary>Registry key right 0x0020: create a symbolic link key (reserved for the system).</summary>
    public const uint KEY_CREATE_LINK = 0x0020;
    /// <summary>Registry key flag 0x0100: a 32-bit caller opens the 64-bit view of the registry.</summary>
    public const uint KEY_WOW64_64KEY = 0x0100;
    /// <summary>Registry key flag 0x0200: a 64-bit caller opens the 32-bit view of the registry.</summary>
    public const uint KEY_WOW64_32KEY = 0x0200;
    /// <summary>Both KEY_WOW64_ flags (0x0300), the bits reserved for the registry view.</summary>
    public const uint KEY_WOW64_RES = 0x0300;
    /// <summary>Read access to a key: READ_CONTROL, KEY_QUERY_VALUE, KEY_ENUMERATE_SUB_KEYS and KEY_NOTIFY (0x20019).</summary>
    public const uint KEY_READ = (STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY)
        & ~SYNCHRONIZE;
    /// <summary>Write access to a key: READ_CONTROL, KEY_SET_VALUE and KEY_CREATE_SUB_KEY (0x20006).</summary>
    public const uint KEY_WRITE = (STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) & ~SYNCHRONIZE;
    /// <summary>Execute access to a key: the same rights as KEY_READ.</summary>
    public const uint KEY_EXECUTE = KEY_READ & ~SYNCHRONIZE;
    /// <summary>All key rights: STANDARD_RIGHTS_ALL and every KEY_ right, without SYNCHRONIZE (0xF003F).</summary>
    public const uint KEY_ALL_ACCESS = (STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY
        | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY | KEY_CREATE_LINK) & ~SYNCHRONIZE;

    // File and directory rights (FILE_READ_DATA and FILE_WRITE_DATA are with the IOCTL codes).
    /// <summary>Directory right 0x00000001: list the directory's contents.</summary>
    public const uint FILE_LIST_DIRECTORY = 0x00000001;
    /// <summary>Directory right 0x00000002: create a file in the directory.</summary>
    public const uint FILE_ADD_FILE = 0x00000002;
    /// <summary>Directory right 0x00000004: create a subdirectory.</summary>
    public const uint FILE_ADD_SUBDIRECTORY = 0x00000004;
    /// <summary>File right 0x00000004: append data to the end of the file.</summary>
    public const uint FILE_APPEND_DATA = 0x00000004;
    /// <summary>Named pipe right 0x00000004: create a pipe instance.</summary>
    public const uint FILE_CREATE_PIPE_INSTANCE = 0x00000004;
    /// <summary>File right 0x00000008: read the file's extended attributes.</summary>
    public const uint FILE_READ_EA = 0x00000008;
    /// <summary>File right 0x00000010: write the file's extended attributes.</summary>
    public const uint FILE_WRITE_EA = 0x00000010;
    /// <summary>File right 0x00000020: execute the file.</summary>
    public const uint FILE_EXECUTE = 0x00000020;
    /// <summary>Directory right 0x00000020: traverse the directory (same bit as FILE_EXECUTE).</summary>
    public const uint FILE_TRAVERSE = 0x00000020;
    /// <summary>Directory right 0x00000040: delete the directory and any files it holds.</summary>
    public const uint FILE_DELETE_CHILD = 0x00000040;
    /// <summary>File right 0x00000080: read the file's attributes.</summary>
    public const uint FILE_READ_ATTRIBUTES = 0x00000080;
    /// <summary>File right 0x00000100: change the file's attributes.</summary>
    public const uint FILE_WRITE_ATTRIBUTES = 0x00000100;
    /// <summary>All file rights: STANDARD_RIGHTS_REQUIRED, SYNCHRONIZE and 0x1FF.</summary>
    public const uint FILE_ALL_ACCESS = STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF;
    /// <summary>The file rights GENERIC_EXECUTE maps to: READ_CONTROL, FILE_READ_ATTRIBUTES, FILE_EXECUTE and SYNCHRONIZE.</summary>
    public const uint FILE_GENERIC_EXECUTE = STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE;
    /// <summary>The file rights GENERIC_READ maps to: READ_CONTROL, FILE_READ_DATA, FILE_READ_ATTRIBUTES, FILE_READ_EA and SYNCHRONIZE.</summary>
    public const uint FILE_GENERIC_READ = STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA
        | SYNCHRONIZE;
    /// <summary>The file rights GENERIC_WRITE maps to: READ_CONTROL, FILE_WRITE_DATA, FILE_WRITE_ATTRIBUTES, FILE_WRITE_EA, FILE_APPEND_DATA and SYNCHRONIZE.</summary>
    public const uint FILE_GENERIC_WRITE = STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES
        | FILE_WRITE_EA | FILE_APPEND_DATA | SYNCHRONIZE;

    // ntdef.h: OBJECT_ATTRIBUTES.Attributes (InitializeObjectAttributes).
    /// <summary>Object attribute 0x00000002: a child process inherits the handle.</summary>
    public const uint OBJ_INHERIT = 0x00000002;
    /// <summary>Object attribute 0x00000010: the object stays in the namespace after its last handle is closed (until ZwMakeTemporaryObject).</summary>
    public const uint OBJ_PERMANENT = 0x00000010;
    /// <summary>Object attribute 0x00000020: only this process may open handles to the object.</summary>
    public const uint OBJ_EXCLUSIVE = 0x00000020;
    /// <summary>Object attribute 0x00000040: match the name without regard to case.</summary>
    public const uint OBJ_CASE_INSENSITIVE = 0x00000040;
    /// <summary>Object attribute 0x00000080: if an object of that name exists, open it instead of failing the create.</summary>
    public const uint OBJ_OPENIF = 0x00000080;
    /// <summary>Object attribute 0x00000100: open the symbolic link itself, not its target.</summary>
    public const uint OBJ_OPENLINK = 0x00000100;
    /// <summary>Object attribute 0x00000200: the handle lives in the kernel handle table, usable in any process context; drivers should always set it.</summary>
    public const uint OBJ_KERNEL_HANDLE = 0x00000200;
    /// <summary>Object attribute 0x00000400: check access even though the caller is in kernel mode.</summary>
    public const uint OBJ_FORCE_ACCESS_CHECK = 0x00000400;
    /// <summary>Object attribute 0x00000800: use the process's device map, not the impersonated user's.</summary>
    public const uint OBJ_IGNORE_IMPERSONATED_DEVICEMAP = 0x00000800;
    /// <summary>Object attribute 0x00001000: fail the open if a reparse point is met.</summary>
    public const uint OBJ_DONT_REPARSE = 0x00001000;
    /// <summary>All the valid OBJ_ attribute bits (0x00001FF2).</summary>
    public const uint OBJ_VALID_ATTRIBUTES = 0x00001FF2;
}
