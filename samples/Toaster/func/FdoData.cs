namespace NtSim.Samples.Toaster.Func;

/// <summary>Where the toaster FDO is in its PnP life (the function driver's state machine).</summary>
internal enum DEVICE_PNP_STATE
{
    NotStarted,
    Started,
    StopPending,
    Stopped,
    RemovePending,
    SurpriseRemovePending,
    Deleted,
}

/// <summary>What the FDO does with a new read, write or IOCTL.</summary>
internal enum QUEUE_STATE
{
    /// <summary>Not started, or a stop or remove is being asked: queue it until the answer is known.</summary>
    HoldRequests,

    /// <summary>Started: serve it.</summary>
    AllowRequests,

    /// <summary>Surprise-removed or removed: fail it with STATUS_DELETE_PENDING.</summary>
    FailRequests,
}

/// <summary>The toaster FDO's extension.</summary>
internal sealed class FDO_DATA
{
    public DEVICE_OBJECT Self = null!;
    public DEVICE_OBJECT UnderlyingPDO = null!;
    public DEVICE_OBJECT NextLowerDriver = null!;

    public DEVICE_PNP_STATE DevicePnPState = DEVICE_PNP_STATE.NotStarted;
    public DEVICE_PNP_STATE PreviousPnPState = DEVICE_PNP_STATE.NotStarted;
    public QUEUE_STATE QueueState = QUEUE_STATE.HoldRequests;

    /// <summary>I/O and PnP IRPs in flight; IRP_MN_REMOVE_DEVICE waits for them before the FDO goes.</summary>
    public readonly IO_REMOVE_LOCK RemoveLock = new();

    /// <summary>Requests held while the device is not started or a stop or remove is pending.</summary>
    public readonly IO_CSQ NewRequestsQueue = new();

    /// <summary>The list head of the held requests (their Tail.Overlay.ListEntry), oldest first.</summary>
    public readonly LIST_ENTRY PendingRequests = new();
    public readonly KSPIN_LOCK QueueLock = new();

    /// <summary>GUID_DEVINTERFACE_TOASTER, registered at AddDevice and enabled while started.</summary>
    public UNICODE_STRING InterfaceName;
    public bool InterfaceEnabled;

    /// <summary>SET_NEW_PNP_STATE.</summary>
    public void SetNewPnpState(DEVICE_PNP_STATE state)
    {
        PreviousPnPState = DevicePnPState;
        DevicePnPState = state;
    }

    /// <summary>RESTORE_PREVIOUS_PNP_STATE.</summary>
    public void RestorePreviousPnpState() => DevicePnPState = PreviousPnPState;
}
