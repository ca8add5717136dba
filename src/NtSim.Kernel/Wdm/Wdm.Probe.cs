namespace NtSim;

public static partial class Wdm
{
    /// <summary>MM_USER_PROBE_ADDRESS (x64): a user buffer ends below this address.</summary>
    public static PVOID MM_USER_PROBE_ADDRESS => new(MemoryManager.UserProbeAddress);

    /// <summary>
    /// ProbeForRead: checks that a user buffer lies in user space (ending below MM_USER_PROBE_ADDRESS,
    /// without wrapping) and that <paramref name="Address"/> is aligned on <paramref name="Alignment"/>
    /// (1, 2, 4, 8 or 16). Raises STATUS_ACCESS_VIOLATION or STATUS_DATATYPE_MISALIGNMENT; call it in
    /// try/catch, as every later touch of the buffer. It does not touch the buffer, so a buffer in
    /// user space that is not committed passes and its touch raises later. Length 0 checks nothing.
    /// IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static void ProbeForRead(PVOID Address, ulong Length, uint Alignment) =>
        ProbeUser(DdiGate.Enter(DdiTable.ProbeForRead), Address, Length, Alignment, write: false, nameof(ProbeForRead));

    /// <summary>
    /// ProbeForWrite: as ProbeForRead, and every page of the buffer must be committed and writable in
    /// the calling thread's process (STATUS_ACCESS_VIOLATION otherwise; a guard page raises
    /// STATUS_GUARD_PAGE_VIOLATION once). Length 0 checks nothing. IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static void ProbeForWrite(PVOID Address, ulong Length, uint Alignment) =>
        ProbeUser(DdiGate.Enter(DdiTable.ProbeForWrite), Address, Length, Alignment, write: true, nameof(ProbeForWrite));

    private static void ProbeUser(KTHREAD thread, PVOID address, ulong length, uint alignment, bool write, string ddi) =>
        thread.Machine.Memory.ProbeUserBuffer(thread, address.Address, length, alignment, write, ddi);
}
