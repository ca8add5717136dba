using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// IoAllocateErrorLogEntry: an error log packet of <paramref name="EntrySize"/> bytes (an
    /// IO_ERROR_LOG_PACKET, its DumpData and any insertion strings) for the device or driver
    /// <paramref name="IoObject"/>; NULL if EntrySize exceeds ERROR_LOG_MAXIMUM_SIZE or memory is short
    /// (the driver carries on without logging). Fill it in, then IoWriteErrorLogEntry, or
    /// IoFreeErrorLogEntry. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID IoAllocateErrorLogEntry(object IoObject, byte EntrySize,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoAllocateErrorLogEntry);
        KeContext.NotNull(IoObject, nameof(IoObject));
        if (DdiGate.InjectFault(thread, DdiTable.IoAllocateErrorLogEntry))
        {
            return PVOID.NULL;
        }

        return thread.Machine.ErrorLog.Allocate(thread, IoObject, EntrySize, file, line);
    }

    /// <summary>IoWriteErrorLogEntry: posts the filled-in packet to the System event log
    /// (<c>machine.EventLog</c>) and frees it; the driver must not touch it afterwards.
    /// IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void IoWriteErrorLogEntry(PVOID ElEntry)
    {
        var thread = DdiGate.Enter(DdiTable.IoWriteErrorLogEntry);
        thread.Machine.ErrorLog.Write(thread, ElEntry);
        DdiGate.Leave(thread, DdiTable.IoWriteErrorLogEntry);
    }

    /// <summary>IoFreeErrorLogEntry: frees a packet from IoAllocateErrorLogEntry that will not be
    /// written. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void IoFreeErrorLogEntry(PVOID ElEntry)
    {
        var thread = DdiGate.Enter(DdiTable.IoFreeErrorLogEntry);
        thread.Machine.ErrorLog.Free(thread, ElEntry);
        DdiGate.Leave(thread, DdiTable.IoFreeErrorLogEntry);
    }
}
