namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// MmQuerySystemSize: MmLargeSystem. The size classes date from machines of a few tens of megabytes
    /// and are not documented; every machine NtSim boots (64 MB or more) is in the large class. Any IRQL.
    /// </summary>
    public static MM_SYSTEMSIZE MmQuerySystemSize()
    {
        DdiGate.Enter(DdiTable.MmQuerySystemSize);
        return MmLargeSystem;
    }

    /// <summary>
    /// MmPageEntireDriver: makes all of the driver's code and data pageable. A driver loaded in NtSim is a
    /// .NET assembly with no PAGE sections to page, so nothing observable changes; the rule the call
    /// carries stays the driver's ("a driver must not call it while it might be running at DISPATCH_LEVEL",
    /// nf-wdm-mmpageentiredriver). Returns the driver's base address. PASSIVE_LEVEL.
    /// </summary>
    public static PVOID MmPageEntireDriver(object AddressWithinSection)
    {
        var thread = DdiGate.Enter(DdiTable.MmPageEntireDriver);
        return new PVOID(thread.CurrentModule.ImageBase);
    }

    /// <summary>MmResetDriverPaging: the driver's sections go back to the paging their attributes say; nothing
    /// to do in NtSim (see MmPageEntireDriver). PASSIVE_LEVEL.</summary>
    public static void MmResetDriverPaging(object AddressWithinSection)
    {
        DdiGate.Enter(DdiTable.MmResetDriverPaging);
    }

    /// <summary>
    /// MmLockPagableCodeSection: locks the pageable code section holding <paramref name="AddressWithinSection"/>
    /// into memory and returns a handle for MmUnlockPagableImageSection. NtSim has no pageable driver sections:
    /// the handle is the driver's base address and the lock is counted, nothing else. IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static PVOID MmLockPagableCodeSection(object AddressWithinSection)
    {
        var thread = DdiGate.Enter(DdiTable.MmLockPagableCodeSection);
        return thread.Machine.PagableSections.Lock(thread, KeContext.NotNull(AddressWithinSection, nameof(AddressWithinSection)));
    }

    /// <summary>MmLockPagableDataSection: MmLockPagableCodeSection for a pageable data section. IRQL &lt;= APC_LEVEL.</summary>
    public static PVOID MmLockPagableDataSection(object AddressWithinSection)
    {
        var thread = DdiGate.Enter(DdiTable.MmLockPagableDataSection);
        return thread.Machine.PagableSections.Lock(thread, KeContext.NotNull(AddressWithinSection, nameof(AddressWithinSection)));
    }

    /// <summary>MmLockPagableSectionByHandle: locks again a section whose handle MmLockPagable*Section returned.
    /// IRQL &lt;= APC_LEVEL.</summary>
    public static void MmLockPagableSectionByHandle(PVOID ImageSectionHandle)
    {
        var thread = DdiGate.Enter(DdiTable.MmLockPagableSectionByHandle);
        thread.Machine.PagableSections.LockAgain(ImageSectionHandle);
    }

    /// <summary>MmUnlockPagableImageSection: undoes one MmLockPagable*Section or MmLockPagableSectionByHandle;
    /// a handle that is not locked is refused. IRQL &lt;= APC_LEVEL.</summary>
    public static void MmUnlockPagableImageSection(PVOID ImageSectionHandle)
    {
        var thread = DdiGate.Enter(DdiTable.MmUnlockPagableImageSection);
        thread.Machine.PagableSections.Unlock(ImageSectionHandle);
    }
}
