namespace NtSim;

/// <summary>Where an IRP is in its life. The allowed moves are <see cref="IrpLife"/>'s table.</summary>
internal enum IrpState : byte
{
    /// <summary>In a lookaside list: nobody may touch it.</summary>
    Free,

    /// <summary>Allocated (IoAllocateIrp, IoBuild*Request, a system service) and not sent yet.</summary>
    Allocated,

    /// <summary>Sent with IoCallDriver: a driver owns it.</summary>
    Dispatched,

    /// <summary>IoCompleteRequest is walking its completion routines.</summary>
    Completing,

    /// <summary>A completion routine returned STATUS_MORE_PROCESSING_REQUIRED: the driver that set it
    /// owns the IRP again (to send it again, complete it again, reuse or free it).</summary>
    Reclaimed,

    /// <summary>The completion walk ran to the end: the IRP may not be completed again.</summary>
    Completed,
}

/// <summary>Who an IRP belongs to, which decides who frees it after completion.</summary>
internal enum IrpOrigin : byte
{
    /// <summary>A driver's (IoAllocateIrp, IoBuildAsynchronousFsdRequest) or the PnP manager's: its
    /// owner frees it.</summary>
    Driver,

    /// <summary>Built for a thread (IoBuildSynchronousFsdRequest, IoBuildDeviceIoControlRequest): the
    /// I/O manager finishes and frees it at completion.</summary>
    Threaded,

    /// <summary>A user-mode caller's request through a system service (NtReadFile ...): the I/O
    /// manager finishes it in the requestor's process.</summary>
    User,

    /// <summary>An associated IRP (IoMakeAssociatedIrp): at completion the I/O manager frees it and
    /// completes its master when the master's count of associated IRPs reaches zero.</summary>
    Associated,
}
