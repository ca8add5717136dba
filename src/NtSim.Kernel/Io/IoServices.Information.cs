namespace NtSim;

/// <summary>NtQueryInformationFile and NtSetInformationFile on a device's file object.</summary>
internal static partial class IoServices
{
    /// <summary>
    /// NtQueryInformationFile: the I/O manager answers FilePositionInformation (for a file opened for
    /// synchronous I/O), FileModeInformation and FileAlignmentInformation from the file object and the
    /// device; every other class it knows goes to the driver as IRP_MJ_QUERY_INFORMATION with a system
    /// buffer (a driver without that dispatch routine fails it with STATUS_INVALID_DEVICE_REQUEST).
    /// A buffer shorter than the class's structure is STATUS_INFO_LENGTH_MISMATCH; an unknown class
    /// STATUS_INVALID_INFO_CLASS.
    /// </summary>
    internal static NTSTATUS QueryInformationFile(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        FILE_INFORMATION_CLASS informationClass)
    {
        var minimum = QueryLength(informationClass);
        var status = ReferenceForInformation(thread, handle, minimum, length, out var file);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var synchronous = (file!.Flags & Wdm.FO_SYNCHRONOUS_IO) != 0;
            switch (informationClass)
            {
                case Wdm.FilePositionInformation when synchronous:
                    buffer.Write(new FILE_POSITION_INFORMATION { CurrentByteOffset = file.CurrentByteOffset });
                    return Answered(iosb, minimum);
                case Wdm.FileModeInformation:
                    buffer.Write(new FILE_MODE_INFORMATION { Mode = ModeOf(file) });
                    return Answered(iosb, minimum);
                case Wdm.FileAlignmentInformation:
                    buffer.Write(new FILE_ALIGNMENT_INFORMATION { AlignmentRequirement = Devices.TopOf(file.DeviceObject!).AlignmentRequirement });
                    return Answered(iosb, minimum);
            }
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(file!.Header!);
        }

