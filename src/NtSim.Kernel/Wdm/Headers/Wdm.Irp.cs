namespace NtSim;

public static partial class Wdm
{
    // wdm.h: IRP major function codes (IO_STACK_LOCATION.MajorFunction).
    public const byte IRP_MJ_CREATE = 0x00;
    public const byte IRP_MJ_CREATE_NAMED_PIPE = 0x01;
    public const byte IRP_MJ_CLOSE = 0x02;
    public const byte IRP_MJ_READ = 0x03;
    public const byte IRP_MJ_WRITE = 0x04;
    public const byte IRP_MJ_QUERY_INFORMATION = 0x05;
    public const byte IRP_MJ_SET_INFORMATION = 0x06;
    public const byte IRP_MJ_QUERY_EA = 0x07;
    public const byte IRP_MJ_SET_EA = 0x08;
    public const byte IRP_MJ_FLUSH_BUFFERS = 0x09;
    public const byte IRP_MJ_QUERY_VOLUME_INFORMATION = 0x0A;
    public const byte IRP_MJ_SET_VOLUME_INFORMATION = 0x0B;
    public const byte IRP_MJ_DIRECTORY_CONTROL = 0x0C;
    public const byte IRP_MJ_FILE_SYSTEM_CONTROL = 0x0D;
    public const byte IRP_MJ_DEVICE_CONTROL = 0x0E;
    public const byte IRP_MJ_INTERNAL_DEVICE_CONTROL = 0x0F;
    public const byte IRP_MJ_SCSI = 0x0F;
    public const byte IRP_MJ_SHUTDOWN = 0x10;
    public const byte IRP_MJ_LOCK_CONTROL = 0x11;
    public const byte IRP_MJ_CLEANUP = 0x12;
    public const byte IRP_MJ_CREATE_MAILSLOT = 0x13;
    public const byte IRP_MJ_QUERY_SECURITY = 0x14;
    public const byte IRP_MJ_SET_SECURITY = 0x15;
    public const byte IRP_MJ_POWER = 0x16;
    public const byte IRP_MJ_SYSTEM_CONTROL = 0x17;
    public const byte IRP_MJ_DEVICE_CHANGE = 0x18;
    public const byte IRP_MJ_QUERY_QUOTA = 0x19;
    public const byte IRP_MJ_SET_QUOTA = 0x1A;
    public const byte IRP_MJ_PNP = 0x1B;
    public const byte IRP_MJ_PNP_POWER = 0x1B;
    public const byte IRP_MJ_MAXIMUM_FUNCTION = 0x1B;

    // IRP_MJ_SCSI (= IRP_MJ_INTERNAL_DEVICE_CONTROL) minor code of class drivers.
    public const byte IRP_MN_SCSI_CLASS = 0x01;

    // IRP_MJ_PNP minor codes (0x0E and 0x18 are not sent to WDM drivers: 0x18 is legacy bus information).
    public const byte IRP_MN_START_DEVICE = 0x00;
    public const byte IRP_MN_QUERY_REMOVE_DEVICE = 0x01;
    public const byte IRP_MN_REMOVE_DEVICE = 0x02;
    public const byte IRP_MN_CANCEL_REMOVE_DEVICE = 0x03;
    public const byte IRP_MN_STOP_DEVICE = 0x04;
    public const byte IRP_MN_QUERY_STOP_DEVICE = 0x05;
    public const byte IRP_MN_CANCEL_STOP_DEVICE = 0x06;
    public const byte IRP_MN_QUERY_DEVICE_RELATIONS = 0x07;
    public const byte IRP_MN_QUERY_INTERFACE = 0x08;
    public const byte IRP_MN_QUERY_CAPABILITIES = 0x09;
    public const byte IRP_MN_QUERY_RESOURCES = 0x0A;
    public const byte IRP_MN_QUERY_RESOURCE_REQUIREMENTS = 0x0B;
    public const byte IRP_MN_QUERY_DEVICE_TEXT = 0x0C;
    public const byte IRP_MN_FILTER_RESOURCE_REQUIREMENTS = 0x0D;
    public const byte IRP_MN_READ_CONFIG = 0x0F;
    public const byte IRP_MN_WRITE_CONFIG = 0x10;
    public const byte IRP_MN_EJECT = 0x11;
    public const byte IRP_MN_SET_LOCK = 0x12;
    public const byte IRP_MN_QUERY_ID = 0x13;
    public const byte IRP_MN_QUERY_PNP_DEVICE_STATE = 0x14;
    public const byte IRP_MN_QUERY_BUS_INFORMATION = 0x15;
    public const byte IRP_MN_DEVICE_USAGE_NOTIFICATION = 0x16;
    public const byte IRP_MN_SURPRISE_REMOVAL = 0x17;
    public const byte IRP_MN_QUERY_LEGACY_BUS_INFORMATION = 0x18;
    public const byte IRP_MN_DEVICE_ENUMERATED = 0x19;

