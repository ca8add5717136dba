using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// What <see cref="InfFile"/> made of a file: the diagnostics, and the document unless there were
/// errors (a malformed INF builds nothing).
/// </summary>
[DebuggerDisplay("{FileName,nq}: {Errors.Count} error(s), {Warnings.Count} warning(s)")]
public sealed class InfParseResult
{
    internal InfParseResult(string fileName, InfDocument? document, IReadOnlyList<InfDiagnostic> diagnostics)
    {
        FileName = fileName;
        Diagnostics = diagnostics;
        Errors = [.. diagnostics.Where(d => d.Severity == InfSeverity.Error)];
        Warnings = [.. diagnostics.Where(d => d.Severity == InfSeverity.Warning)];
        Document = Errors.Count == 0 ? document : null;
    }

    public string FileName { get; }

    /// <summary>The parsed file; null when <see cref="Errors"/> is not empty.</summary>
    public InfDocument? Document { get; }

    /// <summary>Errors and warnings in file order.</summary>
    public IReadOnlyList<InfDiagnostic> Diagnostics { get; }

    public IReadOnlyList<InfDiagnostic> Errors { get; }

    public IReadOnlyList<InfDiagnostic> Warnings { get; }

    public bool Succeeded => Errors.Count == 0;
}
