namespace NtSim.Setup;

/// <summary>
/// Installs a driver package on a device node, as SetupAPI and the device installer do: the class
/// key, a driver (software) key <c>Control\Class\{guid}\NNNN</c>, the files CopyFiles puts in
/// DIRID 12 (<c>System32\drivers</c>), the services of AddService, the .HW AddReg (filters) into
/// the hardware key, and the node's Service, ClassGUID and Driver values.
/// </summary>
internal sealed class DeviceInstaller(Machine machine, DriverStore store)
{
    internal const string Architecture = "amd64";

    /// <summary>The Windows version models are selected for (Windows 11 22H2).</summary>
    internal static readonly Version OsVersion = new(10, 0, 22621);

    internal DriverSelection Rank(DeviceNode node) =>
        DriverSelection.Rank(node.HardwareIds, node.CompatibleIds, store.Packages.Select(p => p.Document), Architecture, OsVersion);

    /// <summary>Picks the best driver node (or the one of <paramref name="preferred"/>) and installs it;
    /// false with CM_PROB_FAILED_INSTALL on the node when no package matches.</summary>
    internal bool Install(DeviceNode node, DriverPackage? preferred)
    {
        var nodes = Rank(node).Nodes;
        var chosen = preferred is null ? nodes.FirstOrDefault() : nodes.FirstOrDefault(n => SamePath(n.InfPath, preferred.InfPath));
        if (chosen is null)
        {
            node.Problem = Wdm.CM_PROB_FAILED_INSTALL;
            node.Note($"problem 28 (CM_PROB_FAILED_INSTALL): no driver package in the store has a model for {string.Join(", ", node.HardwareIds.Concat(node.CompatibleIds))}");
            return false;
        }

        var package = store.Packages.First(p => SamePath(p.InfPath, chosen.InfPath));
        Apply(node, package, chosen);
        return true;
    }

    private void Apply(DeviceNode node, DriverPackage package, DriverNode chosen)
    {
        var registry = machine.Registry;
        var document = package.Document;
        var install = document.GetInstall(chosen.InstallSection, Architecture)
            ?? throw new DeviceSetupException($"{package.OriginalName}: the install section [{chosen.InstallSection}] is missing");
        DeviceSecuritySetting.Check(package.OriginalName, install.HwAddReg);
        var classGuid = document.Version.ClassGuid ?? Guid.Empty;
        var className = document.Version.Class ?? "Unknown";
        var classKey = DeviceRegistry.ClassKey(classGuid);
        if (!registry.KeyExists(classKey))
        {
            registry.CreateKey(classKey);
            registry.SetValue(classKey, "", className);
            registry.SetValue(classKey, "Class", className);
        }

        var number = 0;
        while (registry.KeyExists($@"{classKey}\{number:D4}"))
        {
            number++;
        }

        var driverKey = $@"{classKey}\{number:D4}";
        registry.CreateKey(driverKey);
        registry.SetValue(driverKey, "DriverDesc", chosen.Description);
        registry.SetValue(driverKey, "ProviderName", package.Provider ?? "");
        registry.SetValue(driverKey, "DriverVersion", package.DriverVersion?.ToString() ?? "");
        registry.SetValue(driverKey, "DriverDate", package.DriverDate?.ToString("M-d-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        registry.SetValue(driverKey, "InfPath", package.PublishedName);
        registry.SetValue(driverKey, "InfSection", chosen.InstallSection);
        registry.SetValue(driverKey, "MatchingDeviceId", chosen.MatchingId);
        AddRegWriter.Delete(registry, install.DelReg.Select(document.Section).OfType<InfSection>().SelectMany(s => s.Lines), driverKey);
        AddRegWriter.Apply(registry, install.AddReg.Select(document.Section).OfType<InfSection>().SelectMany(s => s.Lines).Select(l => new InfAddReg(l)), driverKey);

        CopyDriverFiles(package, install);
        foreach (var service in install.Services)
        {
            InstallService(service, package);
        }

        foreach (var wdf in install.WdfServices)
        {
            WdfServiceWriter.Apply(registry, wdf);
        }

        var hardwareKey = DeviceRegistry.HardwareKey(node);
        AddRegWriter.Apply(registry, install.HwAddReg, hardwareKey);
        if (install.FunctionService is { } function)
        {
            registry.SetValue(hardwareKey, "Service", function.ServiceName);
        }

        registry.SetValue(hardwareKey, "ClassGUID", classGuid.ToString("B").ToUpperInvariant());
        registry.SetValue(hardwareKey, "Class", className);
        registry.SetValue(hardwareKey, "Driver", $@"{classGuid.ToString("B").ToUpperInvariant()}\{number:D4}");
        registry.SetValue(hardwareKey, "DeviceDesc", chosen.Description);
        registry.SetValue(hardwareKey, "Mfg", package.Provider ?? "");
        node.ClassGuid = classGuid;
        node.Description = chosen.Description;
        node.Note($"installed {package.PublishedName} ({package.OriginalName}) [{chosen.InstallSection}], rank {chosen.RankText}");
    }

    /// <summary>CopyFiles to DIRID 12 (System32\drivers): the driver assemblies go there.</summary>
    private void CopyDriverFiles(DriverPackage package, InfInstall install)
    {
        var drivers = Path.Combine(machine.SystemRoot, "System32", "drivers");
        foreach (var file in install.Files.Where(f => f.DestinationDirid == 12))
        {
            if (package.ResolveDriverFile(file.SourceName) is not { } source)
            {
                throw new DeviceSetupException($"{package.OriginalName}({file.Line}): {file.SourceName} is not in the package {package.PublishedName}");
            }

            var target = Path.Combine(drivers, Path.GetFileNameWithoutExtension(file.DestinationName) + Path.GetExtension(source));
            if (PackagePaths.Escape(file.DestinationName) is not null || !PackagePaths.IsInside(drivers, target))
            {
                throw new DeviceSetupException($"{package.OriginalName}({file.Line}): the destination file '{file.DestinationName}' is outside {drivers}");
            }

            CopyIfChanged(source, target);
            var symbols = Path.ChangeExtension(source, ".pdb");
            if (File.Exists(symbols))
            {
                CopyIfChanged(symbols, Path.ChangeExtension(target, ".pdb"));
            }
        }
    }

    private static void CopyIfChanged(string source, string target)
    {
        // A loaded driver's file may be in use; the same bytes need no copy.
        if (File.Exists(target) && new FileInfo(target).Length == new FileInfo(source).Length
            && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source)))
        {
            return;
        }

        File.Copy(source, target, overwrite: true);
    }

