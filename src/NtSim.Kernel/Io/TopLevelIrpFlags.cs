namespace NtSim;

/// <summary>
/// The FSRTL_*_TOP_LEVEL_IRP flags (ntifs.h) a file system stores with IoSetTopLevelIrp in place
/// of an IRP. In C they are small integers cast to PIRP; here each is an IRP object at that small
/// address which is never allocated (its Type is not IO_TYPE_IRP, so sending one bug checks as
/// sending any non-IRP does), so the book's comparisons read as written.
/// </summary>
internal static class TopLevelIrpFlags
{
    internal static readonly IRP FspTopLevel = new(0, 0x01);
    internal static readonly IRP CacheTopLevel = new(0, 0x02);
    internal static readonly IRP ModWriteTopLevel = new(0, 0x03);
    internal static readonly IRP FastIoTopLevel = new(0, 0x04);
    internal static readonly IRP Network1TopLevel = new(0, 0x05);
    internal static readonly IRP Network2TopLevel = new(0, 0x06);
}
