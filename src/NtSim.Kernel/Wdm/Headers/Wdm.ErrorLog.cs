namespace NtSim;

public static partial class Wdm
{
    /// <summary>ERROR_LOG_MAXIMUM_SIZE (wdm.h): the largest EntrySize IoAllocateErrorLogEntry accepts on x64.</summary>
    public const byte ERROR_LOG_MAXIMUM_SIZE = IoErrorLog.MaximumSize;

    // ntiologc.h: the I/O error codes of the system's message catalog (facility FACILITY_IO_ERROR_CODE, 4).
    /// <summary>Error log code 0x00040001: a request succeeded after one or more retries.</summary>
    public const NTSTATUS IO_ERR_RETRY_SUCCEEDED = (NTSTATUS)0x00040001;
    /// <summary>Error log code 0xC0040002: the driver could not allocate a resource it needed.</summary>
    public const NTSTATUS IO_ERR_INSUFFICIENT_RESOURCES = unchecked((NTSTATUS)0xC0040002);
    /// <summary>Error log code 0xC0040003: the driver found a configuration error.</summary>
    public const NTSTATUS IO_ERR_CONFIGURATION_ERROR = unchecked((NTSTATUS)0xC0040003);
    /// <summary>Error log code 0xC0040004: the driver found an internal error.</summary>
    public const NTSTATUS IO_ERR_DRIVER_ERROR = unchecked((NTSTATUS)0xC0040004);
    /// <summary>Error log code 0xC0040005: a parity error was found.</summary>
    public const NTSTATUS IO_ERR_PARITY = unchecked((NTSTATUS)0xC0040005);
    /// <summary>Error log code 0xC0040006: the device had a seek error.</summary>
    public const NTSTATUS IO_ERR_SEEK_ERROR = unchecked((NTSTATUS)0xC0040006);
    /// <summary>Error log code 0xC0040007: the device has a bad block.</summary>
    public const NTSTATUS IO_ERR_BAD_BLOCK = unchecked((NTSTATUS)0xC0040007);
    /// <summary>Error log code 0xC0040008: an overrun happened.</summary>
    public const NTSTATUS IO_ERR_OVERRUN_ERROR = unchecked((NTSTATUS)0xC0040008);
    /// <summary>Error log code 0xC0040009: the device did not respond in time.</summary>
    public const NTSTATUS IO_ERR_TIMEOUT = unchecked((NTSTATUS)0xC0040009);
    /// <summary>Error log code 0xC004000A: the driver found an unexpected sequence of events from the device.</summary>
    public const NTSTATUS IO_ERR_SEQUENCE = unchecked((NTSTATUS)0xC004000A);
    /// <summary>Error log code 0xC004000B: the driver found a controller error.</summary>
    public const NTSTATUS IO_ERR_CONTROLLER_ERROR = unchecked((NTSTATUS)0xC004000B);
    /// <summary>Error log code 0xC004000C: the driver found an internal driver error.</summary>
    public const NTSTATUS IO_ERR_INTERNAL_ERROR = unchecked((NTSTATUS)0xC004000C);
    /// <summary>Error log code 0xC004000D: the driver was configured with an incorrect interrupt.</summary>
    public const NTSTATUS IO_ERR_INCORRECT_IRQL = unchecked((NTSTATUS)0xC004000D);
    /// <summary>Error log code 0xC004000E: the driver was configured with an invalid I/O base address.</summary>
    public const NTSTATUS IO_ERR_INVALID_IOBASE = unchecked((NTSTATUS)0xC004000E);
    /// <summary>Error log code 0xC004000F: the device is not ready.</summary>
    public const NTSTATUS IO_ERR_NOT_READY = unchecked((NTSTATUS)0xC004000F);
    /// <summary>Error log code 0xC0040010: an invalid request was sent to the device.</summary>
    public const NTSTATUS IO_ERR_INVALID_REQUEST = unchecked((NTSTATUS)0xC0040010);
    /// <summary>Error log code 0xC0040011: the driver does not support the device's version.</summary>
    public const NTSTATUS IO_ERR_VERSION = unchecked((NTSTATUS)0xC0040011);
    /// <summary>Error log code 0xC0040012: a driver beneath this one failed the request.</summary>
    public const NTSTATUS IO_ERR_LAYERED_FAILURE = unchecked((NTSTATUS)0xC0040012);
    /// <summary>Error log code 0xC0040013: the device was reset.</summary>
    public const NTSTATUS IO_ERR_RESET = unchecked((NTSTATUS)0xC0040013);
    /// <summary>Error log code 0xC0040014: a transport protocol error was found.</summary>
    public const NTSTATUS IO_ERR_PROTOCOL = unchecked((NTSTATUS)0xC0040014);
    /// <summary>Error log code 0xC0040019: the device's firmware is bad or unsupported.</summary>
    public const NTSTATUS IO_ERR_BAD_FIRMWARE = unchecked((NTSTATUS)0xC0040019);
    /// <summary>Error log warning 0x8004001A: the device's firmware may be outdated.</summary>
    public const NTSTATUS IO_WRN_BAD_FIRMWARE = unchecked((NTSTATUS)0x8004001A);
    /// <summary>Error log warning 0x80040020: the device's write cache is enabled, so data may be lost on power failure.</summary>
    public const NTSTATUS IO_WRITE_CACHE_ENABLED = unchecked((NTSTATUS)0x80040020);
    /// <summary>Error log warning 0x80040021: data was recovered by error-correcting code.</summary>
    public const NTSTATUS IO_RECOVERED_VIA_ECC = unchecked((NTSTATUS)0x80040021);
    /// <summary>Error log warning 0x80040022: the device's write cache is disabled.</summary>
    public const NTSTATUS IO_WRITE_CACHE_DISABLED = unchecked((NTSTATUS)0x80040022);
}
