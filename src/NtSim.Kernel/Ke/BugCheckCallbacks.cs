namespace NtSim;

/// <summary>
/// The bug check callbacks of a machine (KeRegisterBugCheck(Reason)Callback) and their calls when the machine bug
/// checks: on the thread that bug checked, at HIGH_LEVEL, newest registration first (as KeBugCheckEx walks its
/// lists), each routine in its driver's module; an exception in a routine ends that routine only. The reason
/// routines run as the dump is written (BugCheckCallbacks.Reasons.cs), the old-style routines after it ("the dump
/// file is created before the drivers' BugCheckCallback routines are called", !bugdump, WDK).
/// "Writing a Bug Check Callback Routine" (WDK).
/// </summary>
internal sealed partial class BugCheckCallbacks
{
    private readonly Lock _lock = new();
    private readonly List<object> _records = [];

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

    /// <summary>The old-style records (KeRegisterBugCheckCallback) in the order they are called (newest first), for !bugdump.</summary>
    internal IReadOnlyList<KBUGCHECK_CALLBACK_RECORD> BufferRecords => Newest<KBUGCHECK_CALLBACK_RECORD>();

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

    /// <summary>Calls every old-style routine (KeRegisterBugCheckCallback), newest first, at HIGH_LEVEL.</summary>
    internal void RunBufferCallbacks(KTHREAD thread)
    {
        AtHighLevel(thread, () =>
        {
            foreach (var record in Newest<KBUGCHECK_CALLBACK_RECORD>())
            {
                Call(thread, record.Module!, () => record.Routine!(record.Buffer, record.Length), s => record.State = s);
            }
        });
    }

    // The registered records of one kind, newest first.
    private List<T> Newest<T>()
    {
        lock (_lock)
        {
            var records = _records.OfType<T>().ToList();
            records.Reverse();
            return records;
        }
    }

    // KeBugCheckEx raises to HIGH_LEVEL for the routines. NtSim puts the IRQL back afterwards so that the halted
    // machine shows the state the bug check found (the debugger's view, the unwinding).
    private static void AtHighLevel(KTHREAD thread, Action calls)
    {
        var processor = thread.Processor!;
        var irql = processor.Irql;
        processor.Irql = Wdm.HIGH_LEVEL;
        try
        {
            calls();
        }
        finally
        {
            processor.Irql = irql;
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
