namespace NtSim;

/// <summary>
/// The device's list of free requests (the framework's request lookaside list): an IRP takes one,
/// completion gives it back. A request's pool block is allocated once, when the list first grows;
/// a context the device's request attributes ask for is made new for each IRP, zeroed as KMDF gives it.
/// </summary>
internal sealed class FxRequestLookaside
{
    private readonly Lock _lock = new();
    private readonly Stack<FxRequest> _free = new();
    private readonly FxDevice _device;
    private FxRequest? _cached;
    private int _outstanding;

    internal FxRequestLookaside(FxDevice device, WDF_OBJECT_ATTRIBUTES? attributes)
    {
        _device = device;
        Attributes = attributes;
    }

    /// <summary>WdfDeviceInitSetRequestAttributes: the context and cleanup every request gets.</summary>
    internal WDF_OBJECT_ATTRIBUTES? Attributes { get; }

    /// <summary>Requests wrapping an IRP now.</summary>
    internal int Outstanding => Volatile.Read(ref _outstanding);

    internal FxRequest? Take(KTHREAD thread, IRP irp, FxFileObject? fileObject)
    {
        // One request kept aside without a lock: the common case of one request at a time.
        var request = Interlocked.Exchange(ref _cached, null);
        if (request is null)
        {
            lock (_lock)
            {
                _free.TryPop(out request);
            }
        }

        if (request is null)
        {
            request = new FxRequest(_device.Globals, _device, driverCreated: false);
            if (!Wdm.NT_SUCCESS(request.Commit(thread, null, extraBytes: Attributes?.ContextTypeInfo?.ContextSize ?? 0)))
            {
                return null;
            }
        }

        request.ResetContexts();
        if (Attributes?.ContextTypeInfo is { } info)
        {
            request.AddContext(info, info.Create());
        }

        request.Attach(irp, fileObject);
        Interlocked.Increment(ref _outstanding);
        return request;
    }

    internal void Return(KTHREAD thread, FxRequest request)
    {
        request.Move(FxRequestState.Free);
        Interlocked.Decrement(ref _outstanding);
        if (Interlocked.CompareExchange(ref _cached, request, null) is null)
        {
            return;
        }

        lock (_lock)
        {
            _free.Push(request);
        }
    }

    /// <summary>Frees every cached request (the device is going away).</summary>
    internal void Drain(KTHREAD thread)
    {
        FxRequest[] free;
        lock (_lock)
        {
            free = [.. _free];
            _free.Clear();
        }

        if (Interlocked.Exchange(ref _cached, null) is { } cached)
        {
            free = [.. free, cached];
        }

        foreach (var request in free)
        {
            request.Delete(thread);
        }
    }
}
