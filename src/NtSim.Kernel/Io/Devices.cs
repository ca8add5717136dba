namespace NtSim;

/// <summary>Device objects: creation in the namespace, deletion, and device stacks.</summary>
internal static class Devices
{
    // sizeof(DEVICE_OBJECT) on x64; the extension follows it in the same pool block.
    internal const int DeviceObjectSize = 0x150;
    private static readonly uint DeviceTag = PoolTag.FromString("Devi");

    internal static NTSTATUS Create(KTHREAD thread, DRIVER_OBJECT driver, ulong extensionSize, string? name, uint deviceType,
        uint characteristics, bool exclusive, object? typedExtension, string file, int line, out DEVICE_OBJECT? device)
    {
        device = null;
        var machine = thread.Machine!;
        if (name is not null && (name.Length == 0 || name[0] != '\\'))
        {
            return Wdm.STATUS_OBJECT_NAME_INVALID;
        }

        var size = (ulong)ObjectHeader.Size + DeviceObjectSize + extensionSize;
        var memory = machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true), size, DeviceTag, file, line, "IoCreateDevice");
        if (memory.IsNull)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        var body = new DEVICE_OBJECT(driver, name)
        {
            DeviceType = deviceType,
            Characteristics = characteristics,
            Flags = Wdm.DO_DEVICE_INITIALIZING | (exclusive ? Wdm.DO_EXCLUSIVE : 0),
            StackSize = 1,
            Exclusive = exclusive,
            Memory = memory,
            TypedExtension = typedExtension,
        };
        var bodyAddress = memory.Address + (ulong)ObjectHeader.Size;
        body.DeviceExtension = extensionSize == 0 ? default : new PVOID(bodyAddress + DeviceObjectSize);
        var objects = machine.ObjectManager;
        var header = objects.CreateObject(ObjectTypes.Device, body, thread.CurrentModule, file, line, bodyAddress);
        var captured = new CapturedName(null, name, Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE | (name is null ? 0 : Wdm.OBJ_PERMANENT));
        var status = objects.InsertObject(header, captured, Wdm.FILE_ALL_ACCESS, createHandle: false, keepReference: true,
            thread.CurrentModule, file, line, out _, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (driver.Header is { } driverHeader)
        {
            // A device object holds its driver object: the driver's image stays while a device does.
            objects.Reference(driverHeader);
        }

        lock (machine.Scheduler.Lock)
        {
            body.NextDevice = driver.DeviceObject;
            driver.DeviceObject = body;
        }

        device = body;
        return Wdm.STATUS_SUCCESS;
    }

    internal static void Delete(KTHREAD thread, DEVICE_OBJECT device)
    {
        var machine = thread.Machine!;
        if (device.DeletePending)
        {
            // 0xC9/0x240: IoDeleteDevice called twice for one device object.
            machine.RaiseBugCheck(Wdm.DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x240, device.Address, 0, 0,
                $"IoDeleteDevice called again for {device.Describe()}");
        }

        device.DeletePending = true;
        lock (machine.Scheduler.Lock)
        {
            var driver = device.DriverObject;
            if (driver.DeviceObject == device)
            {
                driver.DeviceObject = device.NextDevice;
            }
            else
            {
                for (var d = driver.DeviceObject; d is not null; d = d.NextDevice)
                {
                    if (d.NextDevice == device)
                    {
                        d.NextDevice = device.NextDevice;
                        break;
                    }
                }
            }

            device.NextDevice = null;
        }

        var header = device.Header!;
        if (device.Name is not null)
        {
            machine.ObjectManager.MakeTemporary(header);
        }

        machine.ObjectManager.Dereference(header);
    }

    /// <summary>The top of the stack <paramref name="device"/> is in.</summary>
    internal static DEVICE_OBJECT Top(DEVICE_OBJECT device)
    {
        var top = device;
        while (top.AttachedDevice is not null)
        {
            top = top.AttachedDevice;
        }

        return top;
    }

    /// <summary>IoGetAttachedDevice / IoGetRelatedDeviceObject: the top of the stack, walked without a
    /// lock as Windows walks it (an attach publishes the new top with one store).</summary>
    internal static DEVICE_OBJECT TopOf(DEVICE_OBJECT device)
    {
        var top = device;
        while (Volatile.Read(ref top.AttachedDevice) is { } above)
        {
            top = above;
        }

        return top;
    }

    internal static DEVICE_OBJECT? Attach(Machine machine, DEVICE_OBJECT source, DEVICE_OBJECT target)
    {
        lock (machine.Scheduler.Lock)
        {
            var top = Top(target);
            if (top.DeletePending || source.AttachedTo is not null)
            {
                return null;
            }

            source.AttachedTo = top;
            source.StackSize = (sbyte)(top.StackSize + 1);
            source.AlignmentRequirement = Math.Max(source.AlignmentRequirement, top.AlignmentRequirement);

            // Published last: TopOf walks the stack without the lock.
            Volatile.Write(ref top.AttachedDevice, source);
            return top;
        }
    }

    internal static void Detach(Machine machine, DEVICE_OBJECT target)
    {
        lock (machine.Scheduler.Lock)
        {
            if (target.AttachedDevice is { } attached)
            {
                attached.AttachedTo = null;
                target.AttachedDevice = null;
            }
        }
    }
}
