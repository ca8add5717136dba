namespace NtSim;

public sealed partial class Machine
{
    private IoErrorLog? _errorLog;

    /// <summary>The System event log: the entries drivers wrote with IoWriteErrorLogEntry.</summary>
    public SystemEventLog EventLog { get; } = new();

    /// <summary>The error log packets drivers allocated and have not yet written or freed.</summary>
    internal IoErrorLog ErrorLog => LazyInitializer.EnsureInitialized(ref _errorLog, () => new IoErrorLog(this));
}
