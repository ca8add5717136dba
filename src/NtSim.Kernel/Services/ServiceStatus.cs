using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A service as <c>sc query</c> and <c>sc qc</c> show it: its configuration (the values of its key
/// under \Registry\Machine\System\CurrentControlSet\Services) and its status.
/// </summary>
/// <param name="Name">The service name (the key name and the driver object's \Driver\ name).</param>
/// <param name="DisplayName">The DisplayName value.</param>
/// <param name="ServiceType">The Type value: SERVICE_KERNEL_DRIVER (1).</param>
/// <param name="State">SERVICE_STOPPED, SERVICE_RUNNING, ...</param>
/// <param name="StartType">The Start value: SERVICE_BOOT_START (0) ... SERVICE_DISABLED (4).</param>
/// <param name="ErrorControl">The ErrorControl value: SERVICE_ERROR_IGNORE (0) ... SERVICE_ERROR_CRITICAL (3).</param>
/// <param name="ImagePath">The ImagePath value: the driver assembly (for a host type, its assembly).</param>
/// <param name="Win32ExitCode">0 after a good start or stop, the start's error after a failed one,
/// ERROR_SERVICE_NEVER_STARTED (1077) before the first start.</param>
/// <param name="Stoppable">Running with a DriverUnload routine (SERVICE_ACCEPT_STOP).</param>
/// <param name="MarkedForDelete">Deleted while running: the key goes when the service stops.</param>
/// <param name="LastUnloadReport">What the driver left behind at its last stop or failed start.</param>
[DebuggerDisplay("{Name,nq} {State}")]
public sealed record ServiceStatus(
    string Name,
    string DisplayName,
    uint ServiceType,
    ServiceState State,
    uint StartType,
    uint ErrorControl,
    string ImagePath,
    uint Win32ExitCode,
    bool Stoppable,
    bool MarkedForDelete,
    UnloadReport? LastUnloadReport);