    private void InstallService(InfServiceInstall service, DriverPackage package)
    {
        var registry = machine.Registry;
        var key = MachineRegistry.ServicesPath + @"\" + service.ServiceName;
        registry.CreateKey(key);
        registry.SetValue(key, "Type", service.ServiceType ?? Wdm.SERVICE_KERNEL_DRIVER);
        registry.SetValue(key, "Start", service.StartType ?? Wdm.SERVICE_DEMAND_START);
        registry.SetValue(key, "ErrorControl", service.ErrorControl ?? Wdm.SERVICE_ERROR_NORMAL);
        registry.SetValue(key, "ImagePath", Wdm.REG_EXPAND_SZ, RegistryData.String(ImagePath(service, package)));
        registry.SetValue(key, "DisplayName", service.DisplayName ?? service.ServiceName);
        if (service.LoadOrderGroup is { } group)
        {
            registry.SetValue(key, "Group", group);
        }
    }

    /// <summary>ServiceBinary as the ImagePath SetupAPI writes: %12%\x.sys is \SystemRoot\System32\drivers\x.sys;
    /// %13% (the driver store) runs the driver from its package folder, as Windows 10 does. A ServiceBinary
    /// that is not %dirid%\file under the system root is refused: an INF does not name host paths.</summary>
    private static string ImagePath(InfServiceInstall service, DriverPackage package)
    {
        if (service.ServiceBinary is not { } serviceBinary)
        {
            return "";
        }

        if (PackageConfinement.ServiceBinaryProblem(serviceBinary) is { } problem)
        {
            throw new DeviceSetupException($"{package.OriginalName}({service.Line}): the ServiceBinary '{serviceBinary.Trim()}' of service {service.ServiceName} {problem}");
        }

        var text = serviceBinary.Trim();
        return text.StartsWith("%12%", StringComparison.Ordinal) ? @"\SystemRoot\System32\drivers" + text[4..]
            : text.StartsWith("%11%", StringComparison.Ordinal) ? @"\SystemRoot\System32" + text[4..]
            : $@"\SystemRoot\System32\DriverStore\FileRepository\{package.FolderName}" + text[4..];
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.OrdinalIgnoreCase);
}
