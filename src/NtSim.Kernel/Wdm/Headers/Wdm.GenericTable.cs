namespace NtSim;

public static partial class Wdm
{
    // RTL_GENERIC_COMPARE_RESULTS
    /// <summary>RTL_GENERIC_COMPARE_RESULTS 0: the first entry sorts before the second.</summary>
    public const RTL_GENERIC_COMPARE_RESULTS GenericLessThan = 0;
    /// <summary>RTL_GENERIC_COMPARE_RESULTS 1: the first entry sorts after the second.</summary>
    public const RTL_GENERIC_COMPARE_RESULTS GenericGreaterThan = (RTL_GENERIC_COMPARE_RESULTS)1;
    /// <summary>RTL_GENERIC_COMPARE_RESULTS 2: the entries are equal.</summary>
    public const RTL_GENERIC_COMPARE_RESULTS GenericEqual = (RTL_GENERIC_COMPARE_RESULTS)2;
}
