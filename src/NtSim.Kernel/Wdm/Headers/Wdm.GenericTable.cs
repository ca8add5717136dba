namespace NtSim;

public static partial class Wdm
{
    // RTL_GENERIC_COMPARE_RESULTS
    public const RTL_GENERIC_COMPARE_RESULTS GenericLessThan = 0;
    public const RTL_GENERIC_COMPARE_RESULTS GenericGreaterThan = (RTL_GENERIC_COMPARE_RESULTS)1;
    public const RTL_GENERIC_COMPARE_RESULTS GenericEqual = (RTL_GENERIC_COMPARE_RESULTS)2;
}
