using System.Text;

namespace NtSim;

/// <summary>The text of `!wdfkd.wdfdevice` for a device (layout: kmdf.md 6.4, from the wdfkd documentation).</summary>
internal static class WdfDeviceDump
{
    internal static string Format(WdfDeviceInfo device)
    {
        var text = new StringBuilder();
        text.Append("# Dumping WDFDEVICE 0x").Append(device.Handle.ToString("x")).Append('\n');
        text.Append("=================================\n");
        text.Append("WDM PDEVICE_OBJECTs:  self ").Append(device.DeviceObject.ToString("x"));
        if (device.AttachedDevice != 0)
        {
            text.Append(", attached ").Append(device.AttachedDevice.ToString("x"));
        }

        if (device.PhysicalDevice != 0)
        {
            text.Append(", pdo ").Append(device.PhysicalDevice.ToString("x"));
        }

        text.Append('\n');
        if (device.PnpState is { } pnp && device.PowerState is { } power && device.PowerPolicyState is { } policy)
        {
            text.Append("Pnp state:  ").Append(pnp).Append('\n');
            text.Append("Power state:  ").Append(power).Append('\n');
            text.Append("Power Pol state:  ").Append(policy).Append('\n');
            text.Append(device.IsPowerPolicyOwner ? "Device is the power policy owner for the stack\n" : "Device is not the power policy owner for the stack\n");
            History(text, "Pnp state history:", device.PnpHistory);
            History(text, "Power state history:", device.PowerHistory);
            History(text, "Power policy state history:", device.PowerPolicyHistory);
        }
        else
        {
            text.Append("Control device (no PnP package)\n");
        }

        text.Append("SyncronizationScope is ").Append(device.SynchronizationScope).Append('\n');
        text.Append("ExecutionLevel is ").Append(device.ExecutionLevel).Append('\n');
        return text.ToString();
    }

    private static void History(StringBuilder text, string title, IReadOnlyList<WdfStateName> history)
    {
        text.Append(title).Append('\n');
        for (var i = 0; i < history.Count; i++)
        {
            text.Append('[').Append(i).Append("] ").Append(history[i].HistoryEntry).Append('\n');
        }
    }
}
