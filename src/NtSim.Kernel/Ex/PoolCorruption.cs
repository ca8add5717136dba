using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>A damaged pool header, with the bug check Windows raises when it meets it.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record PoolCorruption(
    PVOID Entry,
    uint BugCheckCode,
    ulong Parameter1,
    ulong Parameter2,
    ulong Parameter3,
    ulong Parameter4,
    string Description)
{
    /// <summary>"BUG_CHECK_NAME (code) P1 at entry: description".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{NtNames.BugCheckName(BugCheckCode)} ({BugCheckCode:x}) {Parameter1:x} at {Entry}: {Description}");
}
