namespace NtSim.Setup;

/// <summary>
/// The checks on a DDInstall.Wdf section ("Specifying WDF Directives in INF Files"): each KmdfService
/// names a service the install's .Services section adds and a Wdf install section that exists and
/// gives KmdfLibraryVersion as major.minor (the stampinf placeholder is a warning), no newer than KMDF 1.33.
/// </summary>
internal static class InfWdfChecks
{
    internal static void Run(InfDocument document, InfInstall install, List<InfDiagnostic> diagnostics)
    {
        void Add(InfSeverity severity, int line, int column, int code, string message)
            => diagnostics.Add(new InfDiagnostic(document.FileName, line, column, severity, code, message));

        foreach (var wdf in install.WdfServices.Where(w => w.Kind == "Kmdf"))
        {
            var line = install.WdfSection!.Lines.First(l => l.Line == wdf.Line);
            if (wdf.ServiceName.Length == 0 || wdf.SectionName.Length == 0)
            {
                Add(InfSeverity.Error, wdf.Line, 1, InfCodes.BadDirective, "KmdfService must be 'KmdfService = service-name, Wdf-install-section'.");
                continue;
            }

            if (!install.Services.Any(s => s.ServiceName.Equals(wdf.ServiceName, StringComparison.OrdinalIgnoreCase)))
            {
                Add(InfSeverity.Error, wdf.Line, line.Fields[0].Column, InfCodes.WdfServiceNotAdded,
                    $"KmdfService names service '{wdf.ServiceName}', which [{install.Name}.Services] does not add with AddService.");
            }

            if (wdf.Section is null)
            {
                Add(InfSeverity.Warning, wdf.Line, line.Fields[1].Column, InfCodes.MissingSection, $"Wdf install section [{wdf.SectionName}] is not defined.");
                continue;
            }

            CheckVersion(wdf, Add);
        }
    }

    private static void CheckVersion(InfWdfService wdf, Action<InfSeverity, int, int, int, string> add)
    {
        if (wdf.LibraryVersionLine is not { } versionLine)
        {
            add(InfSeverity.Error, wdf.Section!.Line, 1, InfCodes.MissingKmdfLibraryVersion, $"[{wdf.SectionName}] has no KmdfLibraryVersion.");
            return;
        }

        var text = wdf.LibraryVersion!.Trim();
        var column = versionLine.Fields.Count > 0 ? versionLine.Fields[0].Column : 1;
        if (text.Equals(InfWdfService.KmdfVersionPlaceholder, StringComparison.OrdinalIgnoreCase))
        {
            add(InfSeverity.Warning, versionLine.Line, column, InfCodes.BadKmdfLibraryVersion, "KmdfLibraryVersion is $KMDFVERSION$; stampinf sets it.");
        }
        else if (!InfWdfService.TryParseKmdfVersion(text, out var major, out var minor))
        {
            add(InfSeverity.Error, versionLine.Line, column, InfCodes.BadKmdfLibraryVersion, $"KmdfLibraryVersion '{text}' is not a KMDF version (major.minor, e.g. 1.15).");
        }
        else if (major != 1 || minor > InfWdfService.NewestKmdfMinor)
        {
            add(InfSeverity.Warning, versionLine.Line, column, InfCodes.KmdfLibraryVersionTooNew,
                $"KmdfLibraryVersion {text} is not a KMDF that Windows has (the newest is 1.{InfWdfService.NewestKmdfMinor}); the driver will not start.");
        }
    }
}
