namespace NtSim.Setup;

/// <summary>
/// The files of a driver package as pnputil /add-driver stages them: the INF, its catalog when present,
/// and every file the CopyFiles directives of the install sections for the architecture name, at
/// the place [SourceDisksNames]/[SourceDisksFiles] give relative to the INF.
/// </summary>
internal static class PackageContents
{
    /// <summary>NtSim drivers are .NET assemblies: a listed <c>name.sys</c> may be present as <c>name.dll</c>.</summary>
    internal const string DriverExtension = ".sys";
    internal const string AssemblyExtension = ".dll";
    private const string SymbolsExtension = ".pdb";

    internal static List<PackageFile> Collect(InfDocument document, string infPath, string architecture)
    {
        var folder = Path.GetDirectoryName(infPath)!;
        var files = new List<PackageFile> { new(infPath, Path.GetFileName(infPath)) };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFileName(infPath) };

        var installs = Installs(document, infPath, architecture);
        PackageConfinement.Check(document, infPath, installs);

        void Add(string relative)
        {
            // What the INF names was checked above; this is the last guard before a read.
            if (!PackagePaths.IsInside(folder, Path.Combine(folder, relative)))
            {
                throw new DriverStoreException(Win32Error.ERROR_INVALID_NAME, $"{infPath}: '{relative}' is outside the package folder {folder}; nothing was added.");
            }

            if (seen.Add(relative))
            {
                files.Add(new PackageFile(Path.Combine(folder, relative), relative));
            }
        }

        if (document.Version.CatalogFile?.Trim() is { Length: > 0 } catalog && File.Exists(Path.Combine(folder, Native(catalog))))
        {
            Add(Native(catalog));
        }

        foreach (var file in installs.SelectMany(i => i.Files.Concat(i.CoInstallers?.Files ?? [])))
        {
            var relative = Native(document.SourcePath(file.SourceName, architecture));
            if (File.Exists(Path.Combine(folder, relative)))
            {
                Add(relative);
                continue;
            }

            var assembly = Path.GetExtension(relative).Equals(DriverExtension, StringComparison.OrdinalIgnoreCase)
                ? Path.ChangeExtension(relative, AssemblyExtension)
                : null;
            if (assembly is null || !File.Exists(Path.Combine(folder, assembly)))
            {
                var alternative = assembly is null ? "" : $" nor {Path.GetFileName(assembly)}";
                throw new DriverStoreException(Win32Error.ERROR_FILE_NOT_FOUND,
                    $"{infPath}({file.Line},{file.Column}): '{file.SourceName}' is listed by CopyFiles{Where(file)} " +
                    $"but neither {Path.GetFileName(relative)}{alternative} exists in {Path.GetDirectoryName(Path.Combine(folder, relative))}.");
            }

            Add(assembly);
            if (File.Exists(Path.Combine(folder, Path.ChangeExtension(assembly, SymbolsExtension))))
            {
                Add(Path.ChangeExtension(assembly, SymbolsExtension));
            }
        }

        return files;
    }

    /// <summary>The install sections (with their .CoInstallers) a model for the architecture names; a CopyFiles
    /// naming a missing file-list section is an error.</summary>
    private static List<InfInstall> Installs(InfDocument document, string infPath, string architecture)
    {
        var installs = InstallSections(document, architecture)
            .Select(name => document.GetInstall(name, architecture))
            .OfType<InfInstall>()
            .DistinctBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var install in installs)
        {
            foreach (var section in new[] { install.Section, install.CoInstallers?.Section }.OfType<InfSection>())
            {
                if (InfCopyFiles.MissingSections(document, section).FirstOrDefault() is { Name: not null } missing)
                {
                    throw new DriverStoreException(SetupApiError.ERROR_SECTION_NOT_FOUND,
                        $"{infPath}({missing.Line.Line},1): [{section.Name}] CopyFiles names section [{missing.Name}], which does not exist.");
                }
            }
        }

        return installs;
    }

    /// <summary>
    /// The install sections of the models sections for the architecture, whatever OS version they
    /// target (the store stages a package once for every version); x86 may use undecorated ones.
    /// </summary>
    private static IEnumerable<string> InstallSections(InfDocument document, string architecture)
    {
        foreach (var manufacturer in document.Manufacturers)
        {
            var names = manufacturer.Decorations
                .Select(InfTargetOS.TryParse)
                .OfType<InfTargetOS>()
                .Where(t => t.Architecture is null || t.Architecture.Equals(architecture, StringComparison.OrdinalIgnoreCase))
                .Select(t => manufacturer.ModelsSectionName + "." + t.Text)
                .ToList();
            if (architecture.Equals("x86", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(manufacturer.ModelsSectionName);
            }

            foreach (var section in names.Select(document.Section).OfType<InfSection>())
            {
                foreach (var line in section.Lines.Where(l => l.Fields.Count > 0 && l[0].Trim().Length > 0))
                {
                    yield return line[0].Trim();
                }
            }
        }
    }

    private static string Where(InfCopyFile file) => file.SectionName is null ? "" : $" in [{file.SectionName}]";

    private static string Native(string infRelativePath)
        => infRelativePath.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);
}
