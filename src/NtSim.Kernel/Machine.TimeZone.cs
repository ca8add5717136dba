namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The time zone bias (system time minus local time, in 100 ns units) that
    /// ExSystemTimeToLocalTime and ExLocalTimeToSystemTime apply. A machine keeps UTC with no
    /// daylight saving time, so the bias is 0.</summary>
    internal long TimeZoneBias => 0;
}
