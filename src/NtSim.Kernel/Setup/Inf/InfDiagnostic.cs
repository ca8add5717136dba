using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>How bad an INF problem is: an error stops anything being built from the file.</summary>
public enum InfSeverity
{
    /// <summary>The INF is still used; the problem is reported.</summary>
    Warning,
    /// <summary>Nothing is built from the INF.</summary>
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
    /// <summary><c>FILE(LINE,COLUMN): error CODE: message</c>, as InfVerif prints a problem.</summary>
    public override string ToString()
        => $"{File}({Line},{Column}): {(Severity == InfSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>The diagnostic codes NtSim reports (its own numbering; see <see cref="InfDiagnostic"/>).</summary>
public static class InfCodes
{
    /// <summary>A double quote is not closed on its line.</summary>
    public const int UnterminatedQuote = 1001;
    /// <summary>A line comes before the first section header and is ignored.</summary>
    public const int LineOutsideSection = 1002;
    /// <summary>A section header has no closing ']'.</summary>
    public const int BadSectionHeader = 1003;
    /// <summary>A %strkey% token is not defined in [Strings].</summary>
    public const int UndefinedString = 1004;
    /// <summary>A '%' starts a string token that never ends.</summary>
    public const int UnterminatedToken = 1005;
    /// <summary>A line continuation ('\' at the end of a line) at the end of the file (not reported at present).</summary>
    public const int ContinuationAtEnd = 1006;
    /// <summary>The file cannot be read or decoded.</summary>
    public const int BadEncoding = 1007;
    /// <summary>The INF has no [Version] section.</summary>
    public const int MissingVersion = 1010;
    /// <summary>[Version] Signature is not "$Windows NT$" or "$Chicago$".</summary>
    public const int BadSignature = 1011;
    /// <summary>DriverVer is not mm/dd/yyyy,w.x.y.z (or has no version).</summary>
    public const int BadDriverVer = 1012;
    /// <summary>A models line names an install section that is not defined.</summary>
    public const int MissingSection = 1020;
    /// <summary>A directive is not in its documented form.</summary>
    public const int BadDirective = 1021;
    /// <summary>A path leads outside the driver package.</summary>
    public const int PathOutsidePackage = 1022;
    /// <summary>KmdfService names a service the .Services section does not add.</summary>
    public const int WdfServiceNotAdded = 1030;
    /// <summary>The Wdf install section has no KmdfLibraryVersion.</summary>
    public const int MissingKmdfLibraryVersion = 1031;
    /// <summary>KmdfLibraryVersion is not major.minor.</summary>
    public const int BadKmdfLibraryVersion = 1032;
    /// <summary>KmdfLibraryVersion names a KMDF newer than any Windows has.</summary>
    public const int KmdfLibraryVersionTooNew = 1033;
}
