namespace NtSim;

/// <summary>SHARE_ACCESS: what a driver keeps per device (or file) to enforce share modes with
/// IoCheckShareAccess; the I/O manager itself does not check share access for devices.</summary>
public sealed class SHARE_ACCESS
{
    /// <summary>How many opens the share access counts.</summary>
    public uint OpenCount;
    /// <summary>How many opens have read access.</summary>
    public uint Readers;
    /// <summary>How many opens have write access.</summary>
    public uint Writers;
    /// <summary>How many opens have delete access.</summary>
    public uint Deleters;
    /// <summary>How many opens allow others to read.</summary>
    public uint SharedRead;
    /// <summary>How many opens allow others to write.</summary>
    public uint SharedWrite;
    /// <summary>How many opens allow others to delete.</summary>
    public uint SharedDelete;
}
