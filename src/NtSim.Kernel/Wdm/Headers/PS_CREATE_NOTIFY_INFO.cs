namespace NtSim;

/// <summary>PCREATE_PROCESS_NOTIFY_ROUTINE (ntddk.h): Create TRUE for a new process, FALSE when it exits.</summary>
public delegate void PCREATE_PROCESS_NOTIFY_ROUTINE(HANDLE ParentId, HANDLE ProcessId, bool Create);

/// <summary>PCREATE_PROCESS_NOTIFY_ROUTINE_EX (ntddk.h): CreateInfo for a new process, null when it exits.</summary>
public delegate void PCREATE_PROCESS_NOTIFY_ROUTINE_EX(EPROCESS Process, HANDLE ProcessId, PS_CREATE_NOTIFY_INFO? CreateInfo);

/// <summary>PCREATE_THREAD_NOTIFY_ROUTINE (ntddk.h): Create TRUE for a new thread, FALSE when it exits.</summary>
public delegate void PCREATE_THREAD_NOTIFY_ROUTINE(HANDLE ProcessId, HANDLE ThreadId, bool Create);

/// <summary>PLOAD_IMAGE_NOTIFY_ROUTINE (ntddk.h): ProcessId 0 for a driver image.</summary>
public delegate void PLOAD_IMAGE_NOTIFY_ROUTINE(UNICODE_STRING FullImageName, HANDLE ProcessId, IMAGE_INFO ImageInfo);

/// <summary>PSCREATETHREADNOTIFYTYPE (ntddk.h), for PsSetCreateThreadNotifyRoutineEx.</summary>
public enum PSCREATETHREADNOTIFYTYPE
{
    /// <summary>Non-system threads only; the routine runs on the new thread.</summary>
    PsCreateThreadNotifyNonSystem = 0,

    /// <summary>Threads of every subsystem (the routine of PsSetCreateThreadNotifyRoutine).</summary>
    PsCreateThreadNotifySubsystems = 1,
}

/// <summary>
/// PS_CREATE_NOTIFY_INFO (ntddk.h): what a PCREATE_PROCESS_NOTIFY_ROUTINE_EX learns of a new process.
/// A driver refuses the creation by setting <see cref="CreationStatus"/> to an error.
/// </summary>
public sealed class PS_CREATE_NOTIFY_INFO
{
    /// <summary>The size of the structure on x64.</summary>
    public nuint Size { get; internal init; } = 0x48;

    /// <summary>Whether ImageFileName is the name the file was opened by (FileOpenNameAvailable): false here,
    /// the image name is the one the process was started with.</summary>
    public bool FileOpenNameAvailable { get; internal init; }

    /// <summary>IsSubsystemProcess: false (a Win32 process).</summary>
    public bool IsSubsystemProcess { get; internal init; }

    /// <summary>The ID of the new process's parent (the process it inherits from).</summary>
    public HANDLE ParentProcessId { get; internal init; }

    /// <summary>The process and thread that created the process.</summary>
    public CLIENT_ID CreatingThreadId { get; internal init; }

    /// <summary>The image's file object: NtSim has no file system for images (null).</summary>
    public FILE_OBJECT? FileObject { get; internal init; }

    /// <summary>The name of the process's executable file.</summary>
    public UNICODE_STRING ImageFileName { get; internal init; }

    /// <summary>The command line the process was started with.</summary>
    public UNICODE_STRING CommandLine { get; internal init; }

    /// <summary>STATUS_SUCCESS unless a driver refuses the creation with an error status.</summary>
    public NTSTATUS CreationStatus { get; set; }
}

/// <summary>IMAGE_INFO (ntddk.h), the fields NtSim can fill: a driver image is system-mode and mapped
/// to every process; a process image is the process's own.</summary>
public sealed class IMAGE_INFO
{
    /// <summary>IMAGE_ADDRESSING_MODE_32BIT (3), which the documentation says is always set.</summary>
    public uint ImageAddressingMode { get; internal init; } = 3;

    /// <summary>TRUE for a kernel-mode image (a driver), FALSE for an image mapped into user space.</summary>
    public bool SystemModeImage { get; internal init; }

    /// <summary>TRUE when the image is mapped into every process (ProcessId is 0).</summary>
    public bool ImageMappedToAllPids { get; internal init; }

    /// <summary>TRUE when the structure is part of an IMAGE_INFO_EX.</summary>
    public bool ExtendedInfoPresent { get; internal init; }

    /// <summary>The virtual address the image is loaded at.</summary>
    public PVOID ImageBase { get; internal init; }

    /// <summary>Not used (0).</summary>
    public uint ImageSelector { get; internal init; }

    /// <summary>The size of the image, in bytes.</summary>
    public nuint ImageSize { get; internal init; }

    /// <summary>Not used (0).</summary>
    public uint ImageSectionNumber { get; internal init; }
}
