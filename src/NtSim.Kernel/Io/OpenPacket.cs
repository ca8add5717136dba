namespace NtSim;

/// <summary>OPEN_PACKET: what NtCreateFile hands the device's parse procedure through the object
/// manager, and what the parse procedure hands back (the file object and the create's Information).</summary>
internal sealed class OpenPacket : IParseGrant
{
    /// <summary>What IopParseDevice's access check granted, which the handle gets; null when the open was not checked.</summary>
    public uint? GrantedAccess { get; set; }

    internal uint DesiredAccess { get; init; }

    internal uint FileAttributes { get; init; }

    internal uint ShareAccess { get; init; }

    internal uint Disposition { get; init; }

    internal uint CreateOptions { get; init; }

    /// <summary>IO_STATUS_BLOCK.Information of the create IRP (FILE_OPENED...).</summary>
    internal ulong Information { get; set; }

    /// <summary>The file object the parse made, once IRP_MJ_CREATE succeeded.</summary>
    internal FILE_OBJECT? File { get; set; }
}
