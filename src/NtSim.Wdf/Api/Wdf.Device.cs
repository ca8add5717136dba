using System.Diagnostics.CodeAnalysis;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>
    /// WdfDeviceCreate: makes the WDM device object (named, typed and secured as DeviceInit says),
    /// attaches a function or filter device over its PDO, and consumes DeviceInit (set to null).
    /// </summary>
    public static NTSTATUS WdfDeviceCreate([AllowNull] ref WDFDEVICE_INIT DeviceInit, WDF_OBJECT_ATTRIBUTES? DeviceAttributes, out WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceCreate);
        Device = default;
        if (DeviceInit is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceCreate), nameof(DeviceInit));
        }

        var status = FxDevice.Create(thread, DeviceInit, DeviceAttributes, out var device);
        if (Wdm.NT_SUCCESS(status))
        {
            Device = new WDFDEVICE(device);

            // KMDF sets *DeviceInit = NULL. Not [MaybeNull]: that makes `ref DeviceInit` on EvtDriverDeviceAdd's parameter a CS8600.
            DeviceInit = null!;
        }

        return status;
    }

    /// <summary>WdfControlFinishInitializing: the control device is ready for I/O (clears DO_DEVICE_INITIALIZING). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfControlFinishInitializing(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfControlFinishInitializing);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfControlFinishInitializing));
        device.DeviceObject.Flags &= ~Wdm.DO_DEVICE_INITIALIZING;
    }

    /// <summary>WdfDeviceCreateSymbolicLink: a link (\DosDevices\X) to the device's name, deleted with the device.</summary>
    public static NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE Device, UNICODE_STRING SymbolicLinkName)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceCreateSymbolicLink);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceCreateSymbolicLink));
        return device.General.CreateSymbolicLink(thread, SymbolicLinkName.ToString());
    }

    /// <summary>WdfDeviceCreateDeviceInterface: registers an interface on the PDO; the framework enables it at start and disables it at stop.</summary>
    public static NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE Device, in Guid InterfaceClassGUID, UNICODE_STRING? ReferenceString)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceCreateDeviceInterface);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceCreateDeviceInterface));
        return device.General.CreateInterface(thread, InterfaceClassGUID, ReferenceString?.ToString());
    }

    /// <summary>WdfDeviceSetDeviceInterfaceState: enables or disables one of the device's interfaces.</summary>
    public static void WdfDeviceSetDeviceInterfaceState(WDFDEVICE Device, in Guid InterfaceClassGUID, UNICODE_STRING? ReferenceString, bool IsInterfaceEnabled)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetDeviceInterfaceState);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetDeviceInterfaceState));
        device.General.SetInterfaceState(thread, InterfaceClassGUID, ReferenceString?.ToString(), IsInterfaceEnabled);
    }

    /// <summary>WdfDeviceGetDefaultQueue: the device's default queue, or NULL. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetDefaultQueue);
        return new WDFQUEUE(FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetDefaultQueue)).Io.DefaultQueue);
    }

    /// <summary>WdfDeviceConfigureRequestDispatching: requests of one type go to <paramref name="Queue"/>.</summary>
    public static NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE Device, WDFQUEUE Queue, WDF_REQUEST_TYPE RequestType)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceConfigureRequestDispatching);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceConfigureRequestDispatching));
        var queue = FxHandles.Resolve<FxIoQueue>(thread, Queue.Target, FxObjectType.Queue, nameof(WdfDeviceConfigureRequestDispatching));
        if (RequestType is not (WDF_REQUEST_TYPE.WdfRequestTypeCreate or WDF_REQUEST_TYPE.WdfRequestTypeRead or WDF_REQUEST_TYPE.WdfRequestTypeWrite
            or WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl or WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal) || !ReferenceEquals(queue.Device, device))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return device.Io.ConfigureDispatching(queue, (byte)RequestType);
    }

    /// <summary>WdfDeviceEnqueueRequest: from EvtIoInCallerContext, hand the request to the framework's queues. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfDeviceEnqueueRequest(WDFDEVICE Device, WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceEnqueueRequest);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceEnqueueRequest));
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfDeviceEnqueueRequest));
        return device.Io.Enqueue(thread, request);
    }

    /// <summary>WdfDeviceWdmGetDeviceObject: the WDM device object under the WDFDEVICE. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DEVICE_OBJECT WdfDeviceWdmGetDeviceObject(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceWdmGetDeviceObject);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceWdmGetDeviceObject)).DeviceObject;
    }

    /// <summary>WdfDeviceWdmGetAttachedDevice: the next lower device (NULL for a control device). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DEVICE_OBJECT? WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceWdmGetAttachedDevice);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceWdmGetAttachedDevice)).AttachedDevice;
    }

    /// <summary>WdfDeviceWdmGetPhysicalDevice: the PDO (NULL for a control device). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DEVICE_OBJECT? WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceWdmGetPhysicalDevice);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceWdmGetPhysicalDevice)).PhysicalDevice;
    }

    /// <summary>WdfWdmDeviceGetWdfDeviceHandle: the WDFDEVICE over a WDM device object (NULL if the framework did not make it). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(DEVICE_OBJECT DeviceObject)
    {
        DdiGate.Enter(WdfDdis.WdfWdmDeviceGetWdfDeviceHandle);
        return new WDFDEVICE(FxDevice.Of(DeviceObject));
    }

    /// <summary>WdfDeviceWdmDispatchPreprocessedIrp: from EvtDeviceWdmIrpPreprocess, give the IRP to the framework.</summary>
    public static NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, IRP Irp)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceWdmDispatchPreprocessedIrp);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceWdmDispatchPreprocessedIrp));
        return FxDispatch.DispatchPreprocessed(thread, device, Irp);
    }

    /// <summary>WdfDeviceGetDriver: the WDFDRIVER the device belongs to. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDRIVER WdfDeviceGetDriver(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetDriver);
        return new WDFDRIVER(FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetDriver)).Driver);
    }

    /// <summary>WdfDeviceGetFileObject: the WDFFILEOBJECT of a WDM file object open on the device. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFFILEOBJECT WdfDeviceGetFileObject(WDFDEVICE Device, FILE_OBJECT FileObject)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetFileObject);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetFileObject));
        return new WDFFILEOBJECT(device.General.FileObjectOf(FileObject));
    }

    /// <summary>WdfFileObjectGetDevice: the device a file object is open on. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfFileObjectGetDevice);
        return new WDFDEVICE(FxHandles.Resolve<FxFileObject>(thread, FileObject.Target, FxObjectType.FileObject, nameof(WdfFileObjectGetDevice)).Device);
    }

    /// <summary>WdfFileObjectWdmGetFileObject: the WDM FILE_OBJECT. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static FILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfFileObjectWdmGetFileObject);
        return FxHandles.Resolve<FxFileObject>(thread, FileObject.Target, FxObjectType.FileObject, nameof(WdfFileObjectWdmGetFileObject)).WdmFileObject;
    }

    /// <summary>WdfFileObjectGetFileName: the name after the device's (\\.\NONPNP\log.txt gives \log.txt), or an empty string. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static UNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfFileObjectGetFileName);
        return FxHandles.Resolve<FxFileObject>(thread, FileObject.Target, FxObjectType.FileObject, nameof(WdfFileObjectGetFileName)).WdmFileObject.FileName;
    }
}
