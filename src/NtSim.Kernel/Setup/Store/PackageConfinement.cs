namespace NtSim.Setup;

/// <summary>
/// Checks, before anything is read or written, that every file and folder name of an INF stays
/// inside the package's folder and its destination directories (see <see cref="PackagePaths"/>);
/// the first name that does not is an error naming the INF, the line and the name.
/// </summary>
internal static class PackageConfinement
{
    /// <summary>The DIRIDs a ServiceBinary may start with: those the installer maps under the system root.</summary>
    internal static readonly int[] ServiceBinaryDirids = [11, 12, 13];

    internal static void Check(InfDocument document, string infPath, IReadOnlyList<InfInstall> installs)
    {
        if (document.Version.CatalogFile is { } catalog)
        {
            var line = document.Section("Version")?.Lines.FirstOrDefault(l => l.Key?.StartsWith("CatalogFile", StringComparison.OrdinalIgnoreCase) == true);
            Refuse(infPath, line?.Line ?? 0, "CatalogFile", catalog, PackagePaths.Escape(catalog));
        }

        foreach (var section in document.Sections)
        {
            var name = section.Name;
            foreach (var line in section.Lines)
            {
                if (IsSection(name, "DestinationDirs"))
                {
                    Refuse(infPath, line.Line, $"[{name}] subdirectory", line[1], PackagePaths.Escape(line[1]));
                }
                else if (IsSection(name, "SourceDisksNames"))
                {
                    Refuse(infPath, line.Line, $"[{name}] path", line[3], PackagePaths.Escape(line[3], rootIsPackage: true));
                }
                else if (IsSection(name, "SourceDisksFiles"))
                {
                    Refuse(infPath, line.Line, $"[{name}] file", line.KeyValue ?? "", PackagePaths.Escape(line.KeyValue ?? ""));
                    Refuse(infPath, line.Line, $"[{name}] subdirectory", line[1], PackagePaths.Escape(line[1], rootIsPackage: true));
                }
            }
        }

        foreach (var install in installs)
        {
            foreach (var file in install.Files.Concat(install.CoInstallers?.Files ?? []))
            {
                var where = file.SectionName is null ? "CopyFiles" : $"[{file.SectionName}]";
                Refuse(infPath, file.Line, $"{where} destination file", file.DestinationName, PackagePaths.Escape(file.DestinationName));
                Refuse(infPath, file.Line, $"{where} source file", file.SourceName, PackagePaths.Escape(file.SourceName));
            }

            foreach (var service in install.Services.Where(s => s.ServiceBinary is not null))
            {
                var line = service.Section?.LinesWithKey("ServiceBinary").FirstOrDefault()?.Line ?? service.Line;
                Refuse(infPath, line, $"[{service.InstallSectionName}] ServiceBinary", service.ServiceBinary!, ServiceBinaryProblem(service.ServiceBinary!));
            }
        }
    }

    /// <summary>Why a ServiceBinary is not <c>%dirid%\file</c> under a DIRID of the system root, or null
    /// ("INF AddService Directive": the path is "expressed as %dirid%\filename").</summary>
    internal static string? ServiceBinaryProblem(string serviceBinary)
    {
        var text = serviceBinary.Trim();
        var dirid = ServiceBinaryDirids.FirstOrDefault(d => text.StartsWith($"%{d}%\\", StringComparison.Ordinal));
        if (dirid == 0)
        {
            return $"is not %dirid%\\file with a DIRID of {string.Join(", ", ServiceBinaryDirids.Select(d => $"%{d}%"))}";
        }

        var rest = text[(text.IndexOf('\\', StringComparison.Ordinal) + 1)..];
        return rest.Trim().Length == 0 ? "has no file after the DIRID" : PackagePaths.Escape(rest);
    }

    private static bool IsSection(string name, string section)
        => name.Equals(section, StringComparison.OrdinalIgnoreCase) || name.StartsWith(section + ".", StringComparison.OrdinalIgnoreCase);

    private static void Refuse(string infPath, int line, string what, string name, string? problem)
    {
        if (problem is not null)
        {
            throw new DriverStoreException(Win32Error.ERROR_INVALID_NAME,
                $"{infPath}({line}): {what} '{name.Trim()}' {problem}; an INF names files and folders inside its package and its destination directories. Nothing was added.");
        }
    }
}
