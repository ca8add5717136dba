using System.Reflection;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>A source line of an instrumented image that a line breakpoint resolved to: the file as the PDB holds it,
/// the line, and the line probes that stop there (one per method with code on that line: its first).</summary>
internal sealed record LineProbes(string File, int Line, IReadOnlyList<ProbeSite> Sites);

internal sealed partial class ProbeTable
{
    // The table of each loaded instrumented assembly (weak on the assembly: a collectible image is not kept alive).
    private static readonly ConditionalWeakTable<Assembly, ProbeTable> s_byAssembly = [];
    private Dictionary<string, SortedDictionary<int, List<ProbeSite>>>? _lines;

    /// <summary>The image was unloaded (<see cref="Retire"/>).</summary>
    internal bool Retired { get; private set; }

    /// <summary>Records that <paramref name="assembly"/> is the image this table describes (once it is loaded).</summary>
    internal void Bind(Assembly assembly) => s_byAssembly.AddOrUpdate(assembly, this);

    /// <summary>The live table of an instrumented assembly, or null (a driver type of the host, an unloaded image).</summary>
    internal static ProbeTable? Of(Assembly assembly) =>
        s_byAssembly.TryGetValue(assembly, out var table) && !table.Retired ? table : null;

    /// <summary>The first line at or after <paramref name="line"/> with code in the first file of the image whose path
    /// ends with <paramref name="file"/> (a name or a path's tail, either separator, any case), as WinDbg resolves a source
    /// line expression ("the debugger uses the first match that it finds"); null if no file or no such line.</summary>
    internal LineProbes? FindLine(string file, int line)
    {
        var lines = _lines ??= IndexLines();
        var wanted = file.Replace('\\', '/');
        foreach (var (path, byLine) in lines)
        {
            if (!EndsWithPath(path.Replace('\\', '/'), wanted))
            {
                continue;
            }

            foreach (var (number, sites) in byLine)
            {
                if (number >= line)
                {
                    return new LineProbes(path, number, sites);
                }
            }

            return null;
        }

        return null;
    }

    private static bool EndsWithPath(string path, string tail) =>
        path.EndsWith(tail, StringComparison.OrdinalIgnoreCase)
        && (path.Length == tail.Length || tail.StartsWith('/') || path[path.Length - tail.Length - 1] == '/');

    // File -> line -> the line probes that stop there: per method, the first probe of the line (the lowest IL offset),
    // so a line with several statements (a for loop's header) stops once per pass, at its first, as a debugger binds a
    // line breakpoint to the line's first statement.
    private Dictionary<string, SortedDictionary<int, List<ProbeSite>>> IndexLines()
    {
        var index = new Dictionary<string, SortedDictionary<int, List<ProbeSite>>>(StringComparer.Ordinal);
        foreach (var site in Sites.Where(s => s.Kind == ProbeKind.Line && s.File is not null).OrderBy(s => s.IlOffset))
        {
            if (!index.TryGetValue(site.File!, out var byLine))
            {
                index[site.File!] = byLine = [];
            }

            if (!byLine.TryGetValue(site.Line, out var sites))
            {
                byLine[site.Line] = sites = [];
            }

            if (!sites.Any(s => s.Method == site.Method))
            {
                sites.Add(site);
            }
        }

        return index;
    }
}
