namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeCallbackRecord (a macro): the record is BufferEmpty, ready to register.</summary>
    public static void KeInitializeCallbackRecord(KBUGCHECK_CALLBACK_RECORD CallbackRecord) =>
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord)).State = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    /// <summary>KeInitializeCallbackRecord for a reason callback record.</summary>
    public static void KeInitializeCallbackRecord(KBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord) =>
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord)).State = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    /// <summary>KeRegisterBugCheckCallback: <paramref name="CallbackRoutine"/> runs with <paramref name="Buffer"/>
    /// at HIGH_LEVEL when the machine bug checks. FALSE if the record is already registered. Any IRQL.</summary>
    public static bool KeRegisterBugCheckCallback(KBUGCHECK_CALLBACK_RECORD CallbackRecord, KBUGCHECK_CALLBACK_ROUTINE CallbackRoutine,
        Memory<byte> Buffer, uint Length, string Component)
    {
        var thread = DdiGate.Enter(DdiTable.KeRegisterBugCheckCallback);
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord));
        KeContext.NotNull(CallbackRoutine, nameof(CallbackRoutine));
        return thread.Machine.BugCheckCallbacks.Register(CallbackRecord, () => CallbackRecord.State == KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty, () =>
        {
            CallbackRecord.Routine = CallbackRoutine;
            CallbackRecord.Buffer = Buffer;
            CallbackRecord.Length = Length;
            CallbackRecord.Component = Component;
            CallbackRecord.Module = thread.Machine.Modules.For(CallbackRoutine);
            CallbackRecord.State = KBUGCHECK_BUFFER_DUMP_STATE.BufferInserted;
        });
    }

    /// <summary>KeDeregisterBugCheckCallback: FALSE if the record is not registered. Any IRQL.</summary>
    public static bool KeDeregisterBugCheckCallback(KBUGCHECK_CALLBACK_RECORD CallbackRecord)
    {
        var thread = DdiGate.Enter(DdiTable.KeDeregisterBugCheckCallback);
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord));
        return thread.Machine.BugCheckCallbacks.Deregister(CallbackRecord, () => CallbackRecord.State = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty);
    }

    /// <summary>KeRegisterBugCheckReasonCallback: a routine called for <paramref name="Reason"/> when the machine
    /// bug checks (KbCallbackSecondaryDumpData: the data it gives is kept in machine.BugCheckDumpData).
    /// FALSE if the record is already registered. Any IRQL.</summary>
    public static bool KeRegisterBugCheckReasonCallback(KBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord,
        KBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine, KBUGCHECK_CALLBACK_REASON Reason, string Component)
    {
        var thread = DdiGate.Enter(DdiTable.KeRegisterBugCheckReasonCallback);
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord));
        KeContext.NotNull(CallbackRoutine, nameof(CallbackRoutine));
        return thread.Machine.BugCheckCallbacks.Register(CallbackRecord, () => CallbackRecord.State == KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty, () =>
        {
            CallbackRecord.Routine = CallbackRoutine;
            CallbackRecord.Reason = Reason;
            CallbackRecord.Component = Component;
            CallbackRecord.Module = thread.Machine.Modules.For(CallbackRoutine);
            CallbackRecord.State = KBUGCHECK_BUFFER_DUMP_STATE.BufferInserted;
        });
    }

    /// <summary>KeDeregisterBugCheckReasonCallback: FALSE if the record is not registered. Any IRQL.</summary>
    public static bool KeDeregisterBugCheckReasonCallback(KBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord)
    {
        var thread = DdiGate.Enter(DdiTable.KeDeregisterBugCheckReasonCallback);
        KeContext.NotNull(CallbackRecord, nameof(CallbackRecord));
        return thread.Machine.BugCheckCallbacks.Deregister(CallbackRecord, () => CallbackRecord.State = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty);
    }
}
