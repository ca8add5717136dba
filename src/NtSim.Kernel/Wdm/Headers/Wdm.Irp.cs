namespace NtSim;

public static partial class Wdm
{
    // wdm.h: IRP major function codes (IO_STACK_LOCATION.MajorFunction).
    /// <summary>IRP_MJ_CREATE (0x00): a file object is being opened on the device (ZwCreateFile, CreateFile), to DispatchCreate.</summary>
    public const byte IRP_MJ_CREATE = 0x00;
    /// <summary>IRP_MJ_CREATE_NAMED_PIPE (0x01): a named pipe is being created; sent to the named pipe file system.</summary>
    public const byte IRP_MJ_CREATE_NAMED_PIPE = 0x01;
    /// <summary>IRP_MJ_CLOSE (0x02): the last reference to a file object is gone, to DispatchClose.</summary>
    public const byte IRP_MJ_CLOSE = 0x02;
    /// <summary>IRP_MJ_READ (0x03): a read request, to DispatchRead.</summary>
    public const byte IRP_MJ_READ = 0x03;
    /// <summary>IRP_MJ_WRITE (0x04): a write request, to DispatchWrite.</summary>
    public const byte IRP_MJ_WRITE = 0x04;
    /// <summary>IRP_MJ_QUERY_INFORMATION (0x05): a query of file information (ZwQueryInformationFile), to DispatchQueryInformation.</summary>
    public const byte IRP_MJ_QUERY_INFORMATION = 0x05;
    /// <summary>IRP_MJ_SET_INFORMATION (0x06): a change of file information (ZwSetInformationFile), to DispatchSetInformation.</summary>
    public const byte IRP_MJ_SET_INFORMATION = 0x06;
    /// <summary>IRP_MJ_QUERY_EA (0x07): a query of a file's extended attributes, to DispatchQueryEa.</summary>
    public const byte IRP_MJ_QUERY_EA = 0x07;
    /// <summary>IRP_MJ_SET_EA (0x08): a change of a file's extended attributes, to DispatchSetEa.</summary>
    public const byte IRP_MJ_SET_EA = 0x08;
    /// <summary>IRP_MJ_FLUSH_BUFFERS (0x09): write cached data to the device (ZwFlushBuffersFile), to DispatchFlushBuffers.</summary>
    public const byte IRP_MJ_FLUSH_BUFFERS = 0x09;
    /// <summary>IRP_MJ_QUERY_VOLUME_INFORMATION (0x0A): a query of volume information, to DispatchQueryVolumeInformation.</summary>
    public const byte IRP_MJ_QUERY_VOLUME_INFORMATION = 0x0A;
    /// <summary>IRP_MJ_SET_VOLUME_INFORMATION (0x0B): a change of volume information, to DispatchSetVolumeInformation.</summary>
    public const byte IRP_MJ_SET_VOLUME_INFORMATION = 0x0B;
    /// <summary>IRP_MJ_DIRECTORY_CONTROL (0x0C): a directory query or change notification (file systems), to DispatchDirectoryControl.</summary>
    public const byte IRP_MJ_DIRECTORY_CONTROL = 0x0C;
    /// <summary>IRP_MJ_FILE_SYSTEM_CONTROL (0x0D): a file system control request (FSCTL, mount, verify), to DispatchFileSystemControl.</summary>
    public const byte IRP_MJ_FILE_SYSTEM_CONTROL = 0x0D;
    /// <summary>IRP_MJ_DEVICE_CONTROL (0x0E): an IOCTL (DeviceIoControl, ZwDeviceIoControlFile), to DispatchDeviceControl.</summary>
    public const byte IRP_MJ_DEVICE_CONTROL = 0x0E;
    /// <summary>IRP_MJ_INTERNAL_DEVICE_CONTROL (0x0F): an IOCTL from another kernel-mode driver (IoBuildDeviceIoControlRequest), to DispatchInternalDeviceControl.</summary>
    public const byte IRP_MJ_INTERNAL_DEVICE_CONTROL = 0x0F;
    /// <summary>IRP_MJ_SCSI (0x0F): the same code as IRP_MJ_INTERNAL_DEVICE_CONTROL, carrying SCSI request blocks to storage port drivers.</summary>
    public const byte IRP_MJ_SCSI = 0x0F;
    /// <summary>IRP_MJ_SHUTDOWN (0x10): the system is shutting down (sent to devices registered with IoRegisterShutdownNotification), to DispatchShutdown.</summary>
    public const byte IRP_MJ_SHUTDOWN = 0x10;
    /// <summary>IRP_MJ_LOCK_CONTROL (0x11): a byte-range lock or unlock on a file, to DispatchLockControl.</summary>
    public const byte IRP_MJ_LOCK_CONTROL = 0x11;
    /// <summary>IRP_MJ_CLEANUP (0x12): the last handle to a file object was closed (cancel its queued IRPs now), to DispatchCleanup.</summary>
    public const byte IRP_MJ_CLEANUP = 0x12;
    /// <summary>IRP_MJ_CREATE_MAILSLOT (0x13): a mailslot is being created; sent to the mailslot file system.</summary>
    public const byte IRP_MJ_CREATE_MAILSLOT = 0x13;
    /// <summary>IRP_MJ_QUERY_SECURITY (0x14): a query of an object's security descriptor, to DispatchQuerySecurity.</summary>
    public const byte IRP_MJ_QUERY_SECURITY = 0x14;
    /// <summary>IRP_MJ_SET_SECURITY (0x15): a change of an object's security descriptor, to DispatchSetSecurity.</summary>
    public const byte IRP_MJ_SET_SECURITY = 0x15;
    /// <summary>IRP_MJ_POWER (0x16): a power request from the power manager (IRP_MN_SET_POWER, IRP_MN_QUERY_POWER ...), to DispatchPower.</summary>
    public const byte IRP_MJ_POWER = 0x16;
    /// <summary>IRP_MJ_SYSTEM_CONTROL (0x17): a WMI request (IRP_MN_QUERY_ALL_DATA ...), to DispatchSystemControl.</summary>
    public const byte IRP_MJ_SYSTEM_CONTROL = 0x17;
    /// <summary>IRP_MJ_DEVICE_CHANGE (0x18): a device change request (reserved).</summary>
    public const byte IRP_MJ_DEVICE_CHANGE = 0x18;
    /// <summary>IRP_MJ_QUERY_QUOTA (0x19): a query of a volume's quota entries, to DispatchQueryQuota.</summary>
    public const byte IRP_MJ_QUERY_QUOTA = 0x19;
    /// <summary>IRP_MJ_SET_QUOTA (0x1A): a change of a volume's quota entries, to DispatchSetQuota.</summary>
    public const byte IRP_MJ_SET_QUOTA = 0x1A;
    /// <summary>IRP_MJ_PNP (0x1B): a Plug and Play request from the PnP manager (IRP_MN_START_DEVICE ...), to DispatchPnP.</summary>
    public const byte IRP_MJ_PNP = 0x1B;
    /// <summary>IRP_MJ_PNP_POWER (0x1B): the old name of IRP_MJ_PNP.</summary>
    public const byte IRP_MJ_PNP_POWER = 0x1B;
    /// <summary>The highest major function code (0x1B); DRIVER_OBJECT.MajorFunction has IRP_MJ_MAXIMUM_FUNCTION + 1 entries.</summary>
    public const byte IRP_MJ_MAXIMUM_FUNCTION = 0x1B;

