using System.Diagnostics;

namespace NtSim;

/// <summary>One registered device interface and whether it is enabled (what !devnode and a
/// debugger list for a device).</summary>
[DebuggerDisplay("{Name} {Enabled ? \"enabled\" : \"disabled\",nq}")]
internal sealed record DeviceInterfaceInstance(DeviceInterfaceName Name, bool Enabled)
{
    public override string ToString() => $"{Name.SymbolicLinkName} ({(Enabled ? "enabled" : "disabled")})";
}
