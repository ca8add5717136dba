namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoSetNextIrpStackLocation (wdm.h macro): moves the IRP to its next-lower location, as
    /// IoCallDriver does, for a driver that calls the next routine itself. Past the last location the
    /// macro writes out of bounds in C; here the next IoCallDriver bug checks NO_MORE_IRP_STACK_LOCATIONS.</summary>
    public static void IoSetNextIrpStackLocation(IRP Irp) => KeContext.NotNull(Irp, nameof(Irp)).CurrentLocation--;

    /// <summary>IoSizeOfIrp (wdm.h macro): the bytes of an IRP with <paramref name="StackSize"/>
    /// locations (x64: a 0xD0-byte IRP and 0x48 bytes a location).</summary>
    public static ushort IoSizeOfIrp(sbyte StackSize) => (ushort)(0xD0 + (StackSize * 0x48));

    /// <summary>IoIsErrorUserInduced (wdm.h macro): whether an I/O error came from something the user
    /// did (a removed medium, a write-protected one ...) rather than the hardware.</summary>
    public static bool IoIsErrorUserInduced(NTSTATUS Status) =>
        Status == STATUS_DEVICE_NOT_READY || Status == STATUS_IO_TIMEOUT || Status == STATUS_MEDIA_WRITE_PROTECTED
        || Status == STATUS_NO_MEDIA_IN_DEVICE || Status == STATUS_UNRECOGNIZED_MEDIA
        || Status == STATUS_VERIFY_REQUIRED || Status == STATUS_WRONG_VOLUME;

    /// <summary>IoGetIoPriorityHint: the IRP's priority hint (IoPriorityNormal unless set).</summary>
    public static IO_PRIORITY_HINT IoGetIoPriorityHint(IRP Irp)
    {
        DdiGate.Enter(DdiTable.IoGetIoPriorityHint);
        return KeContext.NotNull(Irp, nameof(Irp)).PriorityHint;
    }

    /// <summary>IoSetIoPriorityHint: sets the IRP's priority hint; STATUS_INVALID_PARAMETER for a value
    /// that is not an IO_PRIORITY_HINT below MaxIoPriorityTypes.</summary>
    public static NTSTATUS IoSetIoPriorityHint(IRP Irp, IO_PRIORITY_HINT PriorityHint)
    {
        DdiGate.Enter(DdiTable.IoSetIoPriorityHint);
        KeContext.NotNull(Irp, nameof(Irp));
        if (PriorityHint is < IO_PRIORITY_HINT.IoPriorityVeryLow or >= IO_PRIORITY_HINT.MaxIoPriorityTypes)
        {
            return STATUS_INVALID_PARAMETER;
        }

        Irp.PriorityHint = PriorityHint;
        return STATUS_SUCCESS;
    }

    /// <summary>KeFlushIoBuffers (wdm.h): a macro that does nothing on x64, whose caches are coherent with DMA.</summary>
    public static void KeFlushIoBuffers(MDL Mdl, bool ReadOperation, bool DmaOperation)
    {
    }

    /// <summary>IoGetPagingIoPriority: IoPagingPriorityInvalid for an IRP that is not paging I/O (every
    /// IRP a NtSim driver sees, as there is no memory manager paging through drivers), Normal otherwise.</summary>
    public static IO_PAGING_PRIORITY IoGetPagingIoPriority(IRP Irp)
    {
        DdiGate.Enter(DdiTable.IoGetPagingIoPriority);
        return (KeContext.NotNull(Irp, nameof(Irp)).Flags & IRP_PAGING_IO) == 0
            ? IO_PAGING_PRIORITY.IoPagingPriorityInvalid
            : IO_PAGING_PRIORITY.IoPagingPriorityNormal;
    }
}
