namespace NtSim.Debugger.Engine;

/// <summary>A report's location, "Module!Type.Method, File.cs:42" (BugCheckInfo.Location), split into the
/// routine and its source site ("File.cs:42", null when the report has none).</summary>
internal static class KdLocation
{
    internal static (string Routine, string? Site) Split(string location)
    {
        var comma = location.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? (location, null) : (location[..comma], location[(comma + 2)..]);
    }
}
