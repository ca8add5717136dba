namespace NtSim;

public sealed partial class Machine
{
    private DeviceInterfaceTable? _deviceInterfaces;
    private PlugPlayNotifications? _plugPlayNotifications;

    /// <summary>The devices that registered interfaces, and the links of the enabled ones.</summary>
    internal DeviceInterfaceTable DeviceInterfaces =>
        _deviceInterfaces ?? Interlocked.CompareExchange(ref _deviceInterfaces, new DeviceInterfaceTable(), null) ?? _deviceInterfaces;

    /// <summary>The PnP notification registrations and the queue of interface change events.</summary>
    internal PlugPlayNotifications PlugPlayNotifications =>
        _plugPlayNotifications ?? Interlocked.CompareExchange(ref _plugPlayNotifications, new PlugPlayNotifications(this), null) ?? _plugPlayNotifications;
}
