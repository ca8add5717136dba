namespace NtSim;

public static partial class Wdm
{
    // wdm.h / winioctl.h: I/O control codes. An IOCTL is DeviceType (bits 16-31, bit 31 set for
    // vendor types), RequiredAccess (14-15), Function (2-13, bit 13 set for vendor codes) and
    // TransferType (0-1); see "Defining I/O Control Codes" in the WDK docs.

    // TransferType: how the I/O manager passes the buffers of an IOCTL.
    /// <summary>IOCTL transfer type 0: both buffers are copied through AssociatedIrp.SystemBuffer.</summary>
    public const uint METHOD_BUFFERED = 0;
    /// <summary>IOCTL transfer type 1: the input is buffered; the output buffer is locked and described by MdlAddress, for the device to read.</summary>
    public const uint METHOD_IN_DIRECT = 1;
    /// <summary>IOCTL transfer type 2: the input is buffered; the output buffer is locked and described by MdlAddress, for the device to write.</summary>
    public const uint METHOD_OUT_DIRECT = 2;
    /// <summary>IOCTL transfer type 3: the driver gets the caller's raw addresses (Type3InputBuffer, UserBuffer) and must probe them itself.</summary>
    public const uint METHOD_NEITHER = 3;
    /// <summary>The same transfer type as METHOD_IN_DIRECT (1).</summary>
    public const uint METHOD_DIRECT_TO_HARDWARE = METHOD_IN_DIRECT;
    /// <summary>The same transfer type as METHOD_OUT_DIRECT (2).</summary>
    public const uint METHOD_DIRECT_FROM_HARDWARE = METHOD_OUT_DIRECT;

    // RequiredAccess: the access the caller's handle must have been opened with.
    /// <summary>IOCTL RequiredAccess 0: any handle may send the IOCTL.</summary>
    public const uint FILE_ANY_ACCESS = 0x0000;
    /// <summary>IOCTL RequiredAccess 0: the same as FILE_ANY_ACCESS; the I/O manager does not check, the driver does.</summary>
    public const uint FILE_SPECIAL_ACCESS = FILE_ANY_ACCESS;
    /// <summary>IOCTL RequiredAccess 1: the handle must have read access.</summary>
    public const uint FILE_READ_ACCESS = 0x0001;
    /// <summary>IOCTL RequiredAccess 2: the handle must have write access.</summary>
    public const uint FILE_WRITE_ACCESS = 0x0002;

    // The file access rights that CTL_CODE users pass as RequiredAccess (same bits as above).
    /// <summary>File right 0x00000001: read the file's data (for a directory: list it).</summary>
    public const uint FILE_READ_DATA = 0x00000001;
    /// <summary>File right 0x00000002: write the file's data (for a directory: add a file).</summary>
    public const uint FILE_WRITE_DATA = 0x00000002;

    /// <summary>CTL_CODE: builds an I/O control code, as the C macro does.</summary>
    public static uint CTL_CODE(uint DeviceType, uint Function, uint Method, uint Access) =>
        (DeviceType << 16) | (Access << 14) | (Function << 2) | Method;

    /// <summary>DEVICE_TYPE_FROM_CTL_CODE: the device type (high 16 bits) of an I/O control code.</summary>
    public static uint DEVICE_TYPE_FROM_CTL_CODE(uint ControlCode) => (ControlCode & 0xFFFF0000) >> 16;

    /// <summary>METHOD_FROM_CTL_CODE: the transfer type (low 2 bits) of an I/O control code.</summary>
    public static uint METHOD_FROM_CTL_CODE(uint ControlCode) => ControlCode & 3;
}
