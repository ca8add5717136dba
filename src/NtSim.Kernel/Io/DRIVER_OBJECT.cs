using System.Diagnostics;

namespace NtSim;

/// <summary>DRIVER_EXTENSION: the driver's AddDevice routine and service key name.</summary>
public sealed class DRIVER_EXTENSION
{
    /// <summary>The AddDevice routine a PnP driver sets in DriverEntry; the PnP manager calls it for each device the driver is to manage.</summary>
    public DRIVER_ADD_DEVICE? AddDevice;
    /// <summary>The driver's service key name (the name under HKLM\System\CurrentControlSet\Services).</summary>
    public UNICODE_STRING ServiceKeyName;
}

/// <summary>
/// DRIVER_OBJECT: one per loaded driver, named \Driver\&lt;Name&gt;. DriverEntry fills its
/// MajorFunction table (IRP_MJ_MAXIMUM_FUNCTION + 1 entries; an entry left NULL completes IRPs with
/// STATUS_INVALID_DEVICE_REQUEST), DriverUnload and DriverStartIo.
/// </summary>
[DebuggerDisplay("{DriverName}")]
public sealed class DRIVER_OBJECT : IObjectBody
{
    internal DRIVER_OBJECT(Machine machine, string name, KernelModule module)
    {
        Machine = machine;
        Module = module;
        DriverName = new UNICODE_STRING(@"\Driver\" + name);
        Name = name;
    }

    /// <summary>The driver's object name, \Driver\&lt;Name&gt;.</summary>
    public UNICODE_STRING DriverName;
    /// <summary>The first of the device objects the driver created (linked through DEVICE_OBJECT.NextDevice).</summary>
    public DEVICE_OBJECT? DeviceObject;
    /// <summary>DRVO_* flags the I/O manager keeps for the driver.</summary>
    public uint Flags;
    /// <summary>The driver extension: its AddDevice routine and service key name.</summary>
    public DRIVER_EXTENSION DriverExtension = new();
    /// <summary>The driver's entry point, DriverEntry.</summary>
    public DRIVER_INITIALIZE? DriverInit;
    /// <summary>The driver's StartIo routine (IoStartPacket calls it), or NULL.</summary>
    public DRIVER_STARTIO? DriverStartIo;
    /// <summary>The driver's Unload routine; NULL means the driver cannot be unloaded.</summary>
    public DRIVER_UNLOAD? DriverUnload;

    /// <summary>The dispatch table, indexed by IRP_MJ_* code.</summary>
    public readonly DRIVER_DISPATCH?[] MajorFunction = new DRIVER_DISPATCH?[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];

    internal Machine Machine { get; }

    /// <summary>The driver object extensions (IoAllocateDriverObjectExtension), by client identifier.</summary>
    internal DriverObjectExtensions ClientExtensions { get; } = new();

    internal KernelModule Module { get; }

    /// <summary>The service name ("Zero").</summary>
    internal string Name { get; }

    /// <summary>The image the driver was loaded from by the service control manager, or null.</summary>
    internal DriverImage? Image { get; set; }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>The Driver type's DeleteProcedure (IopDeleteDriver): the image goes with the object, and
    /// the object lets go of the driver's code, so that a host still holding it (a test's local) does not
    /// keep the driver's load context alive.</summary>
    void IObjectBody.OnDelete(ObjectHeader header)
    {
        Image?.OnDriverObjectDeleted(KTHREAD.Current);
        Image = null;
        DriverInit = null;
        DriverStartIo = null;
        DriverUnload = null;
        DriverExtension.AddDevice = null;
        Array.Clear(MajorFunction);
    }

    internal ObjectHeader? Header => ((IObjectBody)this).ObjectHeader;

    internal ulong Address => Header?.BodyAddress ?? 0;

    /// <summary>The driver's object name (\Driver\&lt;Name&gt;).</summary>
    public override string ToString() => DriverName.ToString();
}
