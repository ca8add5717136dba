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

    /// <summary>Throws for the first name of <see cref="Problems"/>: nothing is read or written yet.</summary>
    internal static void Check(InfDocument document, string infPath, IReadOnlyList<InfInstall> installs)
    {
        if (Problems(document, installs).FirstOrDefault() is { What: not null } first)
        {
            throw new DriverStoreException(Win32Error.ERROR_INVALID_NAME,
                $"{infPath}({first.Line}): {Describe(first)} Nothing was added.");
        }
    }

    /// <summary>"[Files] destination file '..\x.sys' has a '..' part; an INF names ...".</summary>
    internal static string Describe(Problem problem)
        => $"{problem.What} '{problem.Name.Trim()}' {problem.Reason}; an INF names files and folders inside its package and its destination directories.";

    /// <summary>A name that leaves the package or its destination: the line, what it is, the name and why.</summary>
    internal readonly record struct Problem(int Line, string What, string Name, string Reason);

    /// <summary>Every name of the INF (CatalogFile, [DestinationDirs], [SourceDisksNames], [SourceDisksFiles]) and of
    /// <paramref name="installs"/> (CopyFiles, ServiceBinary) that leaves the package or its destination.</summary>
    internal static IEnumerable<Problem> Problems(InfDocument document, IReadOnlyList<InfInstall> installs)
    {
        var found = new List<Problem>();
        void Refuse(int line, string what, string name, string? reason)
        {
            if (reason is not null)
            {
                found.Add(new Problem(line, what, name, reason));
            }
        }

        if (document.Version.CatalogFile is { } catalog)
        {
            var line = document.Section("Version")?.Lines.FirstOrDefault(l => l.Key?.StartsWith("CatalogFile", StringComparison.OrdinalIgnoreCase) == true);
            Refuse(line?.Line ?? 0, "CatalogFile", catalog, PackagePaths.Escape(catalog));
        }

        foreach (var section in document.Sections)
        {
            var name = section.Name;
            foreach (var line in section.Lines)
            {
                if (IsSection(name, "DestinationDirs"))
                {
                    Refuse(line.Line, $"[{name}] subdirectory", line[1], PackagePaths.Escape(line[1]));
                }
                else if (IsSection(name, "SourceDisksNames"))
                {
                    Refuse(line.Line, $"[{name}] path", line[3], PackagePaths.Escape(line[3], rootIsPackage: true));
                }
                else if (IsSection(name, "SourceDisksFiles"))
                {
                    Refuse(line.Line, $"[{name}] file", line.KeyValue ?? "", PackagePaths.Escape(line.KeyValue ?? ""));
                    Refuse(line.Line, $"[{name}] subdirectory", line[1], PackagePaths.Escape(line[1], rootIsPackage: true));
                }
            }
        }

        foreach (var install in installs)
        {
            foreach (var file in install.Files.Concat(install.CoInstallers?.Files ?? []))
            {
                var where = file.SectionName is null ? "CopyFiles" : $"[{file.SectionName}]";
                Refuse(file.Line, $"{where} destination file", file.DestinationName, PackagePaths.Escape(file.DestinationName));
                Refuse(file.Line, $"{where} source file", file.SourceName, PackagePaths.Escape(file.SourceName));
            }

            foreach (var service in install.Services.Where(s => s.ServiceBinary is not null))
            {
                var line = service.Section?.LinesWithKey("ServiceBinary").FirstOrDefault()?.Line ?? service.Line;
                Refuse(line, $"[{service.InstallSectionName}] ServiceBinary", service.ServiceBinary!, ServiceBinaryProblem(service.ServiceBinary!));
            }
        }

        return found;
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
}
