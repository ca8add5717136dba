using System.Diagnostics;

namespace NtSim;

/// <summary>One probe of an instrumented driver image: its id (what the rewritten code passes to
/// <see cref="Probes"/>), the method, the IL offset in the original method body, and the source
/// line of the sequence point that covers it (null without symbols).</summary>
[DebuggerDisplay("{Id} {Kind} {Method,nq} IL_{IlOffset:X4} {Line,nq}")]
internal sealed class ProbeSite
{
    internal ProbeSite(int id, ProbeKind kind, string method, int ilOffset, string? file, int line)
    {
        Id = id;
        Kind = kind;
        Method = method;
        IlOffset = ilOffset;
        File = file;
        Line = line;
    }

    /// <summary>Unique in the process: the image's first id plus the probe's index in its table.</summary>
    public int Id { get; }

    /// <summary>What the probe records at the site.</summary>
    public ProbeKind Kind { get; }

    /// <summary>"SampleDriver.DispatchRead" (the declaring type's name and the method's).</summary>
    public string Method { get; }

    /// <summary>The offset in the original (not rewritten) IL of the instruction the probe precedes.</summary>
    public int IlOffset { get; }

    /// <summary>The source file as the PDB holds it (the build machine's path), or null.</summary>
    public string? File { get; }

    /// <summary>The first line of the sequence point, or 0.</summary>
    public int Line { get; }

    /// <summary>"SampleDriver.cs:42", or null without symbols.</summary>
    public string? Site => File is null ? null : SourceSite.Format(File, Line);

    /// <summary>"Type.Method IL_xxxx" and the source site when there are symbols.</summary>
    public override string ToString() => $"{Method} IL_{IlOffset:X4}" + (Site is { } site ? " " + site : "");
}
