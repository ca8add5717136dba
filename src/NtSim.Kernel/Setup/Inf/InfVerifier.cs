namespace NtSim.Setup;

/// <summary>
/// The checks made on a lexically sound INF, in InfVerif's spirit: a [Version] with a valid
/// Signature and DriverVer, and every section a [Manufacturer], models line, AddService or
/// KmdfService names exists. <see cref="InfFile.Parse(string, string, InfParseOptions?)"/> checks only the syntax.
/// </summary>
public static class InfVerifier
{
    private static readonly string[] s_architectures = ["amd64", "x86", "arm64"];

    /// <summary>The parse's diagnostics and, when it built a document, those of the checks, by line.</summary>
    public static IReadOnlyList<InfDiagnostic> Verify(InfParseResult result)
    {
        var diagnostics = result.Diagnostics.ToList();
        if (result.Document is { } document)
        {
            Run(document, diagnostics);
        }

        return [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
    }

    private static void Run(InfDocument document, List<InfDiagnostic> diagnostics)
    {
        void Add(InfSeverity severity, int line, int column, int code, string message)
            => diagnostics.Add(new InfDiagnostic(document.FileName, line, column, severity, code, message));

        if (document.Section("Version") is not { } version)
        {
            Add(InfSeverity.Error, 1, 1, InfCodes.MissingVersion, "The INF has no [Version] section.");
            return;
        }

        var signature = version.LinesWithKey("Signature").FirstOrDefault();
        var signatureText = signature?[0].Trim() ?? "";
        if (!signatureText.Equals("$Windows NT$", StringComparison.OrdinalIgnoreCase)
            && !signatureText.Equals("$Chicago$", StringComparison.OrdinalIgnoreCase))
        {
            Add(InfSeverity.Error, signature?.Line ?? version.Line, signature?.Fields[0].Column ?? 1, InfCodes.BadSignature,
                "[Version] Signature must be \"$Windows NT$\" or \"$Chicago$\".");
        }

        if (document.Version.DriverVerLine is { } driverVer)
        {
            // An empty DriverVer is filled in by stampinf (the samples' .inx and several .inf leave it so).
            var empty = driverVer[0].Trim().Length == 0;
            if (empty || document.Version.DriverVersion is null)
            {
                Add(InfSeverity.Warning, driverVer.Line, driverVer.Fields[0].Column, InfCodes.BadDriverVer,
                    empty ? "DriverVer is empty; stampinf sets it." : $"DriverVer '{string.Join(",", driverVer.Values)}' has no w.x.y.z version.");
            }
            else if (document.Version.DriverDate is null)
            {
                Add(InfSeverity.Error, driverVer.Line, driverVer.Fields[0].Column, InfCodes.BadDriverVer,
                    $"DriverVer '{string.Join(",", driverVer.Values)}' is not mm/dd/yyyy,w.x.y.z.");
            }
        }

        foreach (var manufacturer in document.Manufacturers)
        {
            var names = manufacturer.Decorations.Count == 0
                ? [manufacturer.ModelsSectionName]
                : manufacturer.Decorations.Select(d => manufacturer.ModelsSectionName + "." + d);
            foreach (var name in names.Where(n => document.Section(n) is null))
            {
                Add(InfSeverity.Warning, manufacturer.Line, 1, InfCodes.MissingSection, $"Models section [{name}] is not defined.");
            }

            foreach (var decorated in names.Select(document.Section).OfType<InfSection>())
            {
                foreach (var line in decorated.Lines.Where(l => l.Fields.Count > 0 && l[0].Trim().Length > 0))
                {
                    var install = line[0].Trim();
                    if (document.GetInstall(install, "amd64") is null && document.GetInstall(install, "x86") is null
                        && document.GetInstall(install, "arm64") is null)
                    {
                        Add(InfSeverity.Warning, line.Line, line.Fields[0].Column, InfCodes.MissingSection, $"Install section [{install}] is not defined.");
                    }
                }
            }
        }

        // What pnputil /add-driver would refuse: a name that leaves the package or its destination.
        var installs = ModelInstalls(document);
        foreach (var problem in PackageConfinement.Problems(document, installs))
        {
            Add(InfSeverity.Error, problem.Line, 1, InfCodes.PathOutsidePackage, PackageConfinement.Describe(problem));
        }

        foreach (var install in installs)
        {
            InfWdfChecks.Run(document, install, diagnostics);
        }
    }

    /// <summary>The install sections the models sections name, for any platform.</summary>
    private static List<InfInstall> ModelInstalls(InfDocument document)
    {
        var installs = new List<InfInstall>();
        foreach (var manufacturer in document.Manufacturers)
        {
            var names = manufacturer.Decorations.Count == 0
                ? [manufacturer.ModelsSectionName]
                : manufacturer.Decorations.Select(d => manufacturer.ModelsSectionName + "." + d);
            foreach (var line in names.Select(document.Section).OfType<InfSection>().SelectMany(s => s.Lines))
            {
                var name = line[0].Trim();
                foreach (var architecture in s_architectures.Where(_ => name.Length > 0))
                {
                    if (document.GetInstall(name, architecture) is { } install && !installs.Any(i => i.Name.Equals(install.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        installs.Add(install);
                    }
                }
            }
        }

        return installs;
    }
}
