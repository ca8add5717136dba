namespace NtSim;

/// <summary>The checks the PnP DDIs make on their callers.</summary>
internal static class PnpRules
{
    /// <summary>A routine that needs a PDO the PnP manager knows: anything else is 0xCA/0x2
    /// (P2 the supposed PDO, P3 its driver object).</summary>
    internal static DeviceNode RequirePdo(KTHREAD thread, DEVICE_OBJECT? device, string ddi)
    {
        if (device?.DeviceNode is { } node && node.PhysicalDeviceObject == device)
        {
            return node;
        }

        thread.Machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x2, device?.Address ?? 0, device?.DriverObject.Address ?? 0, 0,
            $"{ddi} called with {device?.Describe() ?? "NULL"}, which is not a PDO reported to the PnP manager (an FDO, a filter, or a PDO not yet in BusRelations)");
        throw new InvalidOperationException("unreachable: the machine halted");
    }
}
