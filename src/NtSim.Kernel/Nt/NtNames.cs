using System.Globalization;

namespace NtSim;

// Placeholder until the constant tables land: names by reflection over Wdm's constants.
internal static class NtNames
{
    public static string BugCheckName(uint code) => code.ToString("X", CultureInfo.InvariantCulture);

    public static string StatusName(NTSTATUS status) => "0x" + ((uint)status).ToString("X8", CultureInfo.InvariantCulture);

    public static string Format(NTSTATUS status) => StatusName(status);
}
