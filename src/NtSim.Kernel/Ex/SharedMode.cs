namespace NtSim;

/// <summary>How a request for an ERESOURCE is granted: exclusive, or shared by one of the three shared rules.</summary>
internal enum SharedMode
{
    /// <summary>Exclusive (ExAcquireResourceExclusiveLite).</summary>
    None,

    /// <summary>ExAcquireResourceSharedLite: a shared owner nests; a newcomer waits behind an exclusive waiter.</summary>
    Normal,

    /// <summary>ExAcquireSharedStarveExclusive: granted unless a thread owns it exclusive, exclusive waiters or not.</summary>
    StarveExclusive,

    /// <summary>ExAcquireSharedWaitForExclusive: waits behind an exclusive waiter, even a thread that owns it shared.</summary>
    WaitForExclusive,
}
