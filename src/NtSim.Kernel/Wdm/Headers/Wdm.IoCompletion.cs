namespace NtSim;

public static partial class Wdm
{
    // winnt.h (a user-mode header the cross-checked kernel headers lack: internal): the access rights of an I/O completion object.
    internal const uint IO_COMPLETION_QUERY_STATE = 0x0001;
    internal const uint IO_COMPLETION_MODIFY_STATE = 0x0002;
    internal const uint IO_COMPLETION_ALL_ACCESS = 0x001F0003;

    // wdm.h FILE_INFORMATION_CLASS: the classes the I/O manager handles itself for completion ports.
    /// <summary>FILE_INFORMATION_CLASS 30: associate the file with an I/O completion port.</summary>
    public const int FileCompletionInformation = 30;
    /// <summary>FILE_INFORMATION_CLASS 41: set the file's completion notification modes (FILE_SKIP_ flags).</summary>
    public const int FileIoCompletionNotificationInformation = 41;

    // wdm.h FILE_OBJECT.Flags set by FileIoCompletionNotificationInformation.
    /// <summary>FILE_OBJECT.Flags 0x02000000: do not queue a completion packet for a request that succeeds synchronously.</summary>
    public const uint FO_SKIP_COMPLETION_PORT = 0x02000000;
    /// <summary>FILE_OBJECT.Flags 0x04000000: do not signal the file object when a request completes.</summary>
    public const uint FO_SKIP_SET_EVENT = 0x04000000;

    // ntifs.h / winbase.h: the FileIoCompletionNotificationInformation flags (SetFileCompletionNotificationModes).
    /// <summary>Completion mode 0x1: no completion packet for a request that succeeds synchronously.</summary>
    public const byte FILE_SKIP_COMPLETION_PORT_ON_SUCCESS = 0x1;
    /// <summary>Completion mode 0x2: do not signal the file handle when a request completes.</summary>
    public const byte FILE_SKIP_SET_EVENT_ON_HANDLE = 0x2;
}
