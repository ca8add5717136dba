namespace NtSim;

/// <summary>Device interfaces of device nodes (placeholder until interfaces land).</summary>
internal static class DeviceInterfaces
{
    /// <summary>Disables every enabled interface of the node, with removal notifications.</summary>
    internal static void DisableAll(KTHREAD thread, DeviceNode node)
    {
    }
}
