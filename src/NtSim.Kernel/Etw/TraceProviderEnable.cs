using System.Globalization;

namespace NtSim;

/// <summary>
/// One provider a trace session enables, as <c>tracelog -start -guid</c> or <c>logman start -p</c> name it:
/// by control GUID or by name (a TraceLogging provider's name, a WPP control GUID's friendly name), the
/// highest level it writes and the keywords (WPP: the trace flags) an event must match.
/// </summary>
/// <param name="ProviderId">The provider's GUID, or null to match by <paramref name="Name"/>.</param>
/// <param name="Name">The provider's name (case-insensitive), or null to match by GUID.</param>
/// <param name="Level">The highest level written (TRACE_LEVEL_*); 0 enables every level, as for EnableTraceEx2.</param>
/// <param name="MatchAnyKeyword">An event with a nonzero keyword needs one of these bits; 0 means every keyword.</param>
/// <param name="MatchAllKeyword">An event with a nonzero keyword needs all of these bits.</param>
public sealed record TraceProviderEnable(Guid? ProviderId, string? Name, byte Level = 0xFF,
    ulong MatchAnyKeyword = ulong.MaxValue, ulong MatchAllKeyword = 0)
{
    /// <summary>Enables the provider with this GUID.</summary>
    public static TraceProviderEnable ById(Guid providerId, byte level = 0xFF, ulong matchAnyKeyword = ulong.MaxValue) =>
        new(providerId, null, level, matchAnyKeyword);

    /// <summary>Enables the provider with this name.</summary>
    public static TraceProviderEnable ByName(string name, byte level = 0xFF, ulong matchAnyKeyword = ulong.MaxValue) =>
        new(null, name, level, matchAnyKeyword);

    /// <summary>Parses <c>GUID|name[:level[:keywords]]</c> (level decimal, keywords decimal or 0x hex), as
    /// <c>ntsim trace --provider</c> takes it; false with the reason in <paramref name="error"/> otherwise.</summary>
    public static bool TryParse(string text, out TraceProviderEnable? enable, out string error)
    {
        enable = null;
        error = "";
        var parts = text.Split(':');
        if (parts.Length > 3 || parts[0].Length == 0)
        {
            error = $"'{text}' is not GUID|name[:level[:keywords]]";
            return false;
        }

        byte level = 0xFF;
        if (parts.Length > 1 && !byte.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out level))
        {
            error = $"'{parts[1]}' in '{text}' is not a level from 0 to 255";
            return false;
        }

        var keywords = ulong.MaxValue;
        if (parts.Length > 2 && !TryParseKeywords(parts[2], out keywords))
        {
            error = $"'{parts[2]}' in '{text}' is not a 64-bit keyword mask (decimal or 0x hex)";
            return false;
        }

        var id = parts[0].Trim('{', '}');
        enable = Guid.TryParse(id, out var guid) ? new(guid, null, level, keywords) : new(null, parts[0], level, keywords);
        return true;
    }

    private static bool TryParseKeywords(string text, out ulong keywords) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out keywords)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out keywords);

    /// <summary>Whether this names <paramref name="id"/> or <paramref name="name"/>.</summary>
    public bool Matches(Guid id, string? name) =>
        ProviderId is { } guid ? guid == id : name is not null && string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>An event of this level and keyword passes the session's filter (the EnableTraceEx2 rules: level 0
    /// on either side passes, a keyword of 0 passes, otherwise any of MatchAnyKeyword and all of MatchAllKeyword).</summary>
    internal bool Passes(byte level, ulong keyword)
    {
        if (level != 0 && Level != 0 && level > Level)
        {
            return false;
        }

        var any = MatchAnyKeyword == 0 ? ulong.MaxValue : MatchAnyKeyword;
        return keyword == 0 || ((keyword & any) != 0 && (keyword & MatchAllKeyword) == MatchAllKeyword);
    }

    /// <summary>A WPP message of this level and these flags passes: one of its flags enabled (the keyword's low
    /// 32 bits are the trace flags), and, for a level other than 0, a session level at least as high.</summary>
    internal bool PassesWpp(byte level, uint flags) =>
        (flags & (uint)MatchAnyKeyword) != 0 && (level == 0 || Level >= level);

    /// <summary>"provider:level:0xkeyword", as a session's provider list is written.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(ProviderId is { } id ? id.ToString("D") : Name)}:{Level}:0x{MatchAnyKeyword:X}");
}
