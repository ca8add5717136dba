namespace NtSim;

public static partial class Wdm
{
    // wdm.h: the flags of IO_STACK_LOCATION and IRP, and the priority boosts of IoCompleteRequest; the major
    // and minor function codes are in Wdm.Irp.cs.

    // IO_STACK_LOCATION.Flags; their meaning depends on the major function.
    /// <summary>IRP_MJ_CREATE stack flag (0x01): check access even for a kernel-mode caller (OBJ_FORCE_ACCESS_CHECK was set).</summary>
    public const byte SL_FORCE_ACCESS_CHECK = 0x01;
    /// <summary>IRP_MJ_CREATE stack flag (0x02): the file is opened as a paging file.</summary>
    public const byte SL_OPEN_PAGING_FILE = 0x02;
    /// <summary>IRP_MJ_CREATE stack flag (0x04): open the parent directory of the named file (used by rename).</summary>
    public const byte SL_OPEN_TARGET_DIRECTORY = 0x04;
    /// <summary>IRP_MJ_CREATE stack flag (0x08): do not follow a symbolic link; fail with STATUS_STOPPED_ON_SYMLINK.</summary>
    public const byte SL_STOP_ON_SYMLINK = 0x08;
    /// <summary>IRP_MJ_CREATE stack flag (0x80): the name lookup is case-sensitive.</summary>
    public const byte SL_CASE_SENSITIVE = 0x80;
    /// <summary>IRP_MJ_READ / IRP_MJ_WRITE stack flag (0x01): Parameters.Read.Key holds a lock key.</summary>
    public const byte SL_KEY_SPECIFIED = 0x01;
    /// <summary>Read / write / FSCTL stack flag (0x02): do the I/O even if the volume needs verifying (DO_VERIFY_VOLUME).</summary>
    public const byte SL_OVERRIDE_VERIFY_VOLUME = 0x02;
    /// <summary>IRP_MJ_WRITE stack flag (0x04): write the data through to the media, not only to the cache.</summary>
    public const byte SL_WRITE_THROUGH = 0x04;
    /// <summary>IRP_MJ_WRITE stack flag (0x08): fault-tolerant drivers write the mirrors one after the other.</summary>
    public const byte SL_FT_SEQUENTIAL_WRITE = 0x08;
    /// <summary>IRP_MJ_WRITE stack flag (0x10): allow a direct write to a volume's sectors that would otherwise be blocked.</summary>
    public const byte SL_FORCE_DIRECT_WRITE = 0x10;
    /// <summary>IRP_MJ_READ / IRP_MJ_WRITE stack flag (0x20): the request is part of a real-time stream.</summary>
    public const byte SL_REALTIME_STREAM = 0x20;
    /// <summary>IRP_MJ_DEVICE_CONTROL stack flag (0x01): the caller's handle has read access.</summary>
    public const byte SL_READ_ACCESS_GRANTED = 0x01;
    /// <summary>IRP_MJ_DEVICE_CONTROL stack flag (0x04): the caller's handle has write access.</summary>
    public const byte SL_WRITE_ACCESS_GRANTED = 0x04;
    /// <summary>IRP_MJ_LOCK_CONTROL stack flag (0x01): fail the lock at once if it cannot be granted.</summary>
    public const byte SL_FAIL_IMMEDIATELY = 0x01;
    /// <summary>IRP_MJ_LOCK_CONTROL stack flag (0x02): an exclusive lock, not a shared one.</summary>
    public const byte SL_EXCLUSIVE_LOCK = 0x02;
    /// <summary>IRP_MN_QUERY_DIRECTORY stack flag (0x01): start the scan again at the first entry.</summary>
    public const byte SL_RESTART_SCAN = 0x01;
    /// <summary>IRP_MN_QUERY_DIRECTORY stack flag (0x02): return one entry only.</summary>
    public const byte SL_RETURN_SINGLE_ENTRY = 0x02;
    /// <summary>IRP_MN_QUERY_DIRECTORY stack flag (0x04): start at the entry whose index is given.</summary>
    public const byte SL_INDEX_SPECIFIED = 0x04;
    /// <summary>IRP_MN_NOTIFY_CHANGE_DIRECTORY stack flag (0x01): watch the whole subtree, not only the directory.</summary>
    public const byte SL_WATCH_TREE = 0x01;
    /// <summary>IRP_MN_VERIFY_VOLUME stack flag (0x01): a raw mount of the volume is allowed.</summary>
    public const byte SL_ALLOW_RAW_MOUNT = 0x01;

    // IO_STACK_LOCATION.Control: when the completion routine is called (IoSetCompletionRoutine).
    /// <summary>IO_STACK_LOCATION.Control (0x01): the IRP was marked pending at this level (IoMarkIrpPending sets it).</summary>
    public const byte SL_PENDING_RETURNED = 0x01;
    /// <summary>IO_STACK_LOCATION.Control (0x02): an error was returned at this level.</summary>
    public const byte SL_ERROR_RETURNED = 0x02;
    /// <summary>IO_STACK_LOCATION.Control (0x20): call the completion routine when the IRP completes as cancelled.</summary>
    public const byte SL_INVOKE_ON_CANCEL = 0x20;
    /// <summary>IO_STACK_LOCATION.Control (0x40): call the completion routine when the IRP completes with a success status.</summary>
    public const byte SL_INVOKE_ON_SUCCESS = 0x40;
    /// <summary>IO_STACK_LOCATION.Control (0x80): call the completion routine when the IRP completes with an error status.</summary>
    public const byte SL_INVOKE_ON_ERROR = 0x80;

