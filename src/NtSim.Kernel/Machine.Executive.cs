namespace NtSim;

public sealed partial class Machine
{
    internal WorkQueues WorkQueues { get; private set; } = null!;

    /// <summary>The I/O manager: drivers, devices, IRPs.</summary>
    public IoManager IoManager { get; private set; } = null!;

    /// <summary>What drivers printed with DbgPrint, DbgPrintEx and KdPrintEx, and the print filter.</summary>
    public DebugOutput DebugOutput { get; } = new();

    /// <summary>Creates the executive's state (pool, object namespace) before any thread runs.</summary>
    private void InitializeExecutive()
    {
        InitializeObjectManager();
        InitializeRegistry();
        WorkQueues = new WorkQueues(this);
        IoManager = new IoManager(this);
        Services = new ServiceControlManager(this);
        InitializePnp();
        InitializeMemory();
    }

    /// <summary>Starts the executive's threads.</summary>
    private void StartExecutive()
    {
    }
}
