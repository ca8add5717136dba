namespace NtSim;

public sealed partial class Machine
{
    internal WorkQueues WorkQueues { get; }

    /// <summary>The I/O manager: drivers, devices, IRPs.</summary>
    public IoManager IoManager { get; }

    /// <summary>What drivers printed with DbgPrint, DbgPrintEx and KdPrintEx, and the print filter.</summary>
    public DebugOutput DebugOutput { get; } = new();
}
