using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>How bad an INF problem is: an error stops anything being built from the file.</summary>
public enum InfSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in an INF file, at a 1-based line and column, printed as
/// <c>FILE(LINE,COLUMN): error 1001: message</c>. The codes are NtSim's own numbering in InfVerif's
/// message style (InfVerif's real codes are not published as a complete table).
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record InfDiagnostic(string File, int Line, int Column, InfSeverity Severity, int Code, string Message)
{
    public override string ToString()
        => $"{File}({Line},{Column}): {(Severity == InfSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>The diagnostic codes NtSim reports (its own numbering; see <see cref="InfDiagnostic"/>).</summary>
public static class InfCodes
{
    public const int UnterminatedQuote = 1001;
    public const int LineOutsideSection = 1002;
    public const int BadSectionHeader = 1003;
    public const int UndefinedString = 1004;
    public const int UnterminatedToken = 1005;
    public const int ContinuationAtEnd = 1006;
    public const int BadEncoding = 1007;
    public const int MissingVersion = 1010;
    public const int BadSignature = 1011;
    public const int BadDriverVer = 1012;
    public const int MissingSection = 1020;
    public const int BadDirective = 1021;
    public const int PathOutsidePackage = 1022;
    public const int WdfServiceNotAdded = 1030;
    public const int MissingKmdfLibraryVersion = 1031;
    public const int BadKmdfLibraryVersion = 1032;
    public const int KmdfLibraryVersionTooNew = 1033;
}
