namespace NtSim;

internal sealed partial class ConfigurationManager
{
    /// <summary>The target of the CurrentControlSet link (SYSTEM\Select\Current = 1).</summary>
    internal const string CurrentControlSetTarget = @"\REGISTRY\MACHINE\SYSTEM\ControlSet001";

    /// <summary>Setup classes a fresh machine knows (Control\Class\{guid}, with their Class value), from the
    /// WDK's "System-Defined Device Setup Classes Available to Vendors" (devguid.h).</summary>
    private static readonly (string Guid, string Name)[] s_setupClasses =
    [
        ("{4d36e967-e325-11ce-bfc1-08002be10318}", "DiskDrive"),
        ("{4d36e96b-e325-11ce-bfc1-08002be10318}", "Keyboard"),
        ("{4d36e96f-e325-11ce-bfc1-08002be10318}", "Mouse"),
        ("{4d36e972-e325-11ce-bfc1-08002be10318}", "Net"),
        ("{4d36e978-e325-11ce-bfc1-08002be10318}", "Ports"),
        ("{4d36e97b-e325-11ce-bfc1-08002be10318}", "SCSIAdapter"),
        ("{4d36e97d-e325-11ce-bfc1-08002be10318}", "System"),
        ("{36fc9e60-c465-11cf-8056-444553540000}", "USB"),
        ("{745a17a0-74d3-11d0-b6fe-00a0c90f57da}", "HIDClass"),
    ];

    /// <summary>
    /// The layout a booted machine has: <c>\REGISTRY\MACHINE</c> (HKLM) with the HARDWARE (volatile),
    /// SOFTWARE and SYSTEM hives, <c>\REGISTRY\USER</c> with <c>.DEFAULT</c>. As on Windows,
    /// SYSTEM\CurrentControlSet is a volatile symbolic link (REG_LINK) to ControlSet001, made at
    /// boot from SYSTEM\Select. A hive stored in the registry folder is loaded as it is mounted; the
    /// layout then only adds the keys and values it lacks.
    /// </summary>
    private void BuildBootLayout(CmHive master)
    {
        const CmKeyFlags Fixed = CmKeyFlags.NoDelete;
        var machineKey = BootKey(Root, "MACHINE", master, CmKeyFlags.Volatile | Fixed);
        var user = BootKey(Root, "USER", master, CmKeyFlags.Volatile | Fixed);

        var hardware = BootKey(machineKey, "HARDWARE", AddHive("HARDWARE", null, isVolatile: true), CmKeyFlags.Volatile | CmKeyFlags.HiveEntry | Fixed);
        Mount(hardware);
        var description = BootKey(hardware, "DESCRIPTION", null, CmKeyFlags.Volatile);
        var system = BootKey(description, "System", null, CmKeyFlags.Volatile);
        BootValue(system, "Identifier", Wdm.REG_SZ, RegistryData.String("AT/AT COMPATIBLE"));
        BootKey(hardware, "DEVICEMAP", null, CmKeyFlags.Volatile);
        BootKey(hardware, "RESOURCEMAP", null, CmKeyFlags.Volatile);

        var software = BootKey(machineKey, "SOFTWARE", AddHive("SOFTWARE", @"System32\config\SOFTWARE", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
        Mount(software);
        var currentVersion = BootKey(BootKey(BootKey(software, "Microsoft"), "Windows NT"), "CurrentVersion");
        BootValue(currentVersion, "SystemRoot", Wdm.REG_SZ, RegistryData.String(@"C:\Windows"));
        BootValue(currentVersion, "CurrentMajorVersionNumber", Wdm.REG_DWORD, RegistryData.Dword(10));
        BootValue(currentVersion, "CurrentMinorVersionNumber", Wdm.REG_DWORD, RegistryData.Dword(0));
        BootValue(currentVersion, "CurrentBuildNumber", Wdm.REG_SZ, RegistryData.String("26100"));

        var systemHive = BootKey(machineKey, "SYSTEM", AddHive("SYSTEM", @"System32\config\SYSTEM", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
        Mount(systemHive);
        var controlSet = BootKey(systemHive, "ControlSet001");
        var control = BootKey(controlSet, "Control");
        var classes = BootKey(control, "Class");
        foreach (var (guid, name) in s_setupClasses)
        {
            BootValue(BootKey(classes, guid), "Class", Wdm.REG_SZ, RegistryData.String(name));
        }

        BootKey(control, "DeviceClasses");
        BootKey(controlSet, "Enum");
        BootKey(controlSet, "Services");
        var select = BootKey(systemHive, "Select");
        BootValue(select, "Current", Wdm.REG_DWORD, RegistryData.Dword(1));
        BootValue(select, "Default", Wdm.REG_DWORD, RegistryData.Dword(1));
        BootValue(select, "Failed", Wdm.REG_DWORD, RegistryData.Dword(0));
        BootValue(select, "LastKnownGood", Wdm.REG_DWORD, RegistryData.Dword(1));
        var link = BootKey(systemHive, "CurrentControlSet", null, CmKeyFlags.Volatile | CmKeyFlags.SymbolicLink);
        BootValue(link, CmKeyNode.SymbolicLinkValueName, Wdm.REG_LINK, RegistryData.Link(CurrentControlSetTarget));

        var defaultUser = BootKey(user, ".DEFAULT", AddHive(".DEFAULT", @"System32\config\DEFAULT", isVolatile: false), CmKeyFlags.HiveEntry | Fixed);
        Mount(defaultUser);
        CompactStoredHives();
    }

    /// <summary>A key of the boot layout, unless the stored hive has it; <paramref name="hive"/> is given for a hive's root key.</summary>
    private CmKeyNode BootKey(CmKeyNode parent, string name, CmHive? hive = null, CmKeyFlags flags = CmKeyFlags.None)
    {
        if (parent.FindSubKey(name) is { } stored)
        {
            return stored;
        }

        var node = new CmKeyNode(name, parent, hive ?? parent.Hive, flags, null, Now);
        parent.AddSubKey(node);
        return node;
    }

    /// <summary>A value of the boot layout, unless the stored hive has it (a stored value wins).</summary>
    private static void BootValue(CmKeyNode key, string name, uint type, byte[] data)
    {
        if (key.FindValue(name) < 0)
        {
            key.SetValue(name, type, data);
        }
    }
}
