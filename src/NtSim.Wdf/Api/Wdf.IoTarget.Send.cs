namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfIoTargetSendReadSynchronously: reads into <paramref name="OutputBuffer"/> and waits (PASSIVE_LEVEL).</summary>
    public static NTSTATUS WdfIoTargetSendReadSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, WDF_MEMORY_DESCRIPTOR? OutputBuffer,
        long? DeviceOffset, WDF_REQUEST_SEND_OPTIONS? RequestOptions, out ulong BytesRead) =>
        SendSynchronously(WdfDdis.WdfIoTargetSendReadSynchronously, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeRead, 0, null, OutputBuffer,
            DeviceOffset, RequestOptions, out BytesRead);

    /// <summary>WdfIoTargetSendWriteSynchronously: writes <paramref name="InputBuffer"/> and waits (PASSIVE_LEVEL).</summary>
    public static NTSTATUS WdfIoTargetSendWriteSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, WDF_MEMORY_DESCRIPTOR? InputBuffer,
        long? DeviceOffset, WDF_REQUEST_SEND_OPTIONS? RequestOptions, out ulong BytesWritten) =>
        SendSynchronously(WdfDdis.WdfIoTargetSendWriteSynchronously, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeWrite, 0, InputBuffer, null,
            DeviceOffset, RequestOptions, out BytesWritten);

    /// <summary>WdfIoTargetSendIoctlSynchronously: sends IRP_MJ_DEVICE_CONTROL and waits (PASSIVE_LEVEL); returns the completion status.</summary>
    public static NTSTATUS WdfIoTargetSendIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode, WDF_MEMORY_DESCRIPTOR? InputBuffer,
        WDF_MEMORY_DESCRIPTOR? OutputBuffer, WDF_REQUEST_SEND_OPTIONS? RequestOptions, out ulong BytesReturned) =>
        SendSynchronously(WdfDdis.WdfIoTargetSendIoctlSynchronously, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl, IoctlCode,
            InputBuffer, OutputBuffer, null, RequestOptions, out BytesReturned);

    /// <summary>WdfIoTargetSendInternalIoctlSynchronously: sends IRP_MJ_INTERNAL_DEVICE_CONTROL and waits (PASSIVE_LEVEL).</summary>
    public static NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode, WDF_MEMORY_DESCRIPTOR? InputBuffer,
        WDF_MEMORY_DESCRIPTOR? OutputBuffer, WDF_REQUEST_SEND_OPTIONS? RequestOptions, out ulong BytesReturned) =>
        SendSynchronously(WdfDdis.WdfIoTargetSendInternalIoctlSynchronously, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal, IoctlCode,
            InputBuffer, OutputBuffer, null, RequestOptions, out BytesReturned);

    /// <summary>WdfIoTargetSendInternalIoctlOthersSynchronously: a non-standard internal IOCTL whose three
    /// arguments (Argument1, 2 and 4 of the stack location) are the descriptors' buffers, passed through untyped.</summary>
    public static NTSTATUS WdfIoTargetSendInternalIoctlOthersSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode,
        WDF_MEMORY_DESCRIPTOR? OtherArg1, WDF_MEMORY_DESCRIPTOR? OtherArg2, WDF_MEMORY_DESCRIPTOR? OtherArg4, WDF_REQUEST_SEND_OPTIONS? RequestOptions,
        out ulong BytesReturned)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetSendInternalIoctlOthersSynchronously);
        BytesReturned = 0;
        var target = Target(thread, IoTarget, nameof(WdfIoTargetSendInternalIoctlOthersSynchronously));
        var request = OptionalRequest(thread, Request, nameof(WdfIoTargetSendInternalIoctlOthersSynchronously));
        object? Argument(WDF_MEMORY_DESCRIPTOR? d) => d is null ? null
            : Transfer(thread, d, nameof(WdfIoTargetSendInternalIoctlOthersSynchronously), out var t) == Wdm.STATUS_SUCCESS ? (object?)t.Mdl ?? t.Buffer : null;
        return target.SendOthersSynchronously(thread, request, RequestOptions, IoctlCode, Argument(OtherArg1), Argument(OtherArg2), Argument(OtherArg4), out BytesReturned);
    }

    private static NTSTATUS SendSynchronously(Ddi ddi, WDFIOTARGET ioTarget, WDFREQUEST requestHandle, WDF_REQUEST_TYPE type, uint ioctlCode,
        WDF_MEMORY_DESCRIPTOR? input, WDF_MEMORY_DESCRIPTOR? output, long? deviceOffset, WDF_REQUEST_SEND_OPTIONS? options, out ulong bytes)
    {
        var thread = DdiGate.Enter(ddi);
        bytes = 0;
        var target = Target(thread, ioTarget, ddi.Name);
        var request = OptionalRequest(thread, requestHandle, ddi.Name);
        var status = Transfer(thread, input, ddi.Name, out var inputTransfer);
        if (Wdm.NT_SUCCESS(status))
        {
            status = Transfer(thread, output, ddi.Name, out var outputTransfer);
            if (Wdm.NT_SUCCESS(status))
            {
                return target.SendSynchronously(thread, request, options, type, ioctlCode, inputTransfer, outputTransfer, deviceOffset ?? 0, out bytes);
            }
        }

        return status;
    }

    private static FxRequest? OptionalRequest(KTHREAD thread, WDFREQUEST handle, string ddi) =>
        handle.Target is null ? null : FxHandles.Resolve<FxRequest>(thread, handle.Target, FxObjectType.Request, ddi);

    /// <summary>A WDF_MEMORY_DESCRIPTOR as a transfer: a buffer, an MDL (mapped) or a memory object's window.</summary>
    private static NTSTATUS Transfer(KTHREAD thread, WDF_MEMORY_DESCRIPTOR? descriptor, string ddi, out FxIoTargetTransfer transfer)
    {
        transfer = FxIoTargetTransfer.None;
        switch (descriptor?.Type)
        {
            case null:
                return Wdm.STATUS_SUCCESS;
            case WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeBuffer:
                transfer = new FxIoTargetTransfer(null, null, descriptor.u.BufferType.Buffer, descriptor.u.BufferType.Length, null);
                return Wdm.STATUS_SUCCESS;
            case WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeMdl when descriptor.u.MdlType.Mdl is { } mdl:
                transfer = new FxIoTargetTransfer(null, null, Wdm.MmGetSystemAddressForMdlSafe(mdl, Wdm.NormalPagePriority), descriptor.u.MdlType.BufferLength, mdl);
                return Wdm.STATUS_SUCCESS;
            case WDF_MEMORY_DESCRIPTOR_TYPE.WdfMemoryDescriptorTypeHandle:
                var memory = FxHandles.Resolve<FxMemoryObject>(thread, descriptor.u.HandleType.Memory.Target, FxObjectType.Memory, ddi);
                var status = memory.ValidateOffsets(descriptor.u.HandleType.Offsets);
                if (Wdm.NT_SUCCESS(status))
                {
                    transfer = FxIoTargetTransfer.From(memory, descriptor.u.HandleType.Offsets);
                }

                return status;
            default:
                return Wdm.STATUS_INVALID_PARAMETER;
        }
    }

    /// <summary>WdfIoTargetFormatRequestForRead: the request reads into <paramref name="OutputBuffer"/>, which it references until reformatted, reused or deleted. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget, WDFREQUEST Request, WDFMEMORY OutputBuffer, WDFMEMORY_OFFSET? OutputBufferOffset,
        long? DeviceOffset) =>
        FormatFor(WdfDdis.WdfIoTargetFormatRequestForRead, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeRead, 0, default, null, OutputBuffer, OutputBufferOffset,
            DeviceOffset);

    /// <summary>WdfIoTargetFormatRequestForWrite: the request writes <paramref name="InputBuffer"/>, which it references until reformatted, reused or deleted. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget, WDFREQUEST Request, WDFMEMORY InputBuffer, WDFMEMORY_OFFSET? InputBufferOffset,
        long? DeviceOffset) =>
        FormatFor(WdfDdis.WdfIoTargetFormatRequestForWrite, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeWrite, 0, InputBuffer, InputBufferOffset, default, null,
            DeviceOffset);

    /// <summary>WdfIoTargetFormatRequestForIoctl: an IRP_MJ_DEVICE_CONTROL with the memory objects as buffers. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoTargetFormatRequestForIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode, WDFMEMORY InputBuffer,
        WDFMEMORY_OFFSET? InputBufferOffset, WDFMEMORY OutputBuffer, WDFMEMORY_OFFSET? OutputBufferOffset) =>
        FormatFor(WdfDdis.WdfIoTargetFormatRequestForIoctl, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl, IoctlCode, InputBuffer,
            InputBufferOffset, OutputBuffer, OutputBufferOffset, null);

    /// <summary>WdfIoTargetFormatRequestForInternalIoctl: an IRP_MJ_INTERNAL_DEVICE_CONTROL with the memory objects as buffers. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode, WDFMEMORY InputBuffer,
        WDFMEMORY_OFFSET? InputBufferOffset, WDFMEMORY OutputBuffer, WDFMEMORY_OFFSET? OutputBufferOffset) =>
        FormatFor(WdfDdis.WdfIoTargetFormatRequestForInternalIoctl, IoTarget, Request, WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal, IoctlCode,
            InputBuffer, InputBufferOffset, OutputBuffer, OutputBufferOffset, null);

    /// <summary>WdfIoTargetFormatRequestForInternalIoctlOthers: the memory objects' buffers become Argument1, 2 and 4, untyped. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoTargetFormatRequestForInternalIoctlOthers(WDFIOTARGET IoTarget, WDFREQUEST Request, uint IoctlCode,
        WDFMEMORY OtherArg1, WDFMEMORY_OFFSET? OtherArg1Offset, WDFMEMORY OtherArg2, WDFMEMORY_OFFSET? OtherArg2Offset,
        WDFMEMORY OtherArg4, WDFMEMORY_OFFSET? OtherArg4Offset)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetFormatRequestForInternalIoctlOthers);
        const string ddi = nameof(WdfIoTargetFormatRequestForInternalIoctlOthers);
        var target = Target(thread, IoTarget, ddi);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, ddi);
        object? Argument(WDFMEMORY memory, WDFMEMORY_OFFSET? offsets) => memory.Target is null ? null
            : FxHandles.Resolve<FxMemoryObject>(thread, memory.Target, FxObjectType.Memory, ddi).Window(offsets).Buffer;
        return target.FormatOthers(thread, request, IoctlCode, Argument(OtherArg1, OtherArg1Offset), Argument(OtherArg2, OtherArg2Offset), Argument(OtherArg4, OtherArg4Offset));
    }

    private static NTSTATUS FormatFor(Ddi ddi, WDFIOTARGET ioTarget, WDFREQUEST requestHandle, WDF_REQUEST_TYPE type, uint ioctlCode,
        WDFMEMORY input, WDFMEMORY_OFFSET? inputOffsets, WDFMEMORY output, WDFMEMORY_OFFSET? outputOffsets, long? deviceOffset)
    {
        var thread = DdiGate.Enter(ddi);
        var target = Target(thread, ioTarget, ddi.Name);
        var request = FxHandles.Resolve<FxRequest>(thread, requestHandle.Target, FxObjectType.Request, ddi.Name);
        var status = MemoryTransfer(thread, input, inputOffsets, ddi.Name, out var inputTransfer);
        if (Wdm.NT_SUCCESS(status))
        {
            status = MemoryTransfer(thread, output, outputOffsets, ddi.Name, out var outputTransfer);
            if (Wdm.NT_SUCCESS(status))
            {
                return target.FormatRequest(thread, request, type, ioctlCode, inputTransfer, outputTransfer, deviceOffset ?? 0);
            }
        }

        return status;
    }

    private static NTSTATUS MemoryTransfer(KTHREAD thread, WDFMEMORY handle, WDFMEMORY_OFFSET? offsets, string ddi, out FxIoTargetTransfer transfer)
    {
        transfer = FxIoTargetTransfer.None;
        if (handle.Target is null)
        {
            return Wdm.STATUS_SUCCESS;
        }

        var memory = FxHandles.Resolve<FxMemoryObject>(thread, handle.Target, FxObjectType.Memory, ddi);
        var status = memory.ValidateOffsets(offsets);
        if (Wdm.NT_SUCCESS(status))
        {
            transfer = FxIoTargetTransfer.From(memory, offsets);
        }

        return status;
    }
}
