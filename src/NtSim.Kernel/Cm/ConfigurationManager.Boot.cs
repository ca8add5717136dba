namespace NtSim;

internal sealed partial class ConfigurationManager
{
    /// <summary>The target of the CurrentControlSet link (SYSTEM\Select\Current = 1).</summary>
    internal const string CurrentControlSetTarget = @"\REGISTRY\MACHINE\SYSTEM\ControlSet001";

    /// <summary>
    /// The layout a booted machine has: <c>\REGISTRY\MACHINE</c> (HKLM) with the HARDWARE (volatile),
    /// SOFTWARE and SYSTEM hives, <c>\REGISTRY\USER</c> with <c>.DEFAULT</c>. As on Windows,
    /// SYSTEM\CurrentControlSet is a volatile symbolic link (REG_LINK) to ControlSet001, made at
    /// boot from SYSTEM\Select.
    /// </summary>
    private void BuildBootLayout(CmHive master)
    {
        const CmKeyFlags Fixed = CmKeyFlags.NoDelete;
        var machineKey = BootKey(Root, "MACHINE", master, CmKeyFlags.Volatile | Fixed);
        var user = BootKey(Root, "USER", master, CmKeyFlags.Volatile | Fixed);

        var hardware = BootKey(machineKey, "HARDWARE", AddHive("HARDWARE", null, isVolatile: true), CmKeyFlags.Volatile | CmKeyFlags.HiveEntry | Fixed);
        var description = BootKey(hardware, "DESCRIPTION", null, CmKeyFlags.Volatile);
        var system = BootKey(description, "System", null, CmKeyFlags.Volatile);
        system.SetValue("Identifier", Wdm.REG_SZ, RegistryData.String("AT/AT COMPATIBLE"));
        BootKey(hardware, "DEVICEMAP", null, CmKeyFlags.Volatile);
        BootKey(hardware, "RESOURCEMAP", null, CmKeyFlags.Volatile);

        var software = BootKey(machineKey, "SOFTWARE", AddHive("SOFTWARE", @"System32\config\SOFTWARE", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
        var currentVersion = BootKey(BootKey(BootKey(software, "Microsoft"), "Windows NT"), "CurrentVersion");
        currentVersion.SetValue("SystemRoot", Wdm.REG_SZ, RegistryData.String(@"C:\Windows"));
        currentVersion.SetValue("CurrentMajorVersionNumber", Wdm.REG_DWORD, RegistryData.Dword(10));
        currentVersion.SetValue("CurrentMinorVersionNumber", Wdm.REG_DWORD, RegistryData.Dword(0));
        currentVersion.SetValue("CurrentBuildNumber", Wdm.REG_SZ, RegistryData.String("26100"));

        var systemHive = BootKey(machineKey, "SYSTEM", AddHive("SYSTEM", @"System32\config\SYSTEM", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
        var controlSet = BootKey(systemHive, "ControlSet001");
        BootKey(BootKey(controlSet, "Control"), "Class");
        BootKey(controlSet, "Enum");
        BootKey(controlSet, "Services");
        var select = BootKey(systemHive, "Select");
        select.SetValue("Current", Wdm.REG_DWORD, RegistryData.Dword(1));
        select.SetValue("Default", Wdm.REG_DWORD, RegistryData.Dword(1));
        select.SetValue("Failed", Wdm.REG_DWORD, RegistryData.Dword(0));
        select.SetValue("LastKnownGood", Wdm.REG_DWORD, RegistryData.Dword(1));
        var link = BootKey(systemHive, "CurrentControlSet", null, CmKeyFlags.Volatile | CmKeyFlags.SymbolicLink);
        link.SetValue(CmKeyNode.SymbolicLinkValueName, Wdm.REG_LINK, RegistryData.Link(CurrentControlSetTarget));

        BootKey(user, ".DEFAULT", AddHive(".DEFAULT", @"System32\config\DEFAULT", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
    }

    /// <summary>A key of the boot layout; <paramref name="hive"/> is given for a hive's root key.</summary>
    private CmKeyNode BootKey(CmKeyNode parent, string name, CmHive? hive = null, CmKeyFlags flags = CmKeyFlags.None)
    {
        var node = new CmKeyNode(name, parent, hive ?? parent.Hive, flags, null, Now);
        parent.AddSubKey(node);
        return node;
    }
}