    // IRP_MJ_SCSI (= IRP_MJ_INTERNAL_DEVICE_CONTROL) minor code of class drivers.
    /// <summary>IRP_MN_SCSI_CLASS (0x01): the minor code class drivers put on IRP_MJ_SCSI requests.</summary>
    public const byte IRP_MN_SCSI_CLASS = 0x01;

    // IRP_MJ_PNP minor codes (0x0E and 0x18 are not sent to WDM drivers: 0x18 is legacy bus information).
    /// <summary>IRP_MN_START_DEVICE (0x00): start the device with the hardware resources assigned to it; handle on the way up (after the lower drivers).</summary>
    public const byte IRP_MN_START_DEVICE = 0x00;
    /// <summary>IRP_MN_QUERY_REMOVE_DEVICE (0x01): can the device be removed without disrupting the machine? Fail it to veto the removal.</summary>
    public const byte IRP_MN_QUERY_REMOVE_DEVICE = 0x01;
    /// <summary>IRP_MN_REMOVE_DEVICE (0x02): the device is gone or being removed; release resources, pass it down, detach and delete the device object.</summary>
    public const byte IRP_MN_REMOVE_DEVICE = 0x02;
    /// <summary>IRP_MN_CANCEL_REMOVE_DEVICE (0x03): a query-remove was vetoed; return to the started state.</summary>
    public const byte IRP_MN_CANCEL_REMOVE_DEVICE = 0x03;
    /// <summary>IRP_MN_STOP_DEVICE (0x04): stop the device to rebalance its resources; the driver must release its hardware resources.</summary>
    public const byte IRP_MN_STOP_DEVICE = 0x04;
    /// <summary>IRP_MN_QUERY_STOP_DEVICE (0x05): can the device be stopped to rebalance resources? Fail it to veto.</summary>
    public const byte IRP_MN_QUERY_STOP_DEVICE = 0x05;
    /// <summary>IRP_MN_CANCEL_STOP_DEVICE (0x06): a query-stop was vetoed; return to the started state.</summary>
    public const byte IRP_MN_CANCEL_STOP_DEVICE = 0x06;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS (0x07): list the device's related devices (bus children, removal or ejection relations) in a DEVICE_RELATIONS.</summary>
    public const byte IRP_MN_QUERY_DEVICE_RELATIONS = 0x07;
    /// <summary>IRP_MN_QUERY_INTERFACE (0x08): return a direct-call interface (a routine table) identified by a GUID.</summary>
    public const byte IRP_MN_QUERY_INTERFACE = 0x08;
    /// <summary>IRP_MN_QUERY_CAPABILITIES (0x09): fill the DEVICE_CAPABILITIES structure (power states, removable, unique ID ...).</summary>
    public const byte IRP_MN_QUERY_CAPABILITIES = 0x09;
    /// <summary>IRP_MN_QUERY_RESOURCES (0x0A): the bus driver reports the boot configuration resources of the device.</summary>
    public const byte IRP_MN_QUERY_RESOURCES = 0x0A;
    /// <summary>IRP_MN_QUERY_RESOURCE_REQUIREMENTS (0x0B): the bus driver reports the resources the device can use (an IO_RESOURCE_REQUIREMENTS_LIST).</summary>
    public const byte IRP_MN_QUERY_RESOURCE_REQUIREMENTS = 0x0B;
    /// <summary>IRP_MN_QUERY_DEVICE_TEXT (0x0C): the bus driver returns the device's description or location text.</summary>
    public const byte IRP_MN_QUERY_DEVICE_TEXT = 0x0C;
    /// <summary>IRP_MN_FILTER_RESOURCE_REQUIREMENTS (0x0D): function and filter drivers may change the resource requirements list.</summary>
    public const byte IRP_MN_FILTER_RESOURCE_REQUIREMENTS = 0x0D;
    /// <summary>IRP_MN_READ_CONFIG (0x0F): read the device's bus configuration space (handled by the bus driver).</summary>
    public const byte IRP_MN_READ_CONFIG = 0x0F;
    /// <summary>IRP_MN_WRITE_CONFIG (0x10): write the device's bus configuration space (handled by the bus driver).</summary>
    public const byte IRP_MN_WRITE_CONFIG = 0x10;
    /// <summary>IRP_MN_EJECT (0x11): eject the device from its slot (handled by the bus driver).</summary>
    public const byte IRP_MN_EJECT = 0x11;
    /// <summary>IRP_MN_SET_LOCK (0x12): lock or unlock the device against ejection.</summary>
    public const byte IRP_MN_SET_LOCK = 0x12;
    /// <summary>IRP_MN_QUERY_ID (0x13): the bus driver returns a device, hardware, compatible or instance ID (BUS_QUERY_ID_TYPE).</summary>
    public const byte IRP_MN_QUERY_ID = 0x13;
    /// <summary>IRP_MN_QUERY_PNP_DEVICE_STATE (0x14): report PNP_DEVICE_STATE flags (failed, disabled, not removable ...).</summary>
    public const byte IRP_MN_QUERY_PNP_DEVICE_STATE = 0x14;
    /// <summary>IRP_MN_QUERY_BUS_INFORMATION (0x15): the bus driver returns the bus type GUID and bus number (PNP_BUS_INFORMATION).</summary>
    public const byte IRP_MN_QUERY_BUS_INFORMATION = 0x15;
    /// <summary>IRP_MN_DEVICE_USAGE_NOTIFICATION (0x16): the device will hold (or no longer holds) a paging, hibernation or crash dump file.</summary>
    public const byte IRP_MN_DEVICE_USAGE_NOTIFICATION = 0x16;
    /// <summary>IRP_MN_SURPRISE_REMOVAL (0x17): the device vanished without warning; stop touching the hardware and fail new I/O.</summary>
    public const byte IRP_MN_SURPRISE_REMOVAL = 0x17;
    /// <summary>IRP_MN_QUERY_LEGACY_BUS_INFORMATION (0x18): legacy bus information, reserved for the system.</summary>
    public const byte IRP_MN_QUERY_LEGACY_BUS_INFORMATION = 0x18;
    /// <summary>IRP_MN_DEVICE_ENUMERATED (0x19): the PnP manager has enumerated the device (reserved for the system; Windows 7 and later).</summary>
    public const byte IRP_MN_DEVICE_ENUMERATED = 0x19;

