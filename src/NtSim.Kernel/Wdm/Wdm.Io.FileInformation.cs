namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// ZwQueryInformationFile: information about an open file. For a device's file, FilePositionInformation
    /// (synchronous files), FileModeInformation and FileAlignmentInformation come from the I/O manager;
    /// other classes are the driver's to answer (IRP_MJ_QUERY_INFORMATION, Parameters.QueryFile).
    /// STATUS_INFO_LENGTH_MISMATCH for a buffer shorter than the class's structure, STATUS_INVALID_INFO_CLASS
    /// for a class NtSim does not know. PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwQueryInformationFile(HANDLE FileHandle, IO_STATUS_BLOCK IoStatusBlock, PVOID FileInformation, uint Length,
        FILE_INFORMATION_CLASS FileInformationClass)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQueryInformationFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.QueryInformationFile(thread, FileHandle, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), FileInformation, Length,
                FileInformationClass);
        }
    }

    /// <summary>
    /// ZwSetInformationFile: changes information about an open file. FilePositionInformation on a synchronous
    /// file is the I/O manager's (STATUS_INVALID_PARAMETER for an offset the device's alignment refuses); other
    /// classes go to the driver (IRP_MJ_SET_INFORMATION, Parameters.SetFile). PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwSetInformationFile(HANDLE FileHandle, IO_STATUS_BLOCK IoStatusBlock, PVOID FileInformation, uint Length,
        FILE_INFORMATION_CLASS FileInformationClass)
    {
        var thread = DdiGate.Enter(DdiTable.ZwSetInformationFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.SetInformationFile(thread, FileHandle, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), FileInformation, Length,
                FileInformationClass);
        }
    }
}
