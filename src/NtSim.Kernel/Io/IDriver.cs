namespace NtSim;

/// <summary>
/// The entry type of a driver assembly: the service loader creates it with its public parameterless
/// constructor and calls <see cref="DriverEntry"/> at PASSIVE_LEVEL in the System process, with the
/// driver's service key (\Registry\Machine\System\CurrentControlSet\Services\&lt;Name&gt;).
/// </summary>
public interface IDriver
{
    /// <summary>DriverEntry: fill in the dispatch table and unload routine, create devices;
    /// return a failure status to refuse loading (and leave nothing behind).</summary>
    NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath);
}
