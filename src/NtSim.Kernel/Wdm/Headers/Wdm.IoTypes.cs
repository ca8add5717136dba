namespace NtSim;

public static partial class Wdm
{
    // wdm.h: the Type field of I/O manager objects.
    /// <summary>The Type of a DEVICE_OBJECT (3).</summary>
    public const short IO_TYPE_DEVICE = 3;
    /// <summary>The Type of a DRIVER_OBJECT (4).</summary>
    public const short IO_TYPE_DRIVER = 4;
    /// <summary>The Type of a FILE_OBJECT (5).</summary>
    public const short IO_TYPE_FILE = 5;
    /// <summary>The Type of an IRP (6).</summary>
    public const short IO_TYPE_IRP = 6;
}
