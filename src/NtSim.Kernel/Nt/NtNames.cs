using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace NtSim;

/// <summary>
/// Names of status and bug check codes, for messages, traces and the debugger:
/// <c>STATUS_ACCESS_VIOLATION</c>, <c>DRIVER_IRQL_NOT_LESS_OR_EQUAL</c>. Built once, by reflection over the
/// constants of <see cref="Wdm"/>.
/// </summary>
internal static class NtNames
{
    // Where several names share a value, these lose to the canonical one (STATUS_SUCCESS, STATUS_ABANDONED).
    private static readonly FrozenSet<string> s_aliases = FrozenSet.ToFrozenSet(
    [
        nameof(Wdm.STATUS_WAIT_0),
        nameof(Wdm.STATUS_ABANDONED_WAIT_0),
    ]);

    private static readonly FrozenDictionary<uint, string> s_statusNames = Build(
        static field => field.FieldType == typeof(NTSTATUS),
        static value => unchecked((uint)(int)value));

    private static readonly FrozenDictionary<uint, string> s_bugCheckNames = Build(
        static field => field.FieldType == typeof(uint) && field.IsDefined(typeof(BugCheckCodeAttribute)),
        static value => (uint)value);

    /// <summary>The name of a status, such as "STATUS_ACCESS_VIOLATION", or "0xC0000123" if it has none.</summary>
    public static string StatusName(NTSTATUS status) =>
        s_statusNames.TryGetValue(unchecked((uint)status), out var name) ? name : Hex(unchecked((uint)status));

    /// <summary>The name of a bug check code, such as "IRQL_NOT_LESS_OR_EQUAL", or "0x000000FF" if it has none.</summary>
    public static string BugCheckName(uint code) =>
        s_bugCheckNames.TryGetValue(code, out var name) ? name : Hex(code);

    /// <summary>"STATUS_ACCESS_VIOLATION (0xC0000005)", or just "0xC0000123" for a status without a name.</summary>
    public static string Format(NTSTATUS status)
    {
        var hex = Hex(unchecked((uint)status));
        return s_statusNames.TryGetValue(unchecked((uint)status), out var name) ? $"{name} ({hex})" : hex;
    }

    /// <summary>Every named status value, with its canonical name.</summary>
    public static IReadOnlyDictionary<uint, string> StatusNames => s_statusNames;

    /// <summary>Every named bug check code.</summary>
    public static IReadOnlyDictionary<uint, string> BugCheckNames => s_bugCheckNames;

    private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);

    private static FrozenDictionary<uint, string> Build(Func<FieldInfo, bool> select, Func<object, uint> key)
    {
        var names = new Dictionary<uint, string>();
        var fields = typeof(Wdm).GetFields(BindingFlags.Public | BindingFlags.Static);
        foreach (var field in fields)
        {
            if (!field.IsLiteral || !select(field))
            {
                continue;
            }

            var value = key(field.GetRawConstantValue()!);
            if (!names.TryGetValue(value, out var existing) || Prefer(field.Name, existing))
            {
                names[value] = field.Name;
            }
        }

        return names.ToFrozenDictionary();
    }

    // Deterministic whatever order reflection returns the fields in: not an alias, then shorter, then ordinal.
    private static bool Prefer(string candidate, string existing)
    {
        bool candidateAlias = s_aliases.Contains(candidate);
        bool existingAlias = s_aliases.Contains(existing);
        if (candidateAlias != existingAlias)
        {
            return existingAlias;
        }

        if (candidate.Length != existing.Length)
        {
            return candidate.Length < existing.Length;
        }

        return string.CompareOrdinal(candidate, existing) < 0;
    }
}
