namespace NtSim;

/// <summary>WDF_DEVICE_IO_TYPE (wdfdevice.h): how the device's read and write buffers are described.</summary>
public enum WDF_DEVICE_IO_TYPE
{
    /// <summary>Reserved for system use (0): not an I/O type a driver asks for.</summary>
    WdfDeviceIoUndefined = 0,
    /// <summary>Neither buffered nor direct I/O: a read or write request carries the caller's own buffer address.</summary>
    WdfDeviceIoNeither = 1,
    /// <summary>Buffered I/O (the default): the I/O manager copies data through a system buffer.</summary>
    WdfDeviceIoBuffered = 2,
    /// <summary>Direct I/O: the request carries an MDL of the caller's locked pages.</summary>
    WdfDeviceIoDirect = 3,
    /// <summary>UMDF only (4): buffered or direct I/O; a KMDF driver does not use it.</summary>
    WdfDeviceIoBufferedOrDirect = 4,
}

/// <summary>EvtDeviceFileCreate: a file object is being opened on the device; complete the request.</summary>
public delegate void EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject);

/// <summary>EvtFileClose / EvtFileCleanup.</summary>
public delegate void EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);

/// <summary>EvtFileCleanup: the last handle to the file object was closed.</summary>
public delegate void EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);

/// <summary>WDF_FILEOBJECT_CLASS (wdfdevice.h): whether and where the framework keeps a WDFFILEOBJECT.</summary>
public enum WDF_FILEOBJECT_CLASS : uint
{
    /// <summary>Not a valid file object class (0).</summary>
    WdfFileObjectInvalid = 0,
    /// <summary>The driver needs no WDFFILEOBJECT: the framework makes none.</summary>
    WdfFileObjectNotRequired = 1,
    /// <summary>The framework keeps its WDFFILEOBJECT in the FILE_OBJECT's FsContext.</summary>
    WdfFileObjectWdfCanUseFsContext = 2,
    /// <summary>The framework keeps its WDFFILEOBJECT in the FILE_OBJECT's FsContext2.</summary>
    WdfFileObjectWdfCanUseFsContext2 = 3,
    /// <summary>The framework keeps its WDFFILEOBJECT in a table of its own (the driver uses both FsContext fields); the default.</summary>
    WdfFileObjectWdfCannotUseFsContexts = 4,
    /// <summary>A flag (0x80000000) for the classes above: a request may come without a file object (a filter driver's case).</summary>
    WdfFileObjectCanBeOptional = 0x80000000,
}

/// <summary>WDF_FILEOBJECT_CONFIG: the file object callbacks (WDF_FILEOBJECT_CONFIG_INIT).</summary>
public sealed class WDF_FILEOBJECT_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Called for IRP_MJ_CREATE on the device; the driver completes the request.</summary>
    public EVT_WDF_DEVICE_FILE_CREATE? EvtDeviceFileCreate;
    /// <summary>Called for IRP_MJ_CLOSE, when the file object's last reference is released.</summary>
    public EVT_WDF_FILE_CLOSE? EvtFileClose;
    /// <summary>Called for IRP_MJ_CLEANUP, when the file object's last handle is closed.</summary>
    public EVT_WDF_FILE_CLEANUP? EvtFileCleanup;
    /// <summary>Whether the framework sends create, cleanup and close down the stack itself (WdfUseDefault: yes for a filter driver, no otherwise).</summary>
    public WDF_TRI_STATE AutoForwardCleanupClose;
    /// <summary>Whether and where the framework keeps its WDFFILEOBJECT (WdfFileObjectWdfCannotUseFsContexts by default).</summary>
    public WDF_FILEOBJECT_CLASS FileObjectClass;
}

/// <summary>EvtDeviceWdmIrpPreprocess: sees an IRP before the framework; returns what IoCallDriver returns.</summary>
public delegate NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device, IRP Irp);

/// <summary>EvtIoInCallerContext: sees each I/O request in the caller's thread before it is queued.</summary>
public delegate void EVT_WDF_IO_IN_CALLER_CONTEXT(WDFDEVICE Device, WDFREQUEST Request);

/// <summary>EvtDeviceShutdownNotification: the system is shutting down (control devices).</summary>
public delegate void EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(WDFDEVICE Device);

/// <summary>WDF_DEVICE_SHUTDOWN_FLAGS (wdfcontrol.h): which shutdown notification a control device wants.</summary>
[Flags]
public enum WDF_DEVICE_SHUTDOWN_FLAGS : byte
{
    /// <summary>EvtDeviceShutdownNotification runs on IRP_MJ_SHUTDOWN, while the file systems are still up.</summary>
    WdfDeviceShutdown = 0x01,
    /// <summary>EvtDeviceShutdownNotification runs on the last-chance shutdown, after the file systems are flushed.</summary>
    WdfDeviceLastChanceShutdown = 0x02,
}
