using System.Diagnostics;

namespace NtSim;

/// <summary>One dump to write: its kind, its file, and the secondary data the bug check callbacks gave.</summary>
[DebuggerDisplay("{Type} {Path,nq}")]
public sealed class CrashDumpRequest
{
    internal CrashDumpRequest(CrashDumpType type, string path, IReadOnlyList<BugCheckDumpData> secondaryData)
    {
        Type = type;
        Path = path;
        SecondaryData = secondaryData;
    }

    /// <summary>Kernel (kernel, complete and automatic) or small.</summary>
    public CrashDumpType Type { get; }

    /// <summary>The file to write (its folder exists).</summary>
    public string Path { get; }

    /// <summary>The KbCallbackSecondaryDumpData blocks, in the order the callbacks gave them.</summary>
    public IReadOnlyList<BugCheckDumpData> SecondaryData { get; }
}
