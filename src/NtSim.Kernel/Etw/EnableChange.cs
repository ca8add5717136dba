namespace NtSim;

/// <summary>What a provider's enable callback is told: enabled with the sessions' combined level (the highest)
/// and keywords (MatchAny or-ed, MatchAll and-ed), or disabled when no session enables it any more.</summary>
internal sealed record EnableChange(EtwRegistration Provider, uint ControlCode, byte Level, ulong MatchAnyKeyword, ulong MatchAllKeyword)
{
    internal static EnableChange Of(EtwRegistration provider, TraceSessionEnable[] enables)
    {
        if (enables.Length == 0)
        {
            return new(provider, Wdm.EVENT_CONTROL_CODE_DISABLE_PROVIDER, 0, 0, 0);
        }

        var level = enables.Max(e => e.Provider.Level);
        var any = enables.Aggregate(0UL, (k, e) => k | e.Provider.MatchAnyKeyword);
        var all = enables.Aggregate(ulong.MaxValue, (k, e) => k & e.Provider.MatchAllKeyword);
        return new(provider, Wdm.EVENT_CONTROL_CODE_ENABLE_PROVIDER, level, any, all);
    }
}
