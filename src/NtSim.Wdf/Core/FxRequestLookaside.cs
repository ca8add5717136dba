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
        FxRequest? request;
        lock (_lock)
        {
            _free.TryPop(out request);
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

        foreach (var request in free)
        {
            request.Delete(thread);
        }
    }
}