    // IRP.Flags.
    /// <summary>IRP.Flags (0x01): the transfer bypasses the cache.</summary>
    public const uint IRP_NOCACHE = 0x00000001;
    /// <summary>IRP.Flags (0x02): paging I/O from the memory manager.</summary>
    public const uint IRP_PAGING_IO = 0x00000002;
    /// <summary>IRP.Flags (0x02): a mount request's completion (same bit as IRP_PAGING_IO).</summary>
    public const uint IRP_MOUNT_COMPLETION = 0x00000002;
    /// <summary>IRP.Flags (0x04): the IRP was sent by a synchronous API (the I/O manager waits for it).</summary>
    public const uint IRP_SYNCHRONOUS_API = 0x00000004;
    /// <summary>IRP.Flags (0x08): an associated IRP of a master IRP (IoMakeAssociatedIrp).</summary>
    public const uint IRP_ASSOCIATED_IRP = 0x00000008;
    /// <summary>IRP.Flags (0x10): AssociatedIrp.SystemBuffer holds a copy of the caller's buffer (buffered I/O).</summary>
    public const uint IRP_BUFFERED_IO = 0x00000010;
    /// <summary>IRP.Flags (0x20): the I/O manager frees the system buffer when the IRP completes.</summary>
    public const uint IRP_DEALLOCATE_BUFFER = 0x00000020;
    /// <summary>IRP.Flags (0x40): data flows to the caller: the I/O manager copies the system buffer back on completion.</summary>
    public const uint IRP_INPUT_OPERATION = 0x00000040;
    /// <summary>IRP.Flags (0x40): synchronous paging I/O (same bit as IRP_INPUT_OPERATION).</summary>
    public const uint IRP_SYNCHRONOUS_PAGING_IO = 0x00000040;
    /// <summary>IRP.Flags (0x80): the IRP is a create (open) request.</summary>
    public const uint IRP_CREATE_OPERATION = 0x00000080;
    /// <summary>IRP.Flags (0x100): the IRP is a read request.</summary>
    public const uint IRP_READ_OPERATION = 0x00000100;
    /// <summary>IRP.Flags (0x200): the IRP is a write request.</summary>
    public const uint IRP_WRITE_OPERATION = 0x00000200;
    /// <summary>IRP.Flags (0x400): the IRP is a close request.</summary>
    public const uint IRP_CLOSE_OPERATION = 0x00000400;
    /// <summary>IRP.Flags (0x800): the I/O manager defers the completion work to the thread that sent the IRP.</summary>
    public const uint IRP_DEFER_IO_COMPLETION = 0x00000800;
    /// <summary>IRP.Flags (0x1000): the object manager queries the file object's name.</summary>
    public const uint IRP_OB_QUERY_NAME = 0x00001000;
    /// <summary>IRP.Flags (0x2000): hold the device queue (reserved for the system).</summary>
    public const uint IRP_HOLD_DEVICE_QUEUE = 0x00002000;

    // IRP.AllocationFlags.
    /// <summary>IRP.AllocationFlags (0x01): quota was charged for the IRP.</summary>
    public const byte IRP_QUOTA_CHARGED = 0x01;
    /// <summary>IRP.AllocationFlags (0x02): the IRP came from must-succeed pool.</summary>
    public const byte IRP_ALLOCATED_MUST_SUCCEED = 0x02;
    /// <summary>IRP.AllocationFlags (0x04): the IRP was allocated with a fixed number of stack locations.</summary>
    public const byte IRP_ALLOCATED_FIXED_SIZE = 0x04;
    /// <summary>IRP.AllocationFlags (0x08): the IRP came from a lookaside list.</summary>
    public const byte IRP_LOOKASIDE_ALLOCATION = 0x08;

    // Priority boosts for IoCompleteRequest (CCHAR).
    /// <summary>Priority boost for IoCompleteRequest (0): none, for a request completed quickly or synchronously.</summary>
    public const sbyte IO_NO_INCREMENT = 0;
    /// <summary>Priority boost for IoCompleteRequest (1) after CD-ROM I/O.</summary>
    public const sbyte IO_CD_ROM_INCREMENT = 1;
    /// <summary>Priority boost for IoCompleteRequest (1) after disk I/O.</summary>
    public const sbyte IO_DISK_INCREMENT = 1;
    /// <summary>Priority boost for IoCompleteRequest (6) after keyboard input.</summary>
    public const sbyte IO_KEYBOARD_INCREMENT = 6;
    /// <summary>Priority boost for IoCompleteRequest (2) after mailslot I/O.</summary>
    public const sbyte IO_MAILSLOT_INCREMENT = 2;
    /// <summary>Priority boost for IoCompleteRequest (6) after mouse input.</summary>
    public const sbyte IO_MOUSE_INCREMENT = 6;
    /// <summary>Priority boost for IoCompleteRequest (2) after named pipe I/O.</summary>
    public const sbyte IO_NAMED_PIPE_INCREMENT = 2;
    /// <summary>Priority boost for IoCompleteRequest (2) after network I/O.</summary>
    public const sbyte IO_NETWORK_INCREMENT = 2;
    /// <summary>Priority boost for IoCompleteRequest (1) after parallel port I/O.</summary>
    public const sbyte IO_PARALLEL_INCREMENT = 1;
    /// <summary>Priority boost for IoCompleteRequest (2) after serial port I/O.</summary>
    public const sbyte IO_SERIAL_INCREMENT = 2;
    /// <summary>Priority boost for IoCompleteRequest (8) after sound I/O.</summary>
    public const sbyte IO_SOUND_INCREMENT = 8;
    /// <summary>Priority boost for IoCompleteRequest (1) after video I/O.</summary>
    public const sbyte IO_VIDEO_INCREMENT = 1;
}
