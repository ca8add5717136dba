namespace NtSim;

public static partial class Wdm
{
    /// <summary>EtwWrite: writes an event to every session that enables its level and keyword. A provider no session
    /// enables returns STATUS_SUCCESS at once and records nothing. An invalid handle: STATUS_INVALID_HANDLE; more than
    /// 128 descriptors: STATUS_INVALID_PARAMETER. A null <paramref name="ActivityId"/>
    /// takes the thread's activity id. Any IRQL.</summary>
    public static NTSTATUS EtwWrite(REGHANDLE RegHandle, in EVENT_DESCRIPTOR EventDescriptor, Guid? ActivityId, uint UserDataCount,
        ReadOnlySpan<EVENT_DATA_DESCRIPTOR> UserData)
    {
        var thread = DdiGate.Enter(DdiTable.EtwWrite);
        return EtwWrites.Write(thread, RegHandle, EventDescriptor, ActivityId, null, UserDataCount, UserData);
    }

    /// <summary>EtwWriteEx: EtwWrite with a related activity id; <paramref name="Filter"/> (session filtering) and
    /// <paramref name="Flags"/> (EVENT_WRITE_FLAG_*) are accepted and do not change what is recorded. Any IRQL.</summary>
    public static NTSTATUS EtwWriteEx(REGHANDLE RegHandle, in EVENT_DESCRIPTOR EventDescriptor, ulong Filter, uint Flags, Guid? ActivityId,
        Guid? RelatedActivityId, uint UserDataCount, ReadOnlySpan<EVENT_DATA_DESCRIPTOR> UserData)
    {
        var thread = DdiGate.Enter(DdiTable.EtwWriteEx);
        return EtwWrites.Write(thread, RegHandle, EventDescriptor, ActivityId, RelatedActivityId, UserDataCount, UserData);
    }

    /// <summary>EtwWriteTransfer: EtwWrite with a related activity id (the activity this one transfers from). Any IRQL.</summary>
    public static NTSTATUS EtwWriteTransfer(REGHANDLE RegHandle, in EVENT_DESCRIPTOR EventDescriptor, Guid? ActivityId, Guid? RelatedActivityId,
        uint UserDataCount, ReadOnlySpan<EVENT_DATA_DESCRIPTOR> UserData)
    {
        var thread = DdiGate.Enter(DdiTable.EtwWriteTransfer);
        return EtwWrites.Write(thread, RegHandle, EventDescriptor, ActivityId, RelatedActivityId, UserDataCount, UserData);
    }

    /// <summary>EtwWriteString: writes a string event of this level and keyword. An invalid handle: STATUS_INVALID_HANDLE.
    /// Any IRQL.</summary>
    public static NTSTATUS EtwWriteString(REGHANDLE RegHandle, byte Level, ulong Keyword, Guid? ActivityId, string String)
    {
        var thread = DdiGate.Enter(DdiTable.EtwWriteString);
        return EtwWrites.WriteString(thread, RegHandle, Level, Keyword, ActivityId, String);
    }
}