    // IRP_MJ_POWER minor codes.
    public const byte IRP_MN_WAIT_WAKE = 0x00;
    public const byte IRP_MN_POWER_SEQUENCE = 0x01;
    public const byte IRP_MN_SET_POWER = 0x02;
    public const byte IRP_MN_QUERY_POWER = 0x03;

    // IRP_MJ_SYSTEM_CONTROL (WMI) minor codes.
    public const byte IRP_MN_QUERY_ALL_DATA = 0x00;
    public const byte IRP_MN_QUERY_SINGLE_INSTANCE = 0x01;
    public const byte IRP_MN_CHANGE_SINGLE_INSTANCE = 0x02;
    public const byte IRP_MN_CHANGE_SINGLE_ITEM = 0x03;
    public const byte IRP_MN_ENABLE_EVENTS = 0x04;
    public const byte IRP_MN_DISABLE_EVENTS = 0x05;
    public const byte IRP_MN_ENABLE_COLLECTION = 0x06;
    public const byte IRP_MN_DISABLE_COLLECTION = 0x07;
    public const byte IRP_MN_REGINFO = 0x08;
    public const byte IRP_MN_EXECUTE_METHOD = 0x09;
    public const byte IRP_MN_REGINFO_EX = 0x0B;

    // IRP_MJ_DIRECTORY_CONTROL, IRP_MJ_FILE_SYSTEM_CONTROL, IRP_MJ_LOCK_CONTROL and
    // IRP_MJ_FLUSH_BUFFERS minor codes (ntddk.h).
    public const byte IRP_MN_QUERY_DIRECTORY = 0x01;
    public const byte IRP_MN_NOTIFY_CHANGE_DIRECTORY = 0x02;
    public const byte IRP_MN_USER_FS_REQUEST = 0x00;
    public const byte IRP_MN_MOUNT_VOLUME = 0x01;
    public const byte IRP_MN_VERIFY_VOLUME = 0x02;
    public const byte IRP_MN_LOAD_FILE_SYSTEM = 0x03;
    public const byte IRP_MN_TRACK_LINK = 0x04;
    public const byte IRP_MN_KERNEL_CALL = 0x04;
    public const byte IRP_MN_LOCK = 0x01;
    public const byte IRP_MN_UNLOCK_SINGLE = 0x02;
    public const byte IRP_MN_UNLOCK_ALL = 0x03;
    public const byte IRP_MN_UNLOCK_ALL_BY_KEY = 0x04;
    public const byte IRP_MN_FLUSH_AND_PURGE = 0x01;

    // IRP_MJ_READ / IRP_MJ_WRITE minor codes (cache manager and file systems).
    public const byte IRP_MN_NORMAL = 0x00;
    public const byte IRP_MN_DPC = 0x01;
    public const byte IRP_MN_MDL = 0x02;
    public const byte IRP_MN_COMPLETE = 0x04;
    public const byte IRP_MN_COMPRESSED = 0x08;
    public const byte IRP_MN_MDL_DPC = IRP_MN_MDL | IRP_MN_DPC;
    public const byte IRP_MN_COMPLETE_MDL = IRP_MN_COMPLETE | IRP_MN_MDL;
    public const byte IRP_MN_COMPLETE_MDL_DPC = IRP_MN_COMPLETE_MDL | IRP_MN_DPC;

