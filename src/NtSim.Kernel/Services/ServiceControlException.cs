namespace NtSim;

/// <summary>
/// A service control request failed, with the Win32 error sc.exe would report
/// (<c>[SC] StartService FAILED 2</c>): which request, which service, and what was wrong.
/// </summary>
public sealed class ServiceControlException : Exception
{
    internal ServiceControlException(string operation, string serviceName, uint win32Error, string detail,
        NTSTATUS? driverStatus = null, UnloadReport? unloadReport = null)
        : base($"{operation} {serviceName} failed with {win32Error} ({Win32ErrorText.NameOf(win32Error)}): {detail}")
    {
        Operation = operation;
        ServiceName = serviceName;
        Win32Error = win32Error;
        Detail = detail;
        DriverStatus = driverStatus;
        UnloadReport = unloadReport;
    }

    /// <summary>The service API that failed, as sc.exe names it: OpenService, CreateService,
    /// StartService, ControlService, DeleteService.</summary>
    public string Operation { get; }

    /// <summary>The service the request was for.</summary>
    public string ServiceName { get; }

    /// <summary>The Win32 error (ERROR_SERVICE_DOES_NOT_EXIST, ERROR_FILE_NOT_FOUND, ...).</summary>
    public uint Win32Error { get; }

    /// <summary>What NtSim knows was wrong, beyond the code.</summary>
    public string Detail { get; }

    /// <summary>The system's text for <see cref="Win32Error"/> (what FormatMessage gives and sc.exe prints).</summary>
    public string SystemMessage => Win32ErrorText.MessageOf(Win32Error);

    /// <summary>The NTSTATUS behind the error when the kernel gave one (DriverEntry's status, or the image load's).</summary>
    public NTSTATUS? DriverStatus { get; }

    /// <summary>For a failed DriverEntry: what the driver left behind.</summary>
    public UnloadReport? UnloadReport { get; }
}
