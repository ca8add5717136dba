namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRequestRetrieveInputMemory: the input buffer (write, IOCTL) as a WDFMEMORY, valid until the request completes. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, out WDFMEMORY Memory)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveInputMemory);
        var status = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveInputMemory))
            .RetrieveInputMemory(thread, out var memory);
        Memory = new WDFMEMORY(memory);
        return status;
    }

    /// <summary>WdfRequestRetrieveOutputMemory: the output buffer (read, IOCTL) as a WDFMEMORY, valid until the request completes. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, out WDFMEMORY Memory)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveOutputMemory);
        var status = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveOutputMemory))
            .RetrieveOutputMemory(thread, out var memory);
        Memory = new WDFMEMORY(memory);
        return status;
    }

    /// <summary>WdfRequestRetrieveInputWdmMdl: direct I/O's MDL, or one the framework builds over the system buffer. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, out MDL? Mdl)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveInputWdmMdl);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveInputWdmMdl)).RetrieveInputWdmMdl(out Mdl);
    }

    /// <summary>WdfRequestRetrieveOutputWdmMdl: direct I/O's MDL, or one the framework builds over the system buffer. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, out MDL? Mdl)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveOutputWdmMdl);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveOutputWdmMdl)).RetrieveOutputWdmMdl(out Mdl);
    }

    /// <summary>WdfRequestRetrieveUnsafeUserInputBuffer: a METHOD_NEITHER input buffer, unprobed (EvtIoInCallerContext only).</summary>
    public static NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request, ulong MinimumRequiredLength, out PVOID InputBuffer, out ulong Length)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveUnsafeUserInputBuffer);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveUnsafeUserInputBuffer))
            .RetrieveUnsafeUserInputBuffer(MinimumRequiredLength, out InputBuffer, out Length);
    }

    /// <summary>WdfRequestRetrieveUnsafeUserOutputBuffer: a METHOD_NEITHER output buffer, unprobed (EvtIoInCallerContext only).</summary>
    public static NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request, ulong MinimumRequiredLength, out PVOID OutputBuffer, out ulong Length)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveUnsafeUserOutputBuffer);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveUnsafeUserOutputBuffer))
            .RetrieveUnsafeUserOutputBuffer(MinimumRequiredLength, out OutputBuffer, out Length);
    }

    /// <summary>WdfRequestProbeAndLockUserBufferForRead: the user buffer probed for reading and locked, as a WDFMEMORY parented to the request.</summary>
    public static NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request, PVOID Buffer, ulong Length, out WDFMEMORY MemoryObject) =>
        ProbeAndLock(Request, Buffer, Length, forWrite: false, out MemoryObject, WdfDdis.WdfRequestProbeAndLockUserBufferForRead);

    /// <summary>WdfRequestProbeAndLockUserBufferForWrite: the user buffer probed for writing and locked, as a WDFMEMORY parented to the request.</summary>
    public static NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request, PVOID Buffer, ulong Length, out WDFMEMORY MemoryObject) =>
        ProbeAndLock(Request, Buffer, Length, forWrite: true, out MemoryObject, WdfDdis.WdfRequestProbeAndLockUserBufferForWrite);

    private static NTSTATUS ProbeAndLock(WDFREQUEST handle, PVOID buffer, ulong length, bool forWrite, out WDFMEMORY memoryObject, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var status = FxHandles.Resolve<FxRequest>(thread, handle.Target, FxObjectType.Request, ddi.Name).ProbeAndLock(thread, buffer, length, forWrite, out var memory);
        memoryObject = new WDFMEMORY(memory);
        return status;
    }
}
