namespace NtSim;

public sealed partial class Machine
{
    /// <summary>Creates the executive's state (pool, object namespace) before any thread runs.</summary>
    private void InitializeExecutive()
    {
        InitializeMemory();
    }

    /// <summary>Starts the executive's threads (system worker threads).</summary>
    private void StartExecutive()
    {
    }
}