    // IRP_MJ_POWER minor codes.
    /// <summary>IRP_MN_WAIT_WAKE (0x00): arm the device to wake the system; the IRP completes when the wake signal comes.</summary>
    public const byte IRP_MN_WAIT_WAKE = 0x00;
    /// <summary>IRP_MN_POWER_SEQUENCE (0x01): return the device's power sequence counters (to skip restoring context).</summary>
    public const byte IRP_MN_POWER_SEQUENCE = 0x01;
    /// <summary>IRP_MN_SET_POWER (0x02): change the system or device power state (POWER_STATE); may not fail.</summary>
    public const byte IRP_MN_SET_POWER = 0x02;
    /// <summary>IRP_MN_QUERY_POWER (0x03): can the device enter this system or device power state?</summary>
    public const byte IRP_MN_QUERY_POWER = 0x03;

    // IRP_MJ_SYSTEM_CONTROL (WMI) minor codes.
    /// <summary>IRP_MN_QUERY_ALL_DATA (0x00): WMI: return all instances of a data block.</summary>
    public const byte IRP_MN_QUERY_ALL_DATA = 0x00;
    /// <summary>IRP_MN_QUERY_SINGLE_INSTANCE (0x01): WMI: return one instance of a data block.</summary>
    public const byte IRP_MN_QUERY_SINGLE_INSTANCE = 0x01;
    /// <summary>IRP_MN_CHANGE_SINGLE_INSTANCE (0x02): WMI: change all the items of one instance of a data block.</summary>
    public const byte IRP_MN_CHANGE_SINGLE_INSTANCE = 0x02;
    /// <summary>IRP_MN_CHANGE_SINGLE_ITEM (0x03): WMI: change one item of one instance of a data block.</summary>
    public const byte IRP_MN_CHANGE_SINGLE_ITEM = 0x03;
    /// <summary>IRP_MN_ENABLE_EVENTS (0x04): WMI: start sending an event block.</summary>
    public const byte IRP_MN_ENABLE_EVENTS = 0x04;
    /// <summary>IRP_MN_DISABLE_EVENTS (0x05): WMI: stop sending an event block.</summary>
    public const byte IRP_MN_DISABLE_EVENTS = 0x05;
    /// <summary>IRP_MN_ENABLE_COLLECTION (0x06): WMI: start collecting an expensive data block.</summary>
    public const byte IRP_MN_ENABLE_COLLECTION = 0x06;
    /// <summary>IRP_MN_DISABLE_COLLECTION (0x07): WMI: stop collecting an expensive data block.</summary>
    public const byte IRP_MN_DISABLE_COLLECTION = 0x07;
    /// <summary>IRP_MN_REGINFO (0x08): WMI: return the driver's registration information (WMIREGINFO).</summary>
    public const byte IRP_MN_REGINFO = 0x08;
    /// <summary>IRP_MN_EXECUTE_METHOD (0x09): WMI: run a method of a data block.</summary>
    public const byte IRP_MN_EXECUTE_METHOD = 0x09;
    /// <summary>IRP_MN_REGINFO_EX (0x0B): WMI: return the driver's registration information, newer form of IRP_MN_REGINFO.</summary>
    public const byte IRP_MN_REGINFO_EX = 0x0B;

