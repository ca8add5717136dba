using NtSim.Tests.Services;
using static NtSim.Wdm;

namespace NtSim.Tests.Instrumentation;

/// <summary>Starts tests/Drivers/Runaway as a service with a given Parameters\Mode, and the lines of
/// its source that the tests expect in reports.</summary>
internal static class RunawayDriver
{
    public const string Key = @"\Registry\Machine\System\CurrentControlSet\Services\Runaway";

    // RunawayMode of the driver (the tests do not load its assembly).
    public const uint Normal = 0;
    public const uint EntrySpin = 1;
    public const uint EntrySpinUntilFlag = 2;
    public const uint DpcSpin = 3;
    public const uint DpcRecursion = 4;
    public const uint WorkItemSpin = 5;
    public const uint SpinLockSpin = 6;
    public const uint Recursion = 7;
    public const uint MutualRecursion = 8;
    public const uint BlockedOnHost = 9;
    public const uint DispatchSpin = 10;
    public const uint TimerDpcSpin = 11;
    public const uint SystemThreadSpin = 12;
    public const uint RecursionCaught = 13;

    public static readonly uint IOCTL_RUNAWAY_SUM = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_RUNAWAY_SPIN = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public static string Path => TestDrivers.PathOf("Runaway");

    /// <summary>"RunawayDriver.cs:37" for the line marked <paramref name="marker"/>.</summary>
    public static string Site(string marker) => $"RunawayDriver.cs:{TestDrivers.LineOf("Runaway", "RunawayDriver.cs", marker)}";

    public static RunStatus Start(Machine machine, uint mode)
    {
        machine.Services.Create("Runaway", Path);
        machine.Registry.SetValue(Key + @"\Parameters", "Mode", mode);
        return machine.Services.Start("Runaway");
    }
}
