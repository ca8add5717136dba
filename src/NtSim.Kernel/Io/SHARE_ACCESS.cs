namespace NtSim;

/// <summary>SHARE_ACCESS: what a driver keeps per device (or file) to enforce share modes with
/// IoCheckShareAccess; the I/O manager itself does not check share access for devices.</summary>
public sealed class SHARE_ACCESS
{
    public uint OpenCount;
    public uint Readers;
    public uint Writers;
    public uint Deleters;
    public uint SharedRead;
    public uint SharedWrite;
    public uint SharedDelete;
}