    // IRP_MJ_DIRECTORY_CONTROL, IRP_MJ_FILE_SYSTEM_CONTROL, IRP_MJ_LOCK_CONTROL and
    // IRP_MJ_FLUSH_BUFFERS minor codes (ntddk.h).
    /// <summary>IRP_MN_QUERY_DIRECTORY (0x01): IRP_MJ_DIRECTORY_CONTROL: list the entries of a directory.</summary>
    public const byte IRP_MN_QUERY_DIRECTORY = 0x01;
    /// <summary>IRP_MN_NOTIFY_CHANGE_DIRECTORY (0x02): IRP_MJ_DIRECTORY_CONTROL: complete when the directory changes.</summary>
    public const byte IRP_MN_NOTIFY_CHANGE_DIRECTORY = 0x02;
    /// <summary>IRP_MN_USER_FS_REQUEST (0x00): IRP_MJ_FILE_SYSTEM_CONTROL: an FSCTL from a caller.</summary>
    public const byte IRP_MN_USER_FS_REQUEST = 0x00;
    /// <summary>IRP_MN_MOUNT_VOLUME (0x01): IRP_MJ_FILE_SYSTEM_CONTROL: mount the volume on the device, if this file system recognizes it.</summary>
    public const byte IRP_MN_MOUNT_VOLUME = 0x01;
    /// <summary>IRP_MN_VERIFY_VOLUME (0x02): IRP_MJ_FILE_SYSTEM_CONTROL: check that the mounted volume is still the one in the drive.</summary>
    public const byte IRP_MN_VERIFY_VOLUME = 0x02;
    /// <summary>IRP_MN_LOAD_FILE_SYSTEM (0x03): IRP_MJ_FILE_SYSTEM_CONTROL: a file system recognizer asks to load the real file system.</summary>
    public const byte IRP_MN_LOAD_FILE_SYSTEM = 0x03;
    /// <summary>IRP_MN_TRACK_LINK (0x04): IRP_MJ_FILE_SYSTEM_CONTROL: link tracking (reserved for the system).</summary>
    public const byte IRP_MN_TRACK_LINK = 0x04;
    /// <summary>IRP_MN_KERNEL_CALL (0x04): IRP_MJ_FILE_SYSTEM_CONTROL: an FSCTL from kernel mode, with the same value as IRP_MN_TRACK_LINK.</summary>
    public const byte IRP_MN_KERNEL_CALL = 0x04;
    /// <summary>IRP_MN_LOCK (0x01): IRP_MJ_LOCK_CONTROL: lock a byte range of a file.</summary>
    public const byte IRP_MN_LOCK = 0x01;
    /// <summary>IRP_MN_UNLOCK_SINGLE (0x02): IRP_MJ_LOCK_CONTROL: unlock one byte range.</summary>
    public const byte IRP_MN_UNLOCK_SINGLE = 0x02;
    /// <summary>IRP_MN_UNLOCK_ALL (0x03): IRP_MJ_LOCK_CONTROL: unlock all the ranges the process holds on the file.</summary>
    public const byte IRP_MN_UNLOCK_ALL = 0x03;
    /// <summary>IRP_MN_UNLOCK_ALL_BY_KEY (0x04): IRP_MJ_LOCK_CONTROL: unlock all the ranges with a given key.</summary>
    public const byte IRP_MN_UNLOCK_ALL_BY_KEY = 0x04;
    /// <summary>IRP_MN_FLUSH_AND_PURGE (0x01): IRP_MJ_FLUSH_BUFFERS: flush, then purge the cache.</summary>
    public const byte IRP_MN_FLUSH_AND_PURGE = 0x01;

