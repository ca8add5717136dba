using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The probes of one instrumented driver image: probe id to method, IL offset and source line.
/// Ids are unique in the process (each image takes a block), so a probe call names its site
/// without knowing the image. Built for the hooks that come next: a line breakpoint is the set of
/// probes whose <see cref="ProbeSite.Line"/> matches, a method breakpoint the method's entry probe,
/// and coverage a hit count per probe (see docs/instrumentation.md).
/// </summary>
[DebuggerDisplay("{Image,nq}: {Sites.Count} probes from {FirstId}")]
internal sealed partial class ProbeTable
{
    private static readonly Lock s_lock = new();
    // Weak: a machine disposed without unloading its drivers lets its images' tables go.
    private static readonly List<WeakReference<ProbeTable>> s_live = [];
    private static int s_nextId = 1;

    private ProbeTable(string image, int firstId, IReadOnlyList<ProbeSite> sites)
    {
        Image = image;
        FirstId = firstId;
        Sites = sites;
    }

    /// <summary>The assembly's simple name.</summary>
    public string Image { get; }

    /// <summary>The id of the image's first probe.</summary>
    public int FirstId { get; }

    /// <summary>The probes in id order (<c>Sites[id - FirstId]</c>).</summary>
    public IReadOnlyList<ProbeSite> Sites { get; }

    /// <summary>The probe with this id, or null if it is not this table's.</summary>
    public ProbeSite? this[int id] => id >= FirstId && id - FirstId < Sites.Count ? Sites[id - FirstId] : null;

    /// <summary>No probe: a stack overflow found at the DDI gate rather than at a method entry.</summary>
    internal const int NoProbe = -1;

    /// <summary>The probe with this id in any live table (an image not yet unloaded), or null.</summary>
    public static ProbeSite? Find(int id)
    {
        lock (s_lock)
        {
            s_live.RemoveAll(r => !r.TryGetTarget(out _));
            foreach (var reference in s_live)
            {
                if (reference.TryGetTarget(out var table) && table[id] is { } site)
                {
                    return site;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="assembly"/> is a live instrumented image (its routines have entry probes). By the
    /// assembly itself, not its name: a driver type of the host may share its name with an image loaded from its file.</summary>
    internal static bool Covers(System.Reflection.Assembly assembly) => Of(assembly) is not null;

    /// <summary>Reserves <paramref name="count"/> ids for an image being rewritten.</summary>
    internal static int ReserveIds(int count) => Interlocked.Add(ref s_nextId, count) - count;

    internal static ProbeTable Create(string image, int firstId, IReadOnlyList<ProbeSite> sites)
    {
        var table = new ProbeTable(image, firstId, sites);
        lock (s_lock)
        {
            s_live.Add(new WeakReference<ProbeTable>(table));
        }

        return table;
    }

    /// <summary>The image was unloaded: its probes can no longer run.</summary>
    internal void Retire()
    {
        Retired = true;
        lock (s_lock)
        {
            s_live.RemoveAll(r => !r.TryGetTarget(out var table) || table == this);
        }
    }
}
