namespace NtSim;

/// <summary>
/// What a format-for DDI (WdfIoTargetFormatRequestFor*) left on a request (FxRequestContext): the
/// memory objects it references until the request is reformatted, reused or deleted, the buffers
/// it built for the target's I/O type (a system buffer, an MDL), and the IRP fields it replaced in
/// a request the framework received, put back when the target completes it. One per request, reused.
/// </summary>
internal sealed class FxIoTargetFormat
{
    private PVOID _savedSystemBuffer;
    private MDL? _savedMdl;
    private PVOID _savedUserBuffer;
    private bool _saved;
    private PVOID _outputBuffer;
    private ulong _outputLength;

    internal WDF_REQUEST_TYPE Type { get; private set; } = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat;

    internal FxMemoryObject? Input { get; private set; }

    internal FxMemoryObject? Output { get; private set; }

    internal WDFMEMORY_OFFSET? InputOffsets { get; private set; }

    internal WDFMEMORY_OFFSET? OutputOffsets { get; private set; }

    internal uint IoControlCode { get; private set; }

    internal long DeviceOffset { get; private set; }

    internal WDF_REQUEST_COMPLETION_PARAMS_OTHERS Others { get; private set; }

    /// <summary>A system buffer the framework allocated for a buffered target (copied back at completion).</summary>
    internal PVOID SystemBuffer { get; set; }

    internal ulong SystemBufferLength { get; set; }

    /// <summary>The system buffer holds output to copy back (buffered reads and METHOD_BUFFERED IOCTLs).</summary>
    internal bool CopyOutput { get; set; }

    /// <summary>An MDL the framework built for a direct-I/O target.</summary>
    internal MDL? Mdl { get; set; }

    internal bool HasMemory => Input is not null || Output is not null;

    /// <summary>Takes references on the memory objects (released by <see cref="Release"/>).</summary>
    internal void Set(WDF_REQUEST_TYPE type, FxIoTargetTransfer input, FxIoTargetTransfer output, uint ioControlCode = 0, long deviceOffset = 0)
    {
        Type = type;
        Input = input.Memory;
        InputOffsets = input.Offsets;
        Output = output.Memory;
        OutputOffsets = output.Offsets;
        _outputBuffer = output.Buffer;
        _outputLength = output.Length;
        IoControlCode = ioControlCode;
        DeviceOffset = deviceOffset;
        Others = default;
        Input?.Reference(this);
        Output?.Reference(this);
    }

    internal void SetOthers(uint ioControlCode, object? argument1, object? argument2, object? argument4)
    {
        Set(WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal, FxIoTargetTransfer.None, FxIoTargetTransfer.None, ioControlCode);
        Others = new WDF_REQUEST_COMPLETION_PARAMS_OTHERS { Argument1 = argument1, Argument2 = argument2, Argument3 = ioControlCode, Argument4 = argument4 };
    }

    /// <summary>Remembers the IRP's buffer fields before the format replaces them (a received request).</summary>
    internal void Save(IRP irp)
    {
        if (_saved)
        {
            return;
        }

        _savedSystemBuffer = irp.AssociatedIrp.SystemBuffer;
        _savedMdl = irp.MdlAddress;
        _savedUserBuffer = irp.UserBuffer;
        _saved = true;
    }

    /// <summary>The target is done with the IRP: buffered output goes back to the output memory, the
    /// framework's buffers are freed, and a received request's IRP gets its own buffers back.</summary>
    internal void Unwind(KTHREAD thread, FxDriverGlobals globals, IRP irp, bool copyOut)
    {
        if (!SystemBuffer.IsNull)
        {
            if (copyOut && CopyOutput && !_outputBuffer.IsNull && Wdm.NT_SUCCESS(irp.IoStatus.Status))
            {
                var count = Math.Min(Math.Min(_outputLength, irp.IoStatus.Information), SystemBufferLength);
                if (count != 0)
                {
                    Wdm.RtlCopyMemory(_outputBuffer, SystemBuffer, count);
                }
            }

            if (!globals.Machine.IsHalted)
            {
                globals.Machine.Pool.Free(thread, SystemBuffer.Address, globals.PoolTag, checkTag: false, "FxIoTarget");
            }

            SystemBuffer = default;
            SystemBufferLength = 0;
            CopyOutput = false;
        }

        if (Mdl is { } mdl)
        {
            Wdm.IoFreeMdl(mdl);
            Mdl = null;
        }

        if (_saved)
        {
            irp.AssociatedIrp.SystemBuffer = _savedSystemBuffer;
            irp.MdlAddress = _savedMdl;
            irp.UserBuffer = _savedUserBuffer;
            _saved = false;
            _savedMdl = null;
        }
    }

    /// <summary>The IRP this format was for is gone (its request completed without sending it): the
    /// framework's buffers are freed; there is nothing to restore any more.</summary>
    internal void Abandon(KTHREAD thread, FxDriverGlobals globals)
    {
        if (!SystemBuffer.IsNull && !globals.Machine.IsHalted)
        {
            globals.Machine.Pool.Free(thread, SystemBuffer.Address, globals.PoolTag, checkTag: false, "FxIoTarget");
        }

        if (Mdl is { } mdl && !globals.Machine.IsHalted)
        {
            Wdm.IoFreeMdl(mdl);
        }

        SystemBuffer = default;
        SystemBufferLength = 0;
        CopyOutput = false;
        Mdl = null;
        _saved = false;
        _savedMdl = null;
    }

    /// <summary>Drops the references on the memory objects (reformat, reuse, delete).</summary>
    internal void Release(KTHREAD thread)
    {
        var input = Input;
        var output = Output;
        Input = null;
        Output = null;
        InputOffsets = null;
        OutputOffsets = null;
        _outputBuffer = default;
        _outputLength = 0;
        Type = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat;
        input?.Dereference(thread, this);
        output?.Dereference(thread, this);
    }
}
