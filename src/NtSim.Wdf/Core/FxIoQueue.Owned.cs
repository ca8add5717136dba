using System.Diagnostics;

namespace NtSim;

/// <summary>The requests the driver owns from this queue (m_DriverOwned): a list linked through the
/// requests, so keeping it allocates nothing; purge, power stop and EvtIoResume walk it.</summary>
internal sealed partial class FxIoQueue
{
    private FxRequest? _ownedHead;
    private int _driverOwned;

    /// <summary>The driver owns <paramref name="request"/> from now on (presented, retrieved, or cancelled on the queue for it).</summary>
    private void GiveToDriverLocked(FxRequest request)
    {
        request.Move(FxRequestState.DriverOwned);
        request.Presented = true;
        LinkOwnedLocked(request);
    }

    /// <summary>Puts <paramref name="request"/> in the driver-owned list (a forward the target refused puts it back).</summary>
    private void LinkOwnedLocked(FxRequest request)
    {
        Debug.Assert(!request.InOwnedList, "a request is owned once");
        request.OwnedPrevious = null;
        request.OwnedNext = _ownedHead;
        if (_ownedHead is not null)
        {
            _ownedHead.OwnedPrevious = request;
        }

        _ownedHead = request;
        request.InOwnedList = true;
        _driverOwned++;
    }

    /// <summary>Takes <paramref name="request"/> out of the driver-owned list, if it is there; a power stop that waited for it is told.</summary>
    private void RemoveOwnedLocked(FxRequest request)
    {
        if (!request.InOwnedList)
        {
            return;
        }

        if (request.OwnedPrevious is { } previous)
        {
            previous.OwnedNext = request.OwnedNext;
        }
        else
        {
            _ownedHead = request.OwnedNext;
        }

        if (request.OwnedNext is { } next)
        {
            next.OwnedPrevious = request.OwnedPrevious;
        }

        request.OwnedPrevious = null;
        request.OwnedNext = null;
        request.InOwnedList = false;
        request.ResumePending = false;
        _driverOwned--;
        PowerStopDoneLocked(request);
    }

    /// <summary>Whether <paramref name="request"/> is one the driver owns from this queue.</summary>
    internal bool OwnsForDriver(FxRequest request)
    {
        lock (_lock)
        {
            return request.InOwnedList && ReferenceEquals(request.Queue, this) && request.RequestState == FxRequestState.DriverOwned;
        }
    }
}
