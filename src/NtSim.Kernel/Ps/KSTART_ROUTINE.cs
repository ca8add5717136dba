namespace NtSim;

/// <summary>KSTART_ROUTINE: the entry point of a system thread (PsCreateSystemThread). It runs at
/// PASSIVE_LEVEL; returning ends the thread with STATUS_SUCCESS, as PsTerminateSystemThread does.</summary>
public delegate void KSTART_ROUTINE(object? StartContext);

/// <summary>CLIENT_ID: the ids of a thread and of its process.</summary>
public struct CLIENT_ID
{
    /// <summary>The id of the process.</summary>
    public HANDLE UniqueProcess;
    /// <summary>The id of the thread.</summary>
    public HANDLE UniqueThread;
}
