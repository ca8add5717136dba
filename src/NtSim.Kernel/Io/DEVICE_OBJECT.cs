using System.Diagnostics;

namespace NtSim;

/// <summary>
/// DEVICE_OBJECT: a device a driver created with IoCreateDevice, the target of IRPs. The device
/// extension is a zeroed block of nonpaged pool just after the object (<see cref="DeviceExtension"/>,
/// as in C), and, with IoCreateDevice&lt;T&gt;, also a typed object (<see cref="Extension{T}"/>).
/// </summary>
[DebuggerDisplay("{Name,nq} of {DriverObject.DriverName}")]
[DebuggerTypeProxy(typeof(DeviceObjectDebugView))]
public sealed partial class DEVICE_OBJECT : IObjectParser
{
    internal DEVICE_OBJECT(DRIVER_OBJECT driver, string? name)
    {
        DriverObject = driver;
        Name = name;
    }

    /// <summary>Open file objects on the device (the I/O manager counts them at create and close).</summary>
    public int ReferenceCount;
    /// <summary>The driver object of the driver that created the device.</summary>
    public DRIVER_OBJECT DriverObject;
    /// <summary>The next device object the same driver created (the driver's list starts at DRIVER_OBJECT.DeviceObject).</summary>
    public DEVICE_OBJECT? NextDevice;
    /// <summary>The device attached directly above this one (IoAttachDeviceToDeviceStack), or NULL at the top of the stack.</summary>
    public DEVICE_OBJECT? AttachedDevice;
    /// <summary>The IRP the driver's StartIo routine is processing, or NULL.</summary>
    public IRP? CurrentIrp;
    /// <summary>DO_* flags: DO_BUFFERED_IO or DO_DIRECT_IO, DO_POWER_PAGABLE, DO_DEVICE_INITIALIZING (cleared by the driver once set up), DO_EXCLUSIVE.</summary>
    public uint Flags;
    /// <summary>FILE_* device characteristics given to IoCreateDevice (FILE_DEVICE_SECURE_OPEN, FILE_REMOVABLE_MEDIA, ...).</summary>
    public uint Characteristics;
    /// <summary>The FILE_DEVICE_* type given to IoCreateDevice.</summary>
    public uint DeviceType;
    /// <summary>The number of stack locations an IRP sent to this device needs: one more than the device below it.</summary>
    public sbyte StackSize = 1;
    /// <summary>The alignment the device needs for data transfers, as a FILE_*_ALIGNMENT mask.</summary>
    public uint AlignmentRequirement;
    /// <summary>The device extension: the zeroed nonpaged block of the size given to IoCreateDevice, for the driver's per-device state.</summary>
    public PVOID DeviceExtension;

    /// <summary>The StartIo device queue (IoStartPacket / IoStartNextPacket).</summary>
    public readonly KDEVICE_QUEUE DeviceQueue = new();

    /// <summary>The typed extension given to IoCreateDevice&lt;T&gt;, if any.</summary>
    internal object? TypedExtension { get; set; }

    /// <summary>The device this one is attached on top of (DEVOBJ_EXTENSION.AttachedTo).</summary>
    internal DEVICE_OBJECT? AttachedTo { get; set; }

    internal string? Name { get; }

    internal bool Exclusive { get; set; }

    /// <summary>The device node of a PDO (DEVOBJ_EXTENSION.DeviceNode), set when its bus driver
    /// reports it to the PnP manager; null for other devices.</summary>
    internal DeviceNode? DeviceNode { get; set; }

    internal bool DeletePending { get; set; }

    /// <summary>Pool block holding the device object and its extension.</summary>
    internal PVOID Memory { get; set; }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>The Device type's DeleteProcedure: the object and its extension go back to pool.</summary>
    void IObjectBody.OnDelete(ObjectHeader header)
    {
        var thread = KTHREAD.Current;
        if (thread?.Machine is { } machine && !Memory.IsNull)
        {
            machine.Pool.Free(thread, Memory.Address, 0, checkTag: false, "IoDeleteDevice");
            Memory = default;
        }

        // The extension went back to pool with the object: its typed view goes too, so that a host still
        // holding the object (a test's local) does not keep the driver's load context alive.
        TypedExtension = null;

        // IopDeleteDevice: the device lets go of its driver object (IoCreateDevice referenced it).
        if (DriverObject.Header is { } driverHeader && !DriverObject.Machine.IsHalted)
        {
            DriverObject.Machine.ObjectManager.Dereference(driverHeader);
        }
    }

    /// <summary>IopParseDevice: a name that reaches the device opens a file object on it.</summary>
    NTSTATUS IObjectParser.Parse(ObjectHeader header, ParseRequest request, out ObjectHeader? found, out string? reparseName)
    {
        reparseName = null;
        return FileCreation.Parse(this, request, out found);
    }

    internal ObjectHeader? Header => ((IObjectBody)this).ObjectHeader;

    internal ulong Address => Header?.BodyAddress ?? 0;

    /// <summary>The name IoCreateDevice gave it (<c>\Device\Hello</c>, <c>\Device\00000012</c>), or null for an unnamed device (for tools such as devcon stack).</summary>
    public string? ObjectName => Name;

    /// <summary>The object's address in system space, as a debugger prints it (0 once deleted).</summary>
    public ulong ObjectAddress => Address;

    /// <summary>The typed device extension (IoCreateDevice&lt;T&gt;).</summary>
    public T Extension<T>()
        where T : class =>
        TypedExtension as T ?? throw new InvalidOperationException(
            $"The device {Describe()} has no device extension of type {typeof(T).Name}; create it with IoCreateDevice<{typeof(T).Name}>.");

    internal string Describe() => $"{Name ?? "(unnamed)"} of {DriverObject.DriverName}";

    /// <summary>The device's name and driver, as the debugger shows the object.</summary>
    public override string ToString() => Describe();
}
