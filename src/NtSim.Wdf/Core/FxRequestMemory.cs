namespace NtSim;

/// <summary>
/// The memory object over a request's own input or output buffer (FxRequestSystemBuffer /
/// FxRequestOutputBuffer): made once per request object and rebound for each IRP it wraps, so
/// WdfRequestRetrieveInputMemory allocates nothing. Over an IRP the request no longer wraps it
/// describes nothing (the handle is invalid after completion).
/// </summary>
internal sealed class FxRequestMemory(FxDriverGlobals globals, FxRequest request) : FxMemoryObject(globals)
{
    private PVOID _buffer;
    private ulong _length;
    private int _life = -1;
    private bool _readOnly;

    internal FxRequest Request => request;

    /// <summary>No parent: it lives as long as its request object.</summary>
    internal override FxObject? DefaultParent => null;

    internal override bool DriverMayDelete => false;

    /// <summary>The request has completed (or wraps another IRP) since this memory was retrieved.</summary>
    internal bool IsStale => _life != request.Life || request.RequestState is FxRequestState.Completed or FxRequestState.Free;

    internal override PVOID Buffer => IsStale ? default : _buffer;

    internal override ulong Length => IsStale ? 0 : _length;

    internal override bool ReadOnly => _readOnly;

    internal void Bind(PVOID buffer, ulong length, bool readOnly)
    {
        _buffer = buffer;
        _length = length;
        _readOnly = readOnly;
        _life = request.Life;
    }
}
