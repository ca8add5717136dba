namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The service control manager: create, start, stop, query and delete driver services (sc.exe).</summary>
    public ServiceControlManager Services { get; }
}
