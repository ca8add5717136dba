namespace NtSim.Setup;

/// <summary>A device installation that cannot be done (an INF with no model for the hardware ID,
/// a package in use...), with a message naming the file, the ID or the device.</summary>
public sealed class DeviceSetupException(string message, Exception? inner = null) : Exception(message, inner);
