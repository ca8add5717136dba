namespace NtSim;

/// <summary>
/// The bug check callbacks of a machine (KeRegisterBugCheck(Reason)Callback) and their calls when the
/// machine bug checks: on the thread that bug checked, at HIGH_LEVEL, newest registration first (as
/// KeBugCheckEx walks its list), each routine in its driver's module; an exception in a routine ends
/// that routine only. "Writing a Bug Check Callback Routine" (WDK).
/// </summary>
internal sealed class BugCheckCallbacks
{
    /// <summary>The most secondary dump data a routine may give (MaximumAllowed).</summary>
    internal const uint MaximumSecondaryData = 0x1000;

    private readonly Lock _lock = new();
    private readonly List<object> _records = [];
    private readonly List<BugCheckDumpData> _collected = [];

    internal bool IsEmpty
    {
        get
        {
            lock (_lock)
            {
                return _records.Count == 0;
            }
        }
    }

    /// <summary>What the KbCallbackSecondaryDumpData routines gave at the bug check.</summary>
    internal IReadOnlyList<BugCheckDumpData> Collected
    {
        get
        {
            lock (_lock)
            {
                return [.. _collected];
            }
        }
    }

    /// <summary>Adds a record in the BufferEmpty state; false for one already registered.</summary>
    internal bool Register(object record, Func<bool> isEmpty, Action insert)
    {
        lock (_lock)
        {
            if (!isEmpty() || _records.Contains(record))
            {
                return false;
            }

            insert();
            _records.Add(record);
            return true;
        }
    }

    internal bool Deregister(object record, Action reset)
    {
        lock (_lock)
        {
            if (!_records.Remove(record))
            {
                return false;
            }

            reset();
            return true;
        }
    }

    /// <summary>Calls every routine, newest first, at HIGH_LEVEL on <paramref name="thread"/>.</summary>
    internal void Run(KTHREAD thread)
    {
        object[] records;
        lock (_lock)
        {
            records = [.. _records];
        }

        // KeBugCheckEx raises to HIGH_LEVEL for the routines. NtSim puts the IRQL back afterwards so that
        // the halted machine shows the state the bug check found (the debugger's view, the unwinding).
        var processor = thread.Processor!;
        var irql = processor.Irql;
        processor.Irql = Wdm.HIGH_LEVEL;
        try
        {
            CallAll(thread, records);
        }
        finally
        {
            processor.Irql = irql;
        }
    }

    private void CallAll(KTHREAD thread, object[] records)
    {
        for (var i = records.Length - 1; i >= 0; i--)
        {
            switch (records[i])
            {
                case KBUGCHECK_CALLBACK_RECORD record:
                    Call(thread, record.Module!, () => record.Routine!(record.Buffer, record.Length), s => record.State = s);
                    break;
                case KBUGCHECK_REASON_CALLBACK_RECORD reason:
                    Call(thread, reason.Module!, () => CallReason(thread, reason), s => reason.State = s);
                    break;
            }
        }
    }

    private void CallReason(KTHREAD thread, KBUGCHECK_REASON_CALLBACK_RECORD record)
    {
        if (record.Reason != KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData)
        {
            // The other reasons concern the dump file's I/O and pages, which NtSim does not write.
            return;
        }

        var query = new KBUGCHECK_SECONDARY_DUMP_DATA { MaximumAllowed = MaximumSecondaryData };
        record.Routine!(record.Reason, record, query, 0x40);
        var size = Math.Min(query.OutBufferLength, MaximumSecondaryData);
        if (size == 0)
        {
            return;
        }

        var buffer = new byte[size];
        var data = new KBUGCHECK_SECONDARY_DUMP_DATA { InBuffer = buffer, InBufferLength = size, MaximumAllowed = MaximumSecondaryData };
        record.Routine!(record.Reason, record, data, 0x40);
        var length = (int)Math.Min(Math.Min(data.OutBufferLength, MaximumSecondaryData), (uint)data.OutBuffer.Length);
        lock (_lock)
        {
            _collected.Add(new BugCheckDumpData(record.Component, data.Guid, data.OutBuffer[..length].ToArray()));
        }
    }

    private static void Call(KTHREAD thread, KernelModule module, Action call, Action<KBUGCHECK_BUFFER_DUMP_STATE> setState)
    {
        setState(KBUGCHECK_BUFFER_DUMP_STATE.BufferStarted);
        try
        {
            using (thread.EnterModule(module))
            {
                call();
            }

            setState(KBUGCHECK_BUFFER_DUMP_STATE.BufferFinished);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A routine that faults is abandoned (KeBugCheckEx protects the call); the next one runs.
            setState(KBUGCHECK_BUFFER_DUMP_STATE.BufferIncomplete);
        }
    }
}
