namespace NtSim;

public static partial class Wdm
{
    // wdm.h / winioctl.h: I/O control codes. An IOCTL is DeviceType (bits 16-31, bit 31 set for
    // vendor types), RequiredAccess (14-15), Function (2-13, bit 13 set for vendor codes) and
    // TransferType (0-1); see "Defining I/O Control Codes" in the WDK docs.

    // TransferType: how the I/O manager passes the buffers of an IOCTL.
    public const uint METHOD_BUFFERED = 0;
    public const uint METHOD_IN_DIRECT = 1;
    public const uint METHOD_OUT_DIRECT = 2;
    public const uint METHOD_NEITHER = 3;
    public const uint METHOD_DIRECT_TO_HARDWARE = METHOD_IN_DIRECT;
    public const uint METHOD_DIRECT_FROM_HARDWARE = METHOD_OUT_DIRECT;

    // RequiredAccess: the access the caller's handle must have been opened with.
    public const uint FILE_ANY_ACCESS = 0x0000;
    public const uint FILE_SPECIAL_ACCESS = FILE_ANY_ACCESS;
    public const uint FILE_READ_ACCESS = 0x0001;
    public const uint FILE_WRITE_ACCESS = 0x0002;

    // The file access rights that CTL_CODE users pass as RequiredAccess (same bits as above).
    public const uint FILE_READ_DATA = 0x00000001;
    public const uint FILE_WRITE_DATA = 0x00000002;

    /// <summary>CTL_CODE: builds an I/O control code, as the C macro does.</summary>
    public static uint CTL_CODE(uint DeviceType, uint Function, uint Method, uint Access) =>
        (DeviceType << 16) | (Access << 14) | (Function << 2) | Method;

    /// <summary>DEVICE_TYPE_FROM_CTL_CODE: the device type (high 16 bits) of an I/O control code.</summary>
    public static uint DEVICE_TYPE_FROM_CTL_CODE(uint ControlCode) => (ControlCode & 0xFFFF0000) >> 16;

    /// <summary>METHOD_FROM_CTL_CODE: the transfer type (low 2 bits) of an I/O control code.</summary>
    public static uint METHOD_FROM_CTL_CODE(uint ControlCode) => ControlCode & 3;
}
