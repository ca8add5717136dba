namespace NtSim;

// The framework's own NTSTATUS values (wdfstatus.h, KMDF 1.33).
public static partial class Wdf
{
    /// <summary>Informational (0x40200000): the framework queued the request (the I/O target holds it while stopped).</summary>
    public const NTSTATUS STATUS_WDF_QUEUED = unchecked((NTSTATUS)0x40200000);
    /// <summary>Informational (0x40200002): the framework posted the operation to run later.</summary>
    public const NTSTATUS STATUS_WDF_POSTED = unchecked((NTSTATUS)0x40200002);
    /// <summary>The object lacks the framework package the operation needs (0xC0200200).</summary>
    public const NTSTATUS STATUS_WDF_NO_PACKAGE = unchecked((NTSTATUS)0xC0200200);
    /// <summary>The framework hit an internal error (0xC0200201).</summary>
    public const NTSTATUS STATUS_WDF_INTERNAL_ERROR = unchecked((NTSTATUS)0xC0200201);
    /// <summary>The queue is stopped, or its device is out of D0, so no request can be retrieved (0xC0200203).</summary>
    public const NTSTATUS STATUS_WDF_PAUSED = unchecked((NTSTATUS)0xC0200203);
    /// <summary>The queue does not accept requests now, as after WdfIoQueueStop, Drain or Purge (0xC0200204).</summary>
    public const NTSTATUS STATUS_WDF_BUSY = unchecked((NTSTATUS)0xC0200204);
    /// <summary>The request timed out before the framework could send it to the target (0xC0200205).</summary>
    public const NTSTATUS STATUS_WDF_IO_TIMEOUT_NOT_SENT = unchecked((NTSTATUS)0xC0200205);
    /// <summary>The target's device was removed before the framework could send the request (0xC0200206).</summary>
    public const NTSTATUS STATUS_WDF_DEVICE_REMOVED_NOT_SENT = unchecked((NTSTATUS)0xC0200206);
    /// <summary>The request is already pending (0xC0200207).</summary>
    public const NTSTATUS STATUS_WDF_REQUEST_ALREADY_PENDING = unchecked((NTSTATUS)0xC0200207);
    /// <summary>The request is in a state that does not allow the operation (0xC0200208).</summary>
    public const NTSTATUS STATUS_WDF_REQUEST_INVALID_STATE = unchecked((NTSTATUS)0xC0200208);
    /// <summary>The WDF_OBJECT_ATTRIBUTES given are not valid for this object (0xC0200209).</summary>
    public const NTSTATUS STATUS_WDF_OBJECT_ATTRIBUTES_INVALID = unchecked((NTSTATUS)0xC0200209);
    /// <summary>The buffer has too many fragments for the DMA transfer (0xC020020A).</summary>
    public const NTSTATUS STATUS_WDF_TOO_FRAGMENTED = unchecked((NTSTATUS)0xC020020A);
    /// <summary>A callback the object needs was not given, as a non-manual queue with no request handler (0xC020020B).</summary>
    public const NTSTATUS STATUS_WDF_NO_CALLBACK = unchecked((NTSTATUS)0xC020020B);
    /// <summary>Automatic serialization asked under a parent whose callbacks run at another IRQL (a passive work item under a dispatch-level lock, 0xC020020C).</summary>
    public const NTSTATUS STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL = unchecked((NTSTATUS)0xC020020C);
    /// <summary>The object already has a parent (0xC020020D).</summary>
    public const NTSTATUS STATUS_WDF_PARENT_ALREADY_ASSIGNED = unchecked((NTSTATUS)0xC020020D);
    /// <summary>An object cannot be its own parent (0xC020020E).</summary>
    public const NTSTATUS STATUS_WDF_PARENT_IS_SELF = unchecked((NTSTATUS)0xC020020E);
    /// <summary>This kind of object may not be given the parent asked for (0xC020020F).</summary>
    public const NTSTATUS STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED = unchecked((NTSTATUS)0xC020020F);
    /// <summary>The synchronization scope is not valid for this kind of object (0xC0200210).</summary>
    public const NTSTATUS STATUS_WDF_SYNCHRONIZATION_SCOPE_INVALID = unchecked((NTSTATUS)0xC0200210);
    /// <summary>The execution level is not valid for this kind of object (0xC0200211).</summary>
    public const NTSTATUS STATUS_WDF_EXECUTION_LEVEL_INVALID = unchecked((NTSTATUS)0xC0200211);
    /// <summary>The object needs a parent (a device, or an object under one) and none was given (0xC0200212).</summary>
    public const NTSTATUS STATUS_WDF_PARENT_NOT_SPECIFIED = unchecked((NTSTATUS)0xC0200212);
    /// <summary>DMA: too many transfers for the enabler (0xC0200213).</summary>
    public const NTSTATUS STATUS_WDF_TOO_MANY_TRANSFERS = unchecked((NTSTATUS)0xC0200213);
    /// <summary>DMA: not enough map registers for the transfer (0xC0200214).</summary>
    public const NTSTATUS STATUS_WDF_NOT_ENOUGH_MAP_REGISTERS = unchecked((NTSTATUS)0xC0200214);
}
