using System.Diagnostics;

namespace NtSim;

/// <summary>What a .NET debugger shows for a DEVICE_OBJECT (as WinDbg's !devobj): name, driver,
/// flags, the device it is attached to and the one attached on it, the IRP in StartIo. Fields only.</summary>
internal sealed class DeviceObjectDebugView
{
    private readonly DEVICE_OBJECT _device;

    public DeviceObjectDebugView(DEVICE_OBJECT device)
    {
        _device = device;
    }

    public string? Name => _device.Name;

    public DRIVER_OBJECT Driver => _device.DriverObject;

    public string Flags => "0x" + _device.Flags.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);

    public uint DeviceType => _device.DeviceType;

    public sbyte StackSize => _device.StackSize;

    public DEVICE_OBJECT? AttachedTo => _device.AttachedTo;

    public DEVICE_OBJECT? AttachedDevice => _device.AttachedDevice;

    public IRP? CurrentIrp => _device.CurrentIrp;

    public int QueuedIrps => _device.DeviceQueue.Count;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public object? Extension => _device.TypedExtension;
}