    // IRP_MJ_READ / IRP_MJ_WRITE minor codes (cache manager and file systems).
    /// <summary>IRP_MN_NORMAL (0x00): IRP_MJ_READ or IRP_MJ_WRITE: an ordinary transfer.</summary>
    public const byte IRP_MN_NORMAL = 0x00;
    /// <summary>IRP_MN_DPC (0x01): read or write flag: the request came at DISPATCH_LEVEL (the file system must post it).</summary>
    public const byte IRP_MN_DPC = 0x01;
    /// <summary>IRP_MN_MDL (0x02): read or write flag: the cache manager transfers through an MDL to the cache.</summary>
    public const byte IRP_MN_MDL = 0x02;
    /// <summary>IRP_MN_COMPLETE (0x04): read or write flag: release the MDL of an earlier IRP_MN_MDL transfer.</summary>
    public const byte IRP_MN_COMPLETE = 0x04;
    /// <summary>IRP_MN_COMPRESSED (0x08): read or write flag: the data is compressed.</summary>
    public const byte IRP_MN_COMPRESSED = 0x08;
    /// <summary>IRP_MN_MDL_DPC (0x03): an MDL transfer requested at DISPATCH_LEVEL.</summary>
    public const byte IRP_MN_MDL_DPC = IRP_MN_MDL | IRP_MN_DPC;
    /// <summary>IRP_MN_COMPLETE_MDL (0x06): release the MDL of an earlier IRP_MN_MDL transfer.</summary>
    public const byte IRP_MN_COMPLETE_MDL = IRP_MN_COMPLETE | IRP_MN_MDL;
    /// <summary>IRP_MN_COMPLETE_MDL_DPC (0x07): IRP_MN_COMPLETE_MDL requested at DISPATCH_LEVEL.</summary>
    public const byte IRP_MN_COMPLETE_MDL_DPC = IRP_MN_COMPLETE_MDL | IRP_MN_DPC;
}
