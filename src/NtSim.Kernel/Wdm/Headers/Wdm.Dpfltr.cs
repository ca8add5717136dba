namespace NtSim;

public static partial class Wdm
{
    // dpfilter.h (subset until the full table lands).
    public const uint DPFLTR_ERROR_LEVEL = 0;
    public const uint DPFLTR_WARNING_LEVEL = 1;
    public const uint DPFLTR_TRACE_LEVEL = 2;
    public const uint DPFLTR_INFO_LEVEL = 3;
    public const uint DPFLTR_MASK = 0x80000000;
    public const uint DPFLTR_IHVDRIVER_ID = 77;
    public const uint DPFLTR_DEFAULT_ID = 101;
}
