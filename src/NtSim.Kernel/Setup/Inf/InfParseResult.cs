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

    /// <summary>The file that was read.</summary>
    public string FileName { get; }

    /// <summary>The parsed file; null when <see cref="Errors"/> is not empty.</summary>
    public InfDocument? Document { get; }

    /// <summary>Errors and warnings in file order.</summary>
    public IReadOnlyList<InfDiagnostic> Diagnostics { get; }

    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<InfDiagnostic> Errors { get; }

    /// <summary>The warnings, in file order.</summary>
    public IReadOnlyList<InfDiagnostic> Warnings { get; }

    /// <summary>There were no errors, so <see cref="Document"/> is set.</summary>
    public bool Succeeded => Errors.Count == 0;
}
