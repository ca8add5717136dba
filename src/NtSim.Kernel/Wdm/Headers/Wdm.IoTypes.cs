namespace NtSim;

public static partial class Wdm
{
    // wdm.h: the Type field of I/O manager objects.
    public const short IO_TYPE_DEVICE = 3;
    public const short IO_TYPE_DRIVER = 4;
    public const short IO_TYPE_FILE = 5;
    public const short IO_TYPE_IRP = 6;
}
