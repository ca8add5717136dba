using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace NtSim.Debugger.Target;

/// <summary>
/// The machine as the debugger's commands read it: one view per concern (the system, the bug check, modules and
/// their symbols ...), each a section of a crash dump. On a live machine a section is taken from the machine the
/// first time a command asks for it (<see cref="Section{T}"/> with its capture function); on a dump it is read
/// from the file. A family of commands adds its views in a partial file of its own (<c>KdSnapshot.Modules.cs</c>):
/// a property marked <see cref="KdSectionAttribute"/> that calls <see cref="Section{T}"/>.
/// </summary>
internal sealed partial class KdSnapshot
{
    private static readonly JsonSerializerOptions s_json = new() { IncludeFields = false, WriteIndented = false };

    private readonly Machine? _machine;
    private readonly IReadOnlyDictionary<string, byte[]>? _stored;
    private readonly ConcurrentDictionary<string, object?> _sections = new(StringComparer.Ordinal);

    private KdSnapshot(Machine? machine, IReadOnlyDictionary<string, byte[]>? stored)
    {
        _machine = machine;
        _stored = stored;
    }

    /// <summary>The views of a live machine, each taken when first read.</summary>
    internal static KdSnapshot Of(Machine machine) => new(machine, null);

    /// <summary>The views stored in a dump (section name to its UTF-8 JSON).</summary>
    internal static KdSnapshot Stored(IReadOnlyDictionary<string, byte[]> sections) => new(null, sections);

    /// <summary>The sections a dump holds, by name, with their properties.</summary>
    internal static IReadOnlyList<(KdSectionAttribute Section, PropertyInfo Property)> Sections { get; } =
        [.. typeof(KdSnapshot).GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(p => (Section: p.GetCustomAttribute<KdSectionAttribute>(), Property: p))
            .Where(s => s.Section is not null)
            .Select(s => (s.Section!, s.Property))
            .OrderBy(s => s.Item1.Name, StringComparer.Ordinal)];

    /// <summary>The sections, serialized, for a dump: all of them, or for a small dump those marked for one.</summary>
    internal IReadOnlyList<(string Name, byte[] Json)> Serialize(bool small) =>
        [.. Sections.Where(s => !small || s.Section.InSmallDump)
            .Select(s => (s.Section.Name, JsonSerializer.SerializeToUtf8Bytes(s.Property.GetValue(this), s.Property.PropertyType, s_json)))];

    /// <summary>Section <paramref name="name"/>: captured from the live machine, or read from the dump; on a dump that
    /// lacks it (a small dump keeps few sections), <paramref name="missing"/>.</summary>
    internal T Section<T>(string name, Func<Machine, T> capture, T missing) =>
        (T)_sections.GetOrAdd(name, _ => _machine is not null ? capture(_machine)
            : _stored!.TryGetValue(name, out var json) ? JsonSerializer.Deserialize<T>(json, s_json) : missing)!;

    /// <summary>True if the dump holds section <paramref name="name"/> (always true live).</summary>
    internal bool Has(string name) => _machine is not null || _stored!.ContainsKey(name);

    /// <summary>A routine as views keep it: its address and name, taken through KdSymbols at capture (null for none).</summary>
    private static Views.KdRoutineView? Routine(Machine machine, Delegate? routine) =>
        routine is null ? null : new Views.KdRoutineView(Engine.KdSymbols.AddressOf(machine, routine), Engine.KdSymbols.NameOf(machine, routine));
}
