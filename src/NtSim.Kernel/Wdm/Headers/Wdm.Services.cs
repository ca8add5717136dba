namespace NtSim;

public static partial class Wdm
{
    // Service types, start types and error controls (wdm.h): the Type, Start and ErrorControl
    // values of a service key under \Registry\Machine\System\CurrentControlSet\Services.

    /// <summary>Service Type 0x00000001: a kernel-mode driver.</summary>
    public const uint SERVICE_KERNEL_DRIVER = 0x00000001;
    /// <summary>Service Type 0x00000002: a file system driver.</summary>
    public const uint SERVICE_FILE_SYSTEM_DRIVER = 0x00000002;
    /// <summary>Service Type 0x00000004: reserved.</summary>
    public const uint SERVICE_ADAPTER = 0x00000004;
    /// <summary>Service Type 0x00000008: a file system recognizer driver.</summary>
    public const uint SERVICE_RECOGNIZER_DRIVER = 0x00000008;
    /// <summary>All the driver service types: kernel, file system and recognizer drivers.</summary>
    public const uint SERVICE_DRIVER = SERVICE_KERNEL_DRIVER | SERVICE_FILE_SYSTEM_DRIVER | SERVICE_RECOGNIZER_DRIVER;
    /// <summary>Service Type 0x00000010: a Win32 service in a process of its own.</summary>
    public const uint SERVICE_WIN32_OWN_PROCESS = 0x00000010;
    /// <summary>Service Type 0x00000020: a Win32 service sharing a process with others.</summary>
    public const uint SERVICE_WIN32_SHARE_PROCESS = 0x00000020;

    /// <summary>Service Start ?: loaded by the boot loader, for drivers needed to boot.</summary>
    public const uint SERVICE_BOOT_START = 0x00000000;
    /// <summary>Service Start ?: loaded during kernel initialization.</summary>
    public const uint SERVICE_SYSTEM_START = 0x00000001;
    /// <summary>Service Start ?: started by the service control manager at system startup.</summary>
    public const uint SERVICE_AUTO_START = 0x00000002;
    /// <summary>Service Start ?: started on demand (by the PnP manager for a device, or by StartService).</summary>
    public const uint SERVICE_DEMAND_START = 0x00000003;
    /// <summary>Service Start ?: never started.</summary>
    public const uint SERVICE_DISABLED = 0x00000004;

    /// <summary>Service ErrorControl ?: a load failure is ignored.</summary>
    public const uint SERVICE_ERROR_IGNORE = 0x00000000;
    /// <summary>Service ErrorControl ?: a load failure is logged and startup goes on.</summary>
    public const uint SERVICE_ERROR_NORMAL = 0x00000001;
    /// <summary>Service ErrorControl ?: a load failure is logged and the last known good configuration is tried.</summary>
    public const uint SERVICE_ERROR_SEVERE = 0x00000002;
    /// <summary>Service ErrorControl ?: a load failure is logged, and startup fails unless it is already the last known good configuration.</summary>
    public const uint SERVICE_ERROR_CRITICAL = 0x00000003;
}
