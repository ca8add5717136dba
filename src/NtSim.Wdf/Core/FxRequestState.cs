namespace NtSim;

/// <summary>Where a request is in its life. Moves are checked against <see cref="FxRequestLife"/>.</summary>
internal enum FxRequestState : byte
{
    /// <summary>In the device's lookaside list, wrapping no IRP.</summary>
    Free,

    /// <summary>Wrapping an IRP, not yet in a queue (EvtIoInCallerContext sees it here).</summary>
    Received,

    /// <summary>In a queue, owned by the framework.</summary>
    Queued,

    /// <summary>Presented to (or retrieved by) the driver, which owns it.</summary>
    DriverOwned,

    /// <summary>Sent to an I/O target by the driver, waiting for the target to complete it.</summary>
    Sent,

    /// <summary>Completed: the IRP is gone; the request goes back to the lookaside list.</summary>
    Completed,
}

/// <summary>The moves a request may make.</summary>
internal static class FxRequestLife
{
    internal static bool Allowed(FxRequestState from, FxRequestState to) => (from, to) switch
    {
        (FxRequestState.Free, FxRequestState.Received) => true,
        (FxRequestState.Received, FxRequestState.Queued or FxRequestState.DriverOwned or FxRequestState.Completed) => true,
        (FxRequestState.Queued, FxRequestState.DriverOwned or FxRequestState.Completed) => true,
        (FxRequestState.DriverOwned, FxRequestState.Queued or FxRequestState.Sent or FxRequestState.Completed) => true,
        (FxRequestState.Sent, FxRequestState.DriverOwned or FxRequestState.Completed) => true,
        (FxRequestState.Completed, FxRequestState.Free) => true,
        _ => false,
    };
}
