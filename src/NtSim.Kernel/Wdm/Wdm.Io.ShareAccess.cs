namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// IoCheckShareAccess: whether an open asking for <paramref name="DesiredAccess"/> with
    /// <paramref name="DesiredShareAccess"/> is compatible with the opens recorded in
    /// <paramref name="ShareAccess"/> (STATUS_SHARING_VIOLATION if not); records the file object's
    /// access and, with <paramref name="Update"/>, counts the open. An open that asks for no read,
    /// write or delete access is always compatible.
    /// </summary>
    public static NTSTATUS IoCheckShareAccess(uint DesiredAccess, uint DesiredShareAccess, FILE_OBJECT FileObject, SHARE_ACCESS ShareAccess, bool Update)
    {
        DdiGate.Enter(DdiTable.IoCheckShareAccess);
        KeContext.NotNull(FileObject, nameof(FileObject));
        KeContext.NotNull(ShareAccess, nameof(ShareAccess));
        SetAccess(FileObject, DesiredAccess, DesiredShareAccess);
        if (!FileObject.ReadAccess && !FileObject.WriteAccess && !FileObject.DeleteAccess)
        {
            return STATUS_SUCCESS;
        }

        var open = ShareAccess.OpenCount;
        // This open must share what the others do, and the others must share what this one asks.
        if ((FileObject.ReadAccess && ShareAccess.SharedRead < open)
            || (FileObject.WriteAccess && ShareAccess.SharedWrite < open)
            || (FileObject.DeleteAccess && ShareAccess.SharedDelete < open)
            || (ShareAccess.Readers != 0 && !FileObject.SharedRead)
            || (ShareAccess.Writers != 0 && !FileObject.SharedWrite)
            || (ShareAccess.Deleters != 0 && !FileObject.SharedDelete))
        {
            return STATUS_SHARING_VIOLATION;
        }

        if (Update)
        {
            Count(FileObject, ShareAccess, +1);
        }

        return STATUS_SUCCESS;
    }

    /// <summary>IoSetShareAccess: records the first open of a file (no check).</summary>
    public static void IoSetShareAccess(uint DesiredAccess, uint DesiredShareAccess, FILE_OBJECT FileObject, SHARE_ACCESS ShareAccess)
    {
        DdiGate.Enter(DdiTable.IoSetShareAccess);
        KeContext.NotNull(FileObject, nameof(FileObject));
        KeContext.NotNull(ShareAccess, nameof(ShareAccess));
        SetAccess(FileObject, DesiredAccess, DesiredShareAccess);
        ShareAccess.OpenCount = ShareAccess.Readers = ShareAccess.Writers = ShareAccess.Deleters = 0;
        ShareAccess.SharedRead = ShareAccess.SharedWrite = ShareAccess.SharedDelete = 0;
        if (FileObject.ReadAccess || FileObject.WriteAccess || FileObject.DeleteAccess)
        {
            Count(FileObject, ShareAccess, +1);
        }
    }

    /// <summary>IoUpdateShareAccess: counts an open that IoCheckShareAccess accepted without Update.</summary>
    public static void IoUpdateShareAccess(FILE_OBJECT FileObject, SHARE_ACCESS ShareAccess)
    {
        DdiGate.Enter(DdiTable.IoUpdateShareAccess);
        KeContext.NotNull(FileObject, nameof(FileObject));
        if (FileObject.ReadAccess || FileObject.WriteAccess || FileObject.DeleteAccess)
        {
            Count(FileObject, KeContext.NotNull(ShareAccess, nameof(ShareAccess)), +1);
        }
    }

    /// <summary>IoRemoveShareAccess: the file's open is no longer counted (the driver calls it at cleanup).</summary>
    public static void IoRemoveShareAccess(FILE_OBJECT FileObject, SHARE_ACCESS ShareAccess)
    {
        DdiGate.Enter(DdiTable.IoRemoveShareAccess);
        KeContext.NotNull(FileObject, nameof(FileObject));
        if (FileObject.ReadAccess || FileObject.WriteAccess || FileObject.DeleteAccess)
        {
            Count(FileObject, KeContext.NotNull(ShareAccess, nameof(ShareAccess)), -1);
        }
    }

    private static void SetAccess(FILE_OBJECT file, uint access, uint share)
    {
        file.ReadAccess = (access & (FILE_EXECUTE | FILE_READ_DATA)) != 0;
        file.WriteAccess = (access & (FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0;
        file.DeleteAccess = (access & DELETE) != 0;
        file.SharedRead = (share & FILE_SHARE_READ) != 0;
        file.SharedWrite = (share & FILE_SHARE_WRITE) != 0;
        file.SharedDelete = (share & FILE_SHARE_DELETE) != 0;
    }

    private static void Count(FILE_OBJECT file, SHARE_ACCESS share, int delta)
    {
        share.OpenCount = (uint)(share.OpenCount + delta);
        share.Readers = (uint)(share.Readers + (file.ReadAccess ? delta : 0));
        share.Writers = (uint)(share.Writers + (file.WriteAccess ? delta : 0));
        share.Deleters = (uint)(share.Deleters + (file.DeleteAccess ? delta : 0));
        share.SharedRead = (uint)(share.SharedRead + (file.SharedRead ? delta : 0));
        share.SharedWrite = (uint)(share.SharedWrite + (file.SharedWrite ? delta : 0));
        share.SharedDelete = (uint)(share.SharedDelete + (file.SharedDelete ? delta : 0));
    }
}
