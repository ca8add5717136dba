namespace NtSim;

/// <summary>WDF_DEVICE_IO_TYPE (wdfdevice.h): how the device's read and write buffers are described.</summary>
public enum WDF_DEVICE_IO_TYPE
{
    WdfDeviceIoUndefined = 0,
    WdfDeviceIoNeither = 1,
    WdfDeviceIoBuffered = 2,
    WdfDeviceIoDirect = 3,
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
    WdfFileObjectInvalid = 0,
    WdfFileObjectNotRequired = 1,
    WdfFileObjectWdfCanUseFsContext = 2,
    WdfFileObjectWdfCanUseFsContext2 = 3,
    WdfFileObjectWdfCannotUseFsContexts = 4,
    WdfFileObjectCanBeOptional = 0x80000000,
}

/// <summary>WDF_FILEOBJECT_CONFIG: the file object callbacks (WDF_FILEOBJECT_CONFIG_INIT).</summary>
public sealed class WDF_FILEOBJECT_CONFIG
{
    public uint Size;
    public EVT_WDF_DEVICE_FILE_CREATE? EvtDeviceFileCreate;
    public EVT_WDF_FILE_CLOSE? EvtFileClose;
    public EVT_WDF_FILE_CLEANUP? EvtFileCleanup;
    public WDF_TRI_STATE AutoForwardCleanupClose;
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
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02,
}
