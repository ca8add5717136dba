namespace NtSim;

public static partial class Wdm
{
    /// <summary>ERROR_LOG_MAXIMUM_SIZE (wdm.h): the largest EntrySize IoAllocateErrorLogEntry accepts on x64.</summary>
    public const byte ERROR_LOG_MAXIMUM_SIZE = IoErrorLog.MaximumSize;

    // ntiologc.h: the I/O error codes of the system's message catalog (facility FACILITY_IO_ERROR_CODE, 4).
    public const NTSTATUS IO_ERR_RETRY_SUCCEEDED = (NTSTATUS)0x00040001;
    public const NTSTATUS IO_ERR_INSUFFICIENT_RESOURCES = unchecked((NTSTATUS)0xC0040002);
    public const NTSTATUS IO_ERR_CONFIGURATION_ERROR = unchecked((NTSTATUS)0xC0040003);
    public const NTSTATUS IO_ERR_DRIVER_ERROR = unchecked((NTSTATUS)0xC0040004);
    public const NTSTATUS IO_ERR_PARITY = unchecked((NTSTATUS)0xC0040005);
    public const NTSTATUS IO_ERR_SEEK_ERROR = unchecked((NTSTATUS)0xC0040006);
    public const NTSTATUS IO_ERR_BAD_BLOCK = unchecked((NTSTATUS)0xC0040007);
    public const NTSTATUS IO_ERR_OVERRUN_ERROR = unchecked((NTSTATUS)0xC0040008);
    public const NTSTATUS IO_ERR_TIMEOUT = unchecked((NTSTATUS)0xC0040009);
    public const NTSTATUS IO_ERR_SEQUENCE = unchecked((NTSTATUS)0xC004000A);
    public const NTSTATUS IO_ERR_CONTROLLER_ERROR = unchecked((NTSTATUS)0xC004000B);
    public const NTSTATUS IO_ERR_INTERNAL_ERROR = unchecked((NTSTATUS)0xC004000C);
    public const NTSTATUS IO_ERR_INCORRECT_IRQL = unchecked((NTSTATUS)0xC004000D);
    public const NTSTATUS IO_ERR_INVALID_IOBASE = unchecked((NTSTATUS)0xC004000E);
    public const NTSTATUS IO_ERR_NOT_READY = unchecked((NTSTATUS)0xC004000F);
    public const NTSTATUS IO_ERR_INVALID_REQUEST = unchecked((NTSTATUS)0xC0040010);
    public const NTSTATUS IO_ERR_VERSION = unchecked((NTSTATUS)0xC0040011);
    public const NTSTATUS IO_ERR_LAYERED_FAILURE = unchecked((NTSTATUS)0xC0040012);
    public const NTSTATUS IO_ERR_RESET = unchecked((NTSTATUS)0xC0040013);
    public const NTSTATUS IO_ERR_PROTOCOL = unchecked((NTSTATUS)0xC0040014);
    public const NTSTATUS IO_ERR_BAD_FIRMWARE = unchecked((NTSTATUS)0xC0040019);
    public const NTSTATUS IO_WRN_BAD_FIRMWARE = unchecked((NTSTATUS)0x8004001A);
    public const NTSTATUS IO_WRITE_CACHE_ENABLED = unchecked((NTSTATUS)0x80040020);
    public const NTSTATUS IO_RECOVERED_VIA_ECC = unchecked((NTSTATUS)0x80040021);
    public const NTSTATUS IO_WRITE_CACHE_DISABLED = unchecked((NTSTATUS)0x80040022);
}
