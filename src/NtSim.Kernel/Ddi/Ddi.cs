using System.Diagnostics;

namespace NtSim;

/// <summary>What else the gate does for a DDI besides its IRQL rule.</summary>
[Flags]
internal enum DdiTraits
{
    None = 0,

    /// <summary>The DDI is a scheduling point: <see cref="DdiGate.Leave(KTHREAD, Ddi)"/> lets
    /// another thread run (deterministic mode) after its work is done.</summary>
    SchedulingPoint = 0x1,

    /// <summary>The DDI can fail for want of resources (Driver Verifier's low resources simulation
    /// fails it): it asks <see cref="DdiGate.InjectFault"/>.</summary>
    CanFail = 0x2,

    /// <summary>The DDI traces its key arguments itself (<see cref="DdiGate.Arguments"/>) instead of
    /// the gate tracing its bare name.</summary>
    TracesArguments = 0x4,
}

/// <summary>How an IRQL rule's P2 to P4 are filled.</summary>
internal enum IrqlParameters
{
    /// <summary>P2 the IRQL, P3 the object the DDI works on (the common 0xC4 layout).</summary>
    IrqlAndObject,

    /// <summary>P2 the caller's address (0 here), P3 the IRQL, P4 the special-APC disable count (0xC4/0xE6).</summary>
    ZwCall,

    /// <summary>A DDI compliance rule: P2 to P4 are 0 here (pointers into the verifier's rule data on Windows).</summary>
    DdiRule,
}

/// <summary>
/// One DDI, as the gate knows it: its name, the IRQL range its documentation allows, the verifier
/// rule a call outside that range breaks, and its traits. Rows are static and shared by every
/// machine (<see cref="DdiTable"/>); what a machine does with them is its <see cref="DdiMonitor"/>.
/// </summary>
[DebuggerDisplay("{Name,nq} IRQL {(int)MinIrql}..{(int)MaxIrql}")]
internal sealed class Ddi
{
    private static readonly Lock s_registryLock = new();
    private static readonly List<Ddi> s_all = [];

    internal Ddi(string name, KIRQL maxIrql, VerifierRule? irqlRule = null, DdiTraits traits = DdiTraits.None,
        KIRQL minIrql = default, IrqlParameters parameters = IrqlParameters.IrqlAndObject, WindowsVersion? since = null)
    {
        Name = name;
        MinimumVersion = since ?? DdiVersions.Of(name);
        MaxIrql = maxIrql;
        MinIrql = minIrql;
        IrqlRule = irqlRule ?? VerifierRules.ApiAtWrongIrql;
        Traits = traits;
        Parameters = parameters;
        lock (s_registryLock)
        {
            Index = s_all.Count;
            s_all.Add(this);
        }
    }

    internal string Name { get; }

    /// <summary>The highest IRQL the DDI may be called at (HIGH_LEVEL: any).</summary>
    internal KIRQL MaxIrql { get; }

    /// <summary>The lowest IRQL the DDI may be called at (PASSIVE_LEVEL for almost all).</summary>
    internal KIRQL MinIrql { get; }

    /// <summary>The rule a call outside [MinIrql, MaxIrql] breaks.</summary>
    internal VerifierRule IrqlRule { get; }

    internal DdiTraits Traits { get; }

    internal IrqlParameters Parameters { get; }

    /// <summary>The first Windows release that has the DDI (its page's "Minimum supported client"; Windows 7,
    /// the oldest release NtSim runs, for anything older). MmGetSystemRoutineAddress finds it from there on.</summary>
    internal WindowsVersion MinimumVersion { get; }

    /// <summary>The DDI's slot in per-machine tables (call counts).</summary>
    internal int Index { get; }

    internal bool Is(DdiTraits trait) => (Traits & trait) != 0;

    /// <summary>Every DDI registered so far (the kernel's table, and any framework's).</summary>
    internal static IReadOnlyList<Ddi> All
    {
        get
        {
            lock (s_registryLock)
            {
                return [.. s_all];
            }
        }
    }

    /// <summary>The DDI at <paramref name="index"/> (<see cref="Index"/>).</summary>
    internal static Ddi At(int index)
    {
        lock (s_registryLock)
        {
            return s_all[index];
        }
    }

    internal static int Count
    {
        get
        {
            lock (s_registryLock)
            {
                return s_all.Count;
            }
        }
    }

    public override string ToString() => Name;
}
