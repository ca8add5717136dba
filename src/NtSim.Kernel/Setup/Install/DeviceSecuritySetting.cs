namespace NtSim.Setup;

/// <summary>
/// The device's Security setting of an INF (<c>HKR,,Security,,"D:P(A;;GA;;;SY)..."</c> in the
/// DDInstall.HW section's AddReg): SetupAPI refuses a string that is not SDDL, so the install stops
/// with an error naming the INF line before anything is written.
/// </summary>
internal static class DeviceSecuritySetting
{
    internal static void Check(string infName, IEnumerable<InfAddReg> hardwareAddReg)
    {
        foreach (var line in hardwareAddReg.Where(l => l.Root.Equals("HKR", StringComparison.OrdinalIgnoreCase) && l.Subkey.Length == 0
            && l.ValueName.Equals("Security", StringComparison.OrdinalIgnoreCase)))
        {
            if (!Sddl.TryParse(line.Values.FirstOrDefault(), deviceSubset: false, out _, out var error))
            {
                throw new DeviceSetupException($"{infName}({line.Line}): the device's Security setting is not valid: {error}");
            }
        }
    }
}