    // IO_STACK_LOCATION.Flags; their meaning depends on the major function.
    public const byte SL_FORCE_ACCESS_CHECK = 0x01;
    public const byte SL_OPEN_PAGING_FILE = 0x02;
    public const byte SL_OPEN_TARGET_DIRECTORY = 0x04;
    public const byte SL_STOP_ON_SYMLINK = 0x08;
    public const byte SL_CASE_SENSITIVE = 0x80;
    public const byte SL_KEY_SPECIFIED = 0x01;
    public const byte SL_OVERRIDE_VERIFY_VOLUME = 0x02;
    public const byte SL_WRITE_THROUGH = 0x04;
    public const byte SL_FT_SEQUENTIAL_WRITE = 0x08;
    public const byte SL_FORCE_DIRECT_WRITE = 0x10;
    public const byte SL_REALTIME_STREAM = 0x20;
    public const byte SL_READ_ACCESS_GRANTED = 0x01;
    public const byte SL_WRITE_ACCESS_GRANTED = 0x04;
    public const byte SL_FAIL_IMMEDIATELY = 0x01;
    public const byte SL_EXCLUSIVE_LOCK = 0x02;
    public const byte SL_RESTART_SCAN = 0x01;
    public const byte SL_RETURN_SINGLE_ENTRY = 0x02;
    public const byte SL_INDEX_SPECIFIED = 0x04;
    public const byte SL_WATCH_TREE = 0x01;
    public const byte SL_ALLOW_RAW_MOUNT = 0x01;

    // IO_STACK_LOCATION.Control: when the completion routine is called (IoSetCompletionRoutine).
    public const byte SL_PENDING_RETURNED = 0x01;
    public const byte SL_ERROR_RETURNED = 0x02;
    public const byte SL_INVOKE_ON_CANCEL = 0x20;
    public const byte SL_INVOKE_ON_SUCCESS = 0x40;
    public const byte SL_INVOKE_ON_ERROR = 0x80;

    // IRP.Flags.
    public const uint IRP_NOCACHE = 0x00000001;
    public const uint IRP_PAGING_IO = 0x00000002;
    public const uint IRP_MOUNT_COMPLETION = 0x00000002;
    public const uint IRP_SYNCHRONOUS_API = 0x00000004;
    public const uint IRP_ASSOCIATED_IRP = 0x00000008;
    public const uint IRP_BUFFERED_IO = 0x00000010;
    public const uint IRP_DEALLOCATE_BUFFER = 0x00000020;
    public const uint IRP_INPUT_OPERATION = 0x00000040;
    public const uint IRP_SYNCHRONOUS_PAGING_IO = 0x00000040;
    public const uint IRP_CREATE_OPERATION = 0x00000080;
    public const uint IRP_READ_OPERATION = 0x00000100;
    public const uint IRP_WRITE_OPERATION = 0x00000200;
    public const uint IRP_CLOSE_OPERATION = 0x00000400;
    public const uint IRP_DEFER_IO_COMPLETION = 0x00000800;
    public const uint IRP_OB_QUERY_NAME = 0x00001000;
    public const uint IRP_HOLD_DEVICE_QUEUE = 0x00002000;

    // IRP.AllocationFlags.
    public const byte IRP_QUOTA_CHARGED = 0x01;
    public const byte IRP_ALLOCATED_MUST_SUCCEED = 0x02;
    public const byte IRP_ALLOCATED_FIXED_SIZE = 0x04;
    public const byte IRP_LOOKASIDE_ALLOCATION = 0x08;

    // Priority boosts for IoCompleteRequest (CCHAR).
    public const sbyte IO_NO_INCREMENT = 0;
    public const sbyte IO_CD_ROM_INCREMENT = 1;
    public const sbyte IO_DISK_INCREMENT = 1;
    public const sbyte IO_KEYBOARD_INCREMENT = 6;
    public const sbyte IO_MAILSLOT_INCREMENT = 2;
    public const sbyte IO_MOUSE_INCREMENT = 6;
    public const sbyte IO_NAMED_PIPE_INCREMENT = 2;
    public const sbyte IO_NETWORK_INCREMENT = 2;
    public const sbyte IO_PARALLEL_INCREMENT = 1;
    public const sbyte IO_SERIAL_INCREMENT = 2;
    public const sbyte IO_SOUND_INCREMENT = 8;
    public const sbyte IO_VIDEO_INCREMENT = 1;
}
