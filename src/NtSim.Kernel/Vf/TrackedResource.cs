using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// One resource a module holds: what it is, where it lives, and the source line that allocated
/// it (the driver's own line, from [CallerFilePath] and [CallerLineNumber]: no macros needed).
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record TrackedResource(
    long Sequence,
    ResourceKind Kind,
    string Module,
    PVOID Address,
    uint Tag,
    ulong Size,
    POOL_TYPE PoolType,
    string File,
    int Line,
    string Description)
{
    /// <summary>"SampleDriver.cs:42", or "(unknown)" when the caller did not pass its line.</summary>
    public string Location => File.Length == 0
        ? "(unknown)"
        : SourceSite.Format(File, Line);

    /// <summary>"#12 Pool 'Samp' 64 bytes NonPagedPoolNx at ffffa50f`00001010, allocated at SampleDriver.cs:42".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{Sequence} {Description} at {Address}, allocated at {Location}");
}
