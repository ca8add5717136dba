using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>One thing a driver left behind at unload, with the line of the driver that created it
/// (from [CallerFilePath] and [CallerLineNumber]; empty when the DDI has no such line, as for an IRP).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record UnloadReportItem(UnloadLeakKind Kind, string Description, PVOID Address, string File, int Line)
{
    /// <summary>"Leaky.cs:42", or "(unknown)".</summary>
    public string Location => File.Length == 0
        ? "(unknown)"
        : SourceSite.Format(File, Line);

    /// <summary>"DeviceObject: device object \Device\Leaky at ffffa50f`00001040, created at Leaky.cs:42".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind}: {Description}{(Address.IsNull ? "" : " at " + Address)}{(File.Length == 0 ? "" : ", from " + Location)}");
}
