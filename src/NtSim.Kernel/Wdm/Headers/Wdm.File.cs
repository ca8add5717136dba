namespace NtSim;

public static partial class Wdm
{
    // wdm.h: share access (NtCreateFile ShareAccess, IO_STACK_LOCATION.Parameters.Create.ShareAccess).
    public const uint FILE_SHARE_READ = 0x00000001;
    public const uint FILE_SHARE_WRITE = 0x00000002;
    public const uint FILE_SHARE_DELETE = 0x00000004;
    public const uint FILE_SHARE_VALID_FLAGS = 0x00000007;

    // wdm.h: create dispositions (the high byte of Parameters.Create.Options).
    public const uint FILE_SUPERSEDE = 0x00000000;
    public const uint FILE_OPEN = 0x00000001;
    public const uint FILE_CREATE = 0x00000002;
    public const uint FILE_OPEN_IF = 0x00000003;
    public const uint FILE_OVERWRITE = 0x00000004;
    public const uint FILE_OVERWRITE_IF = 0x00000005;
    public const uint FILE_MAXIMUM_DISPOSITION = 0x00000005;

    // wdm.h: create options.
    public const uint FILE_DIRECTORY_FILE = 0x00000001;
    public const uint FILE_WRITE_THROUGH = 0x00000002;
    public const uint FILE_SEQUENTIAL_ONLY = 0x00000004;
    public const uint FILE_NO_INTERMEDIATE_BUFFERING = 0x00000008;
    public const uint FILE_SYNCHRONOUS_IO_ALERT = 0x00000010;
    public const uint FILE_SYNCHRONOUS_IO_NONALERT = 0x00000020;
    public const uint FILE_NON_DIRECTORY_FILE = 0x00000040;

    // wdm.h: IO_STATUS_BLOCK.Information of a create.
    public const ulong FILE_SUPERSEDED = 0x00000000;
    public const ulong FILE_OPENED = 0x00000001;
    public const ulong FILE_CREATED = 0x00000002;
    public const ulong FILE_OVERWRITTEN = 0x00000003;
    public const ulong FILE_EXISTS = 0x00000004;
    public const ulong FILE_DOES_NOT_EXIST = 0x00000005;

    // wdm.h: FILE_OBJECT.Flags.
    public const uint FO_FILE_OPEN = 0x00000001;
    public const uint FO_SYNCHRONOUS_IO = 0x00000002;
    public const uint FO_ALERTABLE_IO = 0x00000004;
    public const uint FO_NO_INTERMEDIATE_BUFFERING = 0x00000008;
    public const uint FO_WRITE_THROUGH = 0x00000010;
    public const uint FO_SEQUENTIAL_ONLY = 0x00000020;
    public const uint FO_CLEANUP_COMPLETE = 0x00004000;
    public const uint FO_HANDLE_CREATED = 0x00040000;

    public const uint FILE_ATTRIBUTE_NORMAL = 0x00000080;
}
