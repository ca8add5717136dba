namespace NtSim;

public static partial class Wdm
{
    // wdm.h: share access (NtCreateFile ShareAccess, IO_STACK_LOCATION.Parameters.Create.ShareAccess).
    /// <summary>Share access 0x00000001: later opens may read the file.</summary>
    public const uint FILE_SHARE_READ = 0x00000001;
    /// <summary>Share access 0x00000002: later opens may write the file.</summary>
    public const uint FILE_SHARE_WRITE = 0x00000002;
    /// <summary>Share access 0x00000004: later opens may delete or rename the file.</summary>
    public const uint FILE_SHARE_DELETE = 0x00000004;
    /// <summary>All the share access bits (0x00000007).</summary>
    public const uint FILE_SHARE_VALID_FLAGS = 0x00000007;

    // wdm.h: create dispositions (the high byte of Parameters.Create.Options).
    /// <summary>Create disposition 0x00000000: replace the file if it exists, else create it.</summary>
    public const uint FILE_SUPERSEDE = 0x00000000;
    /// <summary>Create disposition 0x00000001: open the file; fail if it does not exist.</summary>
    public const uint FILE_OPEN = 0x00000001;
    /// <summary>Create disposition 0x00000002: create the file; fail if it exists.</summary>
    public const uint FILE_CREATE = 0x00000002;
    /// <summary>Create disposition 0x00000003: open the file if it exists, else create it.</summary>
    public const uint FILE_OPEN_IF = 0x00000003;
    /// <summary>Create disposition 0x00000004: open and truncate the file; fail if it does not exist.</summary>
    public const uint FILE_OVERWRITE = 0x00000004;
    /// <summary>Create disposition 0x00000005: open and truncate the file if it exists, else create it.</summary>
    public const uint FILE_OVERWRITE_IF = 0x00000005;
    /// <summary>The highest create disposition (0x00000005).</summary>
    public const uint FILE_MAXIMUM_DISPOSITION = 0x00000005;

    // wdm.h: create options.
    /// <summary>Create option 0x00000001: the file must be a directory.</summary>
    public const uint FILE_DIRECTORY_FILE = 0x00000001;
    /// <summary>Create option 0x00000002: writes go through to the media before they complete.</summary>
    public const uint FILE_WRITE_THROUGH = 0x00000002;
    /// <summary>Create option 0x00000004: the file is accessed sequentially (a caching hint).</summary>
    public const uint FILE_SEQUENTIAL_ONLY = 0x00000004;
    /// <summary>Create option 0x00000008: no caching; transfers must be sector-aligned.</summary>
    public const uint FILE_NO_INTERMEDIATE_BUFFERING = 0x00000008;
    /// <summary>Create option 0x00000010: all I/O on the file is synchronous, and waits are alertable.</summary>
    public const uint FILE_SYNCHRONOUS_IO_ALERT = 0x00000010;
    /// <summary>Create option 0x00000020: all I/O on the file is synchronous, and waits are not alertable.</summary>
    public const uint FILE_SYNCHRONOUS_IO_NONALERT = 0x00000020;
    /// <summary>Create option 0x00000040: the file must not be a directory.</summary>
    public const uint FILE_NON_DIRECTORY_FILE = 0x00000040;

    // wdm.h: IO_STATUS_BLOCK.Information of a create.
    /// <summary>IoStatus.Information of a create (0x00000000): an existing file was superseded.</summary>
    public const ulong FILE_SUPERSEDED = 0x00000000;
    /// <summary>IoStatus.Information of a create (0x00000001): an existing file was opened.</summary>
    public const ulong FILE_OPENED = 0x00000001;
    /// <summary>IoStatus.Information of a create (0x00000002): a new file was created.</summary>
    public const ulong FILE_CREATED = 0x00000002;
    /// <summary>IoStatus.Information of a create (0x00000003): an existing file was overwritten.</summary>
    public const ulong FILE_OVERWRITTEN = 0x00000003;
    /// <summary>IoStatus.Information of a create (0x00000004): the file already exists.</summary>
    public const ulong FILE_EXISTS = 0x00000004;
    /// <summary>IoStatus.Information of a create (0x00000005): the file does not exist.</summary>
    public const ulong FILE_DOES_NOT_EXIST = 0x00000005;

    // wdm.h: FILE_OBJECT.Flags.
    /// <summary>FILE_OBJECT.Flags 0x00000001: the file is open.</summary>
    public const uint FO_FILE_OPEN = 0x00000001;
    /// <summary>FILE_OBJECT.Flags 0x00000002: the file was opened for synchronous I/O.</summary>
    public const uint FO_SYNCHRONOUS_IO = 0x00000002;
    /// <summary>FILE_OBJECT.Flags 0x00000004: synchronous I/O waits on the file are alertable.</summary>
    public const uint FO_ALERTABLE_IO = 0x00000004;
    /// <summary>FILE_OBJECT.Flags 0x00000008: the file was opened without caching.</summary>
    public const uint FO_NO_INTERMEDIATE_BUFFERING = 0x00000008;
    /// <summary>FILE_OBJECT.Flags 0x00000010: writes go through to the media.</summary>
    public const uint FO_WRITE_THROUGH = 0x00000010;
    /// <summary>FILE_OBJECT.Flags 0x00000020: the file is accessed sequentially.</summary>
    public const uint FO_SEQUENTIAL_ONLY = 0x00000020;
    /// <summary>FILE_OBJECT.Flags 0x00004000: IRP_MJ_CLEANUP has been processed for the file object.</summary>
    public const uint FO_CLEANUP_COMPLETE = 0x00004000;
    /// <summary>FILE_OBJECT.Flags 0x00040000: a handle was created for the file object.</summary>
    public const uint FO_HANDLE_CREATED = 0x00040000;

    /// <summary>File attribute 0x00000080: a file with no other attributes set.</summary>
    public const uint FILE_ATTRIBUTE_NORMAL = 0x00000080;
}
