using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoCreateDevice: a device object (named under \Device, or unnamed) with a zeroed
    /// extension of <paramref name="DeviceExtensionSize"/> bytes, StackSize 1 and
    /// DO_DEVICE_INITIALIZING set; linked into the driver's device list.</summary>
    public static NTSTATUS IoCreateDevice(DRIVER_OBJECT DriverObject, ulong DeviceExtensionSize, UNICODE_STRING? DeviceName, uint DeviceType,
        uint DeviceCharacteristics, bool Exclusive, out DEVICE_OBJECT? DeviceObject,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoCreateDevice);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        return Devices.Create(thread, DriverObject, DeviceExtensionSize, DeviceName?.ToString(), DeviceType, DeviceCharacteristics, Exclusive,
            null, file, line, out DeviceObject);
    }

    /// <summary>IoCreateDevice with a typed device extension: a new <typeparamref name="TExtension"/>
    /// reached with <c>DeviceObject.Extension&lt;TExtension&gt;()</c>.</summary>
    public static NTSTATUS IoCreateDevice<TExtension>(DRIVER_OBJECT DriverObject, UNICODE_STRING? DeviceName, uint DeviceType,
        uint DeviceCharacteristics, bool Exclusive, out DEVICE_OBJECT? DeviceObject,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        where TExtension : class, new()
    {
        var thread = DdiGate.Enter(DdiTable.IoCreateDevice);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        return Devices.Create(thread, DriverObject, 0, DeviceName?.ToString(), DeviceType, DeviceCharacteristics, Exclusive,
            new TExtension(), file, line, out DeviceObject);
    }

    /// <summary>IoDeleteDevice: unlinks the device and removes its name; the object goes when its
    /// last reference does. Deleting twice bug checks 0xC9/0x240.</summary>
    public static void IoDeleteDevice(DEVICE_OBJECT DeviceObject) =>
        Devices.Delete(DdiGate.Enter(DdiTable.IoDeleteDevice), KeContext.NotNull(DeviceObject, nameof(DeviceObject)));

    /// <summary>IoCreateSymbolicLink: a permanent link (\??\Name or \DosDevices\Name) to a device name.</summary>
    public static NTSTATUS IoCreateSymbolicLink(UNICODE_STRING SymbolicLinkName, UNICODE_STRING DeviceName,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoCreateSymbolicLink);
        return thread.Machine.ObjectManager.CreateSymbolicLink(SymbolicLinkName.ToString(), DeviceName.ToString(), thread.CurrentModule, file, line);
    }

    /// <summary>IoDeleteSymbolicLink: removes a link made with IoCreateSymbolicLink.</summary>
    public static NTSTATUS IoDeleteSymbolicLink(UNICODE_STRING SymbolicLinkName) =>
        DdiGate.Enter(DdiTable.IoDeleteSymbolicLink).Machine.ObjectManager.DeleteSymbolicLink(SymbolicLinkName.ToString());

    /// <summary>IoAttachDeviceToDeviceStack: puts <paramref name="SourceDevice"/> on top of the stack
    /// <paramref name="TargetDevice"/> is in; returns the device it is attached to (NULL if that
    /// device is being deleted). The source's StackSize becomes the lower one's + 1.</summary>
    public static DEVICE_OBJECT? IoAttachDeviceToDeviceStack(DEVICE_OBJECT SourceDevice, DEVICE_OBJECT TargetDevice) =>
        Devices.Attach(DdiGate.Enter(DdiTable.IoAttachDeviceToDeviceStack).Machine, KeContext.NotNull(SourceDevice, nameof(SourceDevice)), KeContext.NotNull(TargetDevice, nameof(TargetDevice)));

    /// <summary>IoAttachDeviceToDeviceStackSafe: as IoAttachDeviceToDeviceStack, returning the lower device through an out parameter.</summary>
    public static NTSTATUS IoAttachDeviceToDeviceStackSafe(DEVICE_OBJECT SourceDevice, DEVICE_OBJECT TargetDevice, out DEVICE_OBJECT? AttachedToDeviceObject)
    {
        DdiGate.Enter(DdiTable.IoAttachDeviceToDeviceStackSafe);
        AttachedToDeviceObject = IoAttachDeviceToDeviceStack(SourceDevice, TargetDevice);
        return AttachedToDeviceObject is null ? STATUS_NO_SUCH_DEVICE : STATUS_SUCCESS;
    }

    /// <summary>IoDetachDevice: takes the device attached on top of <paramref name="TargetDevice"/> off it.</summary>
    public static void IoDetachDevice(DEVICE_OBJECT TargetDevice) =>
        Devices.Detach(DdiGate.Enter(DdiTable.IoDetachDevice).Machine, KeContext.NotNull(TargetDevice, nameof(TargetDevice)));

    /// <summary>IoGetAttachedDeviceReference: the top of the device's stack, referenced (ObDereferenceObject it).</summary>
    public static DEVICE_OBJECT IoGetAttachedDeviceReference(DEVICE_OBJECT DeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoGetAttachedDeviceReference);
        DEVICE_OBJECT top;
        lock (thread.Machine.Scheduler.Lock)
        {
            top = Devices.Top(KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
        }

        thread.Machine.ObjectManager.Reference(top.Header!);
        return top;
    }

    /// <summary>IoGetAttachedDevice: the top of the device's stack, not referenced.</summary>
    public static DEVICE_OBJECT IoGetAttachedDevice(DEVICE_OBJECT DeviceObject)
    {
        lock (DdiGate.Enter(DdiTable.IoGetAttachedDevice).Machine.Scheduler.Lock)
        {
            return Devices.Top(KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
        }
    }
}
