namespace NtSim;

public sealed partial class DEVICE_OBJECT
{
    /// <summary>Where the device extension lies, for a debugger: DeviceExtension's address, or for a typed extension
    /// (IoCreateDevice&lt;T&gt;, which has no bytes) the extension area just after the DEVICE_OBJECT, where
    /// IoCreateDevice places a C driver's extension; 0 when the device has none.</summary>
    internal ulong ExtensionAddress =>
        !DeviceExtension.IsNull ? DeviceExtension.Address
        : TypedExtension is null || Address == 0 ? 0
        : Address + Devices.DeviceObjectSize;
}
