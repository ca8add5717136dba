using System.Globalization;

namespace NtSim;

/// <summary>The IRP_MN_* names of the minor codes the WDK names: those of IRP_MJ_PNP, IRP_MJ_POWER and
/// IRP_MJ_SYSTEM_CONTROL (WMI). One table for the debugger's !irp and the framework's in-flight recorder.</summary>
internal static class MinorFunctionNames
{
    // wdm.h's IRP_MN_* values for IRP_MJ_PNP (0x0E is unused).
    private static readonly string[] s_pnp =
    [
        "IRP_MN_START_DEVICE", "IRP_MN_QUERY_REMOVE_DEVICE", "IRP_MN_REMOVE_DEVICE", "IRP_MN_CANCEL_REMOVE_DEVICE",
        "IRP_MN_STOP_DEVICE", "IRP_MN_QUERY_STOP_DEVICE", "IRP_MN_CANCEL_STOP_DEVICE", "IRP_MN_QUERY_DEVICE_RELATIONS",
        "IRP_MN_QUERY_INTERFACE", "IRP_MN_QUERY_CAPABILITIES", "IRP_MN_QUERY_RESOURCES", "IRP_MN_QUERY_RESOURCE_REQUIREMENTS",
        "IRP_MN_QUERY_DEVICE_TEXT", "IRP_MN_FILTER_RESOURCE_REQUIREMENTS", "", "IRP_MN_READ_CONFIG",
        "IRP_MN_WRITE_CONFIG", "IRP_MN_EJECT", "IRP_MN_SET_LOCK", "IRP_MN_QUERY_ID",
        "IRP_MN_QUERY_PNP_DEVICE_STATE", "IRP_MN_QUERY_BUS_INFORMATION", "IRP_MN_DEVICE_USAGE_NOTIFICATION", "IRP_MN_SURPRISE_REMOVAL",
        "IRP_MN_QUERY_LEGACY_BUS_INFORMATION", "IRP_MN_DEVICE_ENUMERATED",
    ];

    private static readonly string[] s_power = ["IRP_MN_WAIT_WAKE", "IRP_MN_POWER_SEQUENCE", "IRP_MN_SET_POWER", "IRP_MN_QUERY_POWER"];

    // wdm.h's WMI minor codes (0x0A is reserved).
    private static readonly string[] s_wmi =
    [
        "IRP_MN_QUERY_ALL_DATA", "IRP_MN_QUERY_SINGLE_INSTANCE", "IRP_MN_CHANGE_SINGLE_INSTANCE", "IRP_MN_CHANGE_SINGLE_ITEM",
        "IRP_MN_ENABLE_EVENTS", "IRP_MN_DISABLE_EVENTS", "IRP_MN_ENABLE_COLLECTION", "IRP_MN_DISABLE_COLLECTION",
        "IRP_MN_REGINFO", "IRP_MN_EXECUTE_METHOD", "", "IRP_MN_REGINFO_EX",
    ];

    /// <summary>The name of a PnP minor code, or null for one wdm.h does not name.</summary>
    internal static string? Pnp(byte minor) => minor < s_pnp.Length && s_pnp[minor].Length > 0 ? s_pnp[minor] : null;

    /// <summary>"IRP_MN_START_DEVICE" as !irp prints it, or "N/A" where the major has no named minor codes.</summary>
    internal static string Of(byte major, byte minor)
    {
        var table = major switch
        {
            Wdm.IRP_MJ_PNP => s_pnp,
            Wdm.IRP_MJ_POWER => s_power,
            Wdm.IRP_MJ_SYSTEM_CONTROL => s_wmi,
            _ => null,
        };
        if (table is null)
        {
            return "N/A";
        }

        return minor < table.Length && table[minor].Length > 0 ? table[minor] : "IRP_MN_0x" + minor.ToString("x2", CultureInfo.InvariantCulture);
    }
}
