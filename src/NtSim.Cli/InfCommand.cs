using System.CommandLine;
using NtSim.Setup;

namespace NtSim.Cli;

/// <summary>
/// `ntsim inf check FILE`: parses an INF and prints its problems as InfVerif does, one per line
/// (FILE(LINE,COLUMN): error 1001: message; the codes are NtSim's own), what it installs, and a summary.
/// Exits 0 when there is no error, 1 otherwise.
/// </summary>
internal static class InfCommand
{
    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The INF (or stampinf .inx) file to check." };
        var architecture = new Option<string>("--arch", "-a")
        {
            Description = "The platform to select models and install sections for ($ARCH$ becomes it).",
            DefaultValueFactory = _ => "amd64",
        };
        architecture.AcceptOnlyFromAmong("amd64", "x86", "arm64");
        var os = new Option<string>("--os")
        {
            Description = "The Windows version to select models for (major.minor.build).",
            DefaultValueFactory = _ => "10.0.22621",
        };
        os.Validators.Add(result =>
        {
            if (!Version.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--os takes a version such as 10.0.22621 (got '{result.GetValueOrDefault<string>()}').");
            }
        });

        var check = new Command("check", "Check an INF file: syntax, strings, [Version], models and install sections.") { file, architecture, os };
        check.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var output = result.InvocationConfiguration.Output;
            if (string.IsNullOrWhiteSpace(path))
            {
                result.InvocationConfiguration.Error.WriteLine("ntsim inf check: the file name is empty; give the path of an INF file.");
                return 1;
            }

            if (InfFile.CannotRead(path) is { } problem)
            {
                result.InvocationConfiguration.Error.WriteLine($"ntsim inf check: cannot open '{Path.GetFullPath(path)}': {problem}.");
                return 1;
            }

            var arch = result.GetValue(architecture)!;
            var parsed = InfFile.Load(path, new InfParseOptions { Architecture = arch });
            var diagnostics = InfVerifier.Verify(parsed);
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            if (parsed.Document is { } document)
            {
                Describe(output, document, arch, Version.Parse(result.GetValue(os)!));
            }

            int errors = diagnostics.Count(d => d.Severity == InfSeverity.Error);
            int warnings = diagnostics.Count - errors;
            output.WriteLine(errors == 0
                ? $"INF check: {path}: no errors, {warnings} warning(s)."
                : $"INF check: {path}: {errors} error(s), {warnings} warning(s).");
            return errors == 0 ? 0 : 1;
        });

        return new Command("inf", "Work with INF files.") { check };
    }

    private static void Describe(TextWriter output, InfDocument document, string architecture, Version os)
    {
        var version = document.Version;
        output.WriteLine($"Class {version.Class ?? "(none)"} {version.ClassGuid?.ToString("B") ?? ""}, provider {version.Provider ?? "(none)"}, "
            + $"DriverVer {version.DriverDate?.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "?"},{version.DriverVersion?.ToString() ?? "?"}");
        foreach (var model in document.Models(architecture, os))
        {
            var install = document.GetInstall(model.InstallSection, architecture);
            var services = install is null ? "no install section" : install.Services.Count == 0 ? "no services" : "services " + string.Join(", ", install.Services.Select(s => s.IsFunctionDriver ? s.ServiceName + " (function)" : s.ServiceName));
            var filters = install is null ? "" : string.Concat(
                install.UpperFilters.Count > 0 ? "; upper filters " + string.Join(", ", install.UpperFilters) : "",
                install.LowerFilters.Count > 0 ? "; lower filters " + string.Join(", ", install.LowerFilters) : "");
            var wdf = install is null ? "" : string.Concat(install.WdfServices.Select(w =>
                $"; {w.Kind}Service {w.ServiceName}, {w.Kind}LibraryVersion {w.LibraryVersion?.Trim() ?? "(none)"}"));
            output.WriteLine($"  {model.HardwareId}: \"{model.Description}\" -> [{install?.Name ?? model.InstallSection}], {services}{filters}{wdf}");
        }
    }
}
