using static NtSim.Wdm;

// Definitions shared by the toaster drivers and their applications (the sample's public headers:
// the bus's IOCTLs and structures, the interface and setup class GUIDs, the toaster's IDs).
namespace NtSim.Samples.Toaster;

internal static class ToasterPublic
{
    /// <summary>The bus FDO's interface: enum opens it to plug in, unplug and eject toasters.</summary>
    public static readonly Guid GUID_DEVINTERFACE_BUSENUM_TOASTER = new("D35F7840-6A0C-11d2-B841-00C04FAD5171");

    /// <summary>A toaster's interface, registered on its PDO and enabled by the function driver at start.</summary>
    public static readonly Guid GUID_DEVINTERFACE_TOASTER = new("781EF630-72B2-11d2-B852-00C04FAD5171");

    /// <summary>The Toaster setup class (Control\Class\{B85B7C50-...}).</summary>
    public static readonly Guid GUID_DEVCLASS_TOASTER = new("B85B7C50-6A01-11d2-B841-00C04FAD5171");

    /// <summary>The bus's enumerator name, the first part of a toaster's device ID.</summary>
    public const string BUS_ENUMERATOR = "{B85B7C50-6A01-11d2-B841-00C04FAD5171}";

    /// <summary>The hardware ID enum plugs in with, and the toaster's device ID.</summary>
    public const string BUS_HARDWARE_IDS = BUS_ENUMERATOR + @"\MsToaster";

    /// <summary>The compatible ID every toaster PDO reports.</summary>
    public const string BUS_COMPATIBLE_IDS = BUS_ENUMERATOR + @"\MsCompatibleToaster";

    /// <summary>The bus itself is root-enumerated with this hardware ID (the bus INF's model).</summary>
    public const string BUS_ROOT_HARDWARE_ID = @"root\busenum";

    public const uint IOCTL_BUSENUM_PLUGIN_HARDWARE = (FILE_DEVICE_BUS_EXTENDER << 16) | (FILE_READ_DATA << 14) | (0 << 2) | METHOD_BUFFERED;
    public const uint IOCTL_BUSENUM_UNPLUG_HARDWARE = (FILE_DEVICE_BUS_EXTENDER << 16) | (FILE_READ_DATA << 14) | (1 << 2) | METHOD_BUFFERED;
    public const uint IOCTL_BUSENUM_EJECT_HARDWARE = (FILE_DEVICE_BUS_EXTENDER << 16) | (FILE_READ_DATA << 14) | (2 << 2) | METHOD_BUFFERED;
    public const uint IOCTL_TOASTER_DONT_DISPLAY_IN_UI_DEVICE = (FILE_DEVICE_BUS_EXTENDER << 16) | (FILE_READ_DATA << 14) | (3 << 2) | METHOD_BUFFERED;
}
