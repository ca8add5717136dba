namespace NtSim;

public static partial class Wdm
{
    // Service types, start types and error controls (wdm.h): the Type, Start and ErrorControl
    // values of a service key under \Registry\Machine\System\CurrentControlSet\Services.

    public const uint SERVICE_KERNEL_DRIVER = 0x00000001;
    public const uint SERVICE_FILE_SYSTEM_DRIVER = 0x00000002;
    public const uint SERVICE_ADAPTER = 0x00000004;
    public const uint SERVICE_RECOGNIZER_DRIVER = 0x00000008;
    public const uint SERVICE_DRIVER = SERVICE_KERNEL_DRIVER | SERVICE_FILE_SYSTEM_DRIVER | SERVICE_RECOGNIZER_DRIVER;
    public const uint SERVICE_WIN32_OWN_PROCESS = 0x00000010;
    public const uint SERVICE_WIN32_SHARE_PROCESS = 0x00000020;

    public const uint SERVICE_BOOT_START = 0x00000000;
    public const uint SERVICE_SYSTEM_START = 0x00000001;
    public const uint SERVICE_AUTO_START = 0x00000002;
    public const uint SERVICE_DEMAND_START = 0x00000003;
    public const uint SERVICE_DISABLED = 0x00000004;

    public const uint SERVICE_ERROR_IGNORE = 0x00000000;
    public const uint SERVICE_ERROR_NORMAL = 0x00000001;
    public const uint SERVICE_ERROR_SEVERE = 0x00000002;
    public const uint SERVICE_ERROR_CRITICAL = 0x00000003;
}
