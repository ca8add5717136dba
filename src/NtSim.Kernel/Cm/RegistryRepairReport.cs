using System.Diagnostics;

namespace NtSim;

/// <summary>What a boot with <see cref="MachineOptions.RepairRegistry"/> found and did: every damaged
/// place with what it lost, and the files moved aside (<c>NAME.corrupt-TIME</c>), kept as evidence.</summary>
[DebuggerDisplay("{Damage.Count} damaged, {MovedAside.Count} moved aside")]
public sealed class RegistryRepairReport
{
    private readonly List<RegistryDamage> _damage = [];
    private readonly List<(string From, string To)> _movedAside = [];

    /// <summary>Every damaged place found, with what the repair lost there.</summary>
    public IReadOnlyList<RegistryDamage> Damage => _damage;

    /// <summary>Each damaged file's name and where it now is.</summary>
    public IReadOnlyList<(string From, string To)> MovedAside => _movedAside;

    /// <summary>Nothing was damaged: the repair changed nothing.</summary>
    public bool IsEmpty => _damage.Count == 0;

    /// <summary>One line per damaged place and per file moved aside.</summary>
    public override string ToString() => string.Join(Environment.NewLine,
        _damage.Select(d => "damaged: " + d).Concat(_movedAside.Select(m => $"moved aside: {m.From} -> {m.To}")));

    internal void Add(RegistryDamage damage) => _damage.Add(damage);

    internal void MovedFile(string from, string to) => _movedAside.Add((from, to));
}
