namespace NtSim;

/// <summary>
/// The handle's access, as a control request carries it: IopXxxControlFile sets SL_READ_ACCESS_GRANTED and
/// SL_WRITE_ACCESS_GRANTED in the stack location of an IRP_MJ_DEVICE_CONTROL or IRP_MJ_FILE_SYSTEM_CONTROL
/// (wdm.h: "flags for IRP_MJ_DEVICE_CONTROL and IRP_MJ_FILE_SYSTEM_CONTROL"), and
/// IoValidateDeviceIoControlAccess reads them.
/// </summary>
internal static class IoControlAccess
{
    internal static void MarkGranted(IRP irp, uint granted)
    {
        if (irp.Next is not { } next || next.MajorFunction is not (Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_FILE_SYSTEM_CONTROL))
        {
            return;
        }

        next.Flags |= (byte)(((granted & Wdm.FILE_READ_DATA) != 0 ? Wdm.SL_READ_ACCESS_GRANTED : 0)
            | ((granted & Wdm.FILE_WRITE_DATA) != 0 ? Wdm.SL_WRITE_ACCESS_GRANTED : 0));
    }

    /// <summary>IoValidateDeviceIoControlAccess: STATUS_INVALID_PARAMETER for rights other than
    /// FILE_READ_ACCESS and FILE_WRITE_ACCESS or an IRP that is not a control request; success for a
    /// kernel-mode requestor; otherwise whether the opener's handle had each right asked for.</summary>
    internal static NTSTATUS Validate(IRP irp, uint requiredAccess)
    {
        if ((requiredAccess & ~(Wdm.FILE_READ_ACCESS | Wdm.FILE_WRITE_ACCESS)) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (irp.RequestorMode == Wdm.KernelMode)
        {
            return Wdm.STATUS_SUCCESS;
        }

        if (irp.Current is not { } current || current.MajorFunction is not (Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_FILE_SYSTEM_CONTROL))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var missingRead = (requiredAccess & Wdm.FILE_READ_ACCESS) != 0 && (current.Flags & Wdm.SL_READ_ACCESS_GRANTED) == 0;
        var missingWrite = (requiredAccess & Wdm.FILE_WRITE_ACCESS) != 0 && (current.Flags & Wdm.SL_WRITE_ACCESS_GRANTED) == 0;
        return missingRead || missingWrite ? Wdm.STATUS_ACCESS_DENIED : Wdm.STATUS_SUCCESS;
    }
}
