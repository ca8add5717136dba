namespace NtSim;

/// <summary>
/// The object types of the kernel, as <c>!object \ObjectTypes</c> lists them. Body sizes are the
/// x64 sizes of the structures (DEVICE_OBJECT 0x150, FILE_OBJECT 0xD8...), so that addresses are
/// spaced as on Windows; the generic mappings are the types' GENERIC_MAPPING.
/// </summary>
internal static class ObjectTypes
{
    // winnt.h rights the ddk headers do not define: THREAD_QUERY_INFORMATION, PROCESS_VM_READ | PROCESS_QUERY_INFORMATION.
    private const uint ThreadQueryInformation = 0x0040;
    private const uint ProcessGenericRead = 0x0010 | 0x0400;

    // FILE_GENERIC_READ/WRITE/EXECUTE and FILE_ALL_ACCESS (winnt.h), shared by the I/O types.
    private static readonly GenericMapping s_file = new(0x00120089, 0x00120116, 0x001200A0, 0x001F01FF);

    // The rights of a simple waitable object: query 0x1, modify 0x2, plus SYNCHRONIZE.
    private static readonly GenericMapping s_waitable = new(0x00020001, 0x00020002, 0x00120000, 0x001F0003);

    internal static readonly OBJECT_TYPE Type = new("Type", Wdm.OBJECT_TYPE_ALL_ACCESS,
        new(Wdm.STANDARD_RIGHTS_READ, Wdm.STANDARD_RIGHTS_WRITE, Wdm.STANDARD_RIGHTS_EXECUTE, Wdm.OBJECT_TYPE_ALL_ACCESS), 0xD8, "ObjT");

    internal static readonly OBJECT_TYPE Directory = new("Directory", Wdm.DIRECTORY_ALL_ACCESS,
        new(Wdm.STANDARD_RIGHTS_READ | Wdm.DIRECTORY_QUERY | Wdm.DIRECTORY_TRAVERSE,
            Wdm.STANDARD_RIGHTS_WRITE | Wdm.DIRECTORY_CREATE_OBJECT | Wdm.DIRECTORY_CREATE_SUBDIRECTORY,
            Wdm.STANDARD_RIGHTS_EXECUTE | Wdm.DIRECTORY_QUERY | Wdm.DIRECTORY_TRAVERSE, Wdm.DIRECTORY_ALL_ACCESS), 0x150);

    internal static readonly OBJECT_TYPE SymbolicLink = new("SymbolicLink", Wdm.SYMBOLIC_LINK_ALL_ACCESS,
        new(Wdm.STANDARD_RIGHTS_READ | Wdm.SYMBOLIC_LINK_QUERY, Wdm.STANDARD_RIGHTS_WRITE,
            Wdm.STANDARD_RIGHTS_EXECUTE | Wdm.SYMBOLIC_LINK_QUERY, Wdm.SYMBOLIC_LINK_ALL_ACCESS), 0x38);

    internal static readonly OBJECT_TYPE Token = new("Token", 0x000F01FF, new(0x00020008, 0x000200E0, 0x00020000, 0x000F01FF), 0x4A0);

    // Named objects kernel32 creates compare names case-sensitively ("Name comparison is case sensitive":
    // CreateEvent, CreateMutex, CreateSemaphore, CreateWaitableTimer, CreateFileMapping, CreateJobObject).
    internal static readonly OBJECT_TYPE Job = new("Job", 0x001F003F, new(0x00020004, 0x0002000B, 0x00120000, 0x001F003F), 0x530) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE Process = new("Process", Wdm.PROCESS_ALL_ACCESS,
        new(Wdm.STANDARD_RIGHTS_READ | ProcessGenericRead, 0x00020BEB, 0x00120000, Wdm.PROCESS_ALL_ACCESS), 0x850);

    internal static readonly OBJECT_TYPE Thread = new("Thread", Wdm.THREAD_ALL_ACCESS,
        new(Wdm.STANDARD_RIGHTS_READ | Wdm.THREAD_GET_CONTEXT | ThreadQueryInformation,
            Wdm.STANDARD_RIGHTS_WRITE | Wdm.THREAD_TERMINATE | Wdm.THREAD_SUSPEND_RESUME | Wdm.THREAD_ALERT
                | Wdm.THREAD_SET_INFORMATION | Wdm.THREAD_SET_CONTEXT,
            Wdm.STANDARD_RIGHTS_EXECUTE | Wdm.SYNCHRONIZE, Wdm.THREAD_ALL_ACCESS), 0x480);

    internal static readonly OBJECT_TYPE Event = new("Event", Wdm.EVENT_ALL_ACCESS, s_waitable, 0x18) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE Mutant = new("Mutant", 0x001F0001, new(0x00020001, 0x00020000, 0x00120000, 0x001F0001), 0x38) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE Semaphore = new("Semaphore", 0x001F0003, s_waitable, 0x20) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE Timer = new("Timer", 0x001F0003, s_waitable, 0x40) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE IoCompletion = new("IoCompletion", 0x001F0003, s_waitable, 0x40);

    internal static readonly OBJECT_TYPE Callback = new("Callback", 0x001F0001, new(0x00020001, 0x00020000, 0x00120000, 0x001F0001), 0x40);

    internal static readonly OBJECT_TYPE Section = new("Section", 0x000F001F, new(0x00020005, 0x00020002, 0x00020008, 0x000F001F), 0x30) { CaseInsensitive = false };

    internal static readonly OBJECT_TYPE Key = new("Key", 0x000F003F, new(0x00020019, 0x00020006, 0x00020019, 0x000F003F), 0x18);

    internal static readonly OBJECT_TYPE Adapter = new("Adapter", 0x001F01FF, s_file, 0x60);

    internal static readonly OBJECT_TYPE Controller = new("Controller", 0x001F01FF, s_file, 0x48);

    internal static readonly OBJECT_TYPE Device = new("Device", 0x001F01FF, s_file, 0x150);

    internal static readonly OBJECT_TYPE Driver = new("Driver", 0x001F01FF,
        new(Wdm.STANDARD_RIGHTS_READ, Wdm.STANDARD_RIGHTS_WRITE, Wdm.STANDARD_RIGHTS_EXECUTE, 0x001F01FF), 0x150);

    internal static readonly OBJECT_TYPE File = new("File", 0x001F01FF, s_file, 0xD8);

    /// <summary>Every type, in the order the kernel creates them at boot.</summary>
    internal static IReadOnlyList<OBJECT_TYPE> All { get; } =
    [
        Type, Directory, SymbolicLink, Token, Job, Process, Thread, Event, Mutant, Semaphore, Timer,
        IoCompletion, Callback, Section, Key, Adapter, Controller, Device, Driver, File,
    ];
}