        var request = new InformationRequest(buffer, length, informationClass, Set: false);
        return Issue(thread, handle, ref request, iosb);
    }

    /// <summary>
    /// NtSetInformationFile: the I/O manager sets FilePositionInformation itself for a file opened for
    /// synchronous I/O (the offset must be aligned as the device requires: STATUS_INVALID_PARAMETER) and
    /// FileModeInformation's changeable bits; every other class it knows goes to the driver as
    /// IRP_MJ_SET_INFORMATION with the caller's structure in a system buffer.
    /// </summary>
    internal static NTSTATUS SetInformationFile(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        FILE_INFORMATION_CLASS informationClass)
    {
        var minimum = SetLength(informationClass);
        var status = ReferenceForInformation(thread, handle, minimum, length, out var file);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            if (informationClass == Wdm.FilePositionInformation && (file!.Flags & Wdm.FO_SYNCHRONOUS_IO) != 0)
            {
                var offset = buffer.Read<FILE_POSITION_INFORMATION>().CurrentByteOffset;
                var alignment = Devices.TopOf(file.DeviceObject!).AlignmentRequirement;
                if (offset.QuadPart < 0 || (offset.QuadPart & alignment) != 0)
                {
                    return Wdm.STATUS_INVALID_PARAMETER;
                }

                file.CurrentByteOffset = offset;
                return Answered(iosb, 0);
            }
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(file!.Header!);
        }

        var request = new InformationRequest(buffer, length, informationClass, Set: true);
        return Issue(thread, handle, ref request, iosb);
    }

    private static NTSTATUS Answered(IO_STATUS_BLOCK iosb, uint information)
    {
        iosb.Status = Wdm.STATUS_SUCCESS;
        iosb.Information = information;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>FILE_MODE_INFORMATION.Mode: the open options the file object remembers.</summary>
    private static uint ModeOf(FILE_OBJECT file)
    {
        var mode = 0u;
        if ((file.Flags & Wdm.FO_SYNCHRONOUS_IO) != 0)
        {
            mode |= (file.Flags & Wdm.FO_ALERTABLE_IO) != 0 ? Wdm.FILE_SYNCHRONOUS_IO_ALERT : Wdm.FILE_SYNCHRONOUS_IO_NONALERT;
        }

        if ((file.Flags & Wdm.FO_WRITE_THROUGH) != 0)
        {
            mode |= Wdm.FILE_WRITE_THROUGH;
        }

        if ((file.Flags & Wdm.FO_NO_INTERMEDIATE_BUFFERING) != 0)
        {
            mode |= Wdm.FILE_NO_INTERMEDIATE_BUFFERING;
        }

        return mode;
    }

    /// <summary>The smallest buffer NtQueryInformationFile accepts for a class (x64 sizes), or 0 for a class it does not know.</summary>
    private static uint QueryLength(FILE_INFORMATION_CLASS informationClass) => informationClass switch
    {
        Wdm.FileBasicInformation => 40,
        Wdm.FileStandardInformation => 24,
        Wdm.FileInternalInformation => 8,
        Wdm.FileEaInformation => 4,
        Wdm.FileAccessInformation => 4,
        Wdm.FileNameInformation => 8,
        Wdm.FilePositionInformation => 8,
        Wdm.FileModeInformation => 4,
        Wdm.FileAlignmentInformation => 4,
        Wdm.FileAllInformation => 104,
        Wdm.FileNetworkOpenInformation => 56,
        Wdm.FileAttributeTagInformation => 8,
        _ => 0,
    };

    /// <summary>The smallest buffer NtSetInformationFile accepts for a class, or 0 for a class it does not know.</summary>
    private static uint SetLength(FILE_INFORMATION_CLASS informationClass) => informationClass switch
    {
        Wdm.FileBasicInformation => 40,
        Wdm.FileDispositionInformation => 1,
        Wdm.FilePositionInformation => 8,
        Wdm.FileAllocationInformation => 8,
        Wdm.FileEndOfFileInformation => 8,
        _ => 0,
    };

    /// <summary>NtQueryInformationFile's and NtSetInformationFile's request to the driver.</summary>
    private readonly record struct InformationRequest(PVOID Buffer, uint Length, FILE_INFORMATION_CLASS InformationClass, bool Set) : IFileRequest
    {
        public bool Allows(uint granted) => true;

        public NTSTATUS Build(KTHREAD thread, FILE_OBJECT file, ref IRP? irp, out KEVENT? evt, out DEVICE_OBJECT top)
        {
            irp = NewRequest(thread, file, HANDLE.NULL, Set ? Wdm.IRP_MJ_SET_INFORMATION : Wdm.IRP_MJ_QUERY_INFORMATION, out evt, out top, out var status);
            if (irp is null)
            {
                return status;
            }

            var parameters = new IO_STACK_PARAMETERS.FileInformationParameters { Length = Length, FileInformationClass = InformationClass };
            if (Set)
            {
                irp.Next!.Parameters.SetFile = parameters;
                SystemBuffer(thread, irp, Length, Buffer, Length);
            }
            else
            {
                irp.Next!.Parameters.QueryFile = parameters;
                SystemBuffer(thread, irp, Length, default, 0);
                irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                irp.CopyBackTo = Buffer;
                irp.CopyBackLength = Length;
            }

            irp.UserBuffer = Buffer;
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>The checks both calls make before the file is looked at: a class the I/O manager knows
    /// (<paramref name="minimum"/> 0: STATUS_INVALID_INFO_CLASS), a buffer that holds its structure
    /// (STATUS_INFO_LENGTH_MISMATCH), then a referenced file object.</summary>
    private static NTSTATUS ReferenceForInformation(KTHREAD thread, HANDLE handle, uint minimum, uint length, out FILE_OBJECT? file)
    {
        file = null;
        if (minimum == 0)
        {
            return Wdm.STATUS_INVALID_INFO_CLASS;
        }

        return length < minimum ? Wdm.STATUS_INFO_LENGTH_MISMATCH : ReferenceFile(thread, handle, 0, out file);
    }
}
