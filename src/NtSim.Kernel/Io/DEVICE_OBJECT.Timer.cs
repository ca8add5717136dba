namespace NtSim;

public sealed partial class DEVICE_OBJECT
{
    /// <summary>DEVICE_OBJECT.Timer: the device's IoTimer once IoInitializeTimer set it up, else null.</summary>
    internal IoTimer? Timer { get; set; }
}
