namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeWaitForSingleObject: waits until the object is signaled, the timeout passes
    /// (STATUS_TIMEOUT), or an alertable wait is alerted. Timeout null waits forever; negative is
    /// relative and positive absolute, in 100 ns units; zero polls.</summary>
    public static NTSTATUS KeWaitForSingleObject(DispatcherObject Object, KWAIT_REASON WaitReason, KPROCESSOR_MODE WaitMode, bool Alertable, LARGE_INTEGER? Timeout)
    {
        var thread = DdiGate.Enter(DdiTable.KeWaitForSingleObject);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Object, nameof(Object)), machine, nameof(KeWaitForSingleObject));
        var timeout = Timeout?.QuadPart;
        Waits.RequireWaitIrql(thread, Object, timeout);
        return machine.Scheduler.Wait(thread, [Object], WaitAny, WaitMode, Alertable, timeout, WaitReason);
    }

    /// <summary>KeWaitForMutexObject: KeWaitForSingleObject on a mutex.</summary>
    public static NTSTATUS KeWaitForMutexObject(KMUTEX Mutex, KWAIT_REASON WaitReason, KPROCESSOR_MODE WaitMode, bool Alertable, LARGE_INTEGER? Timeout) =>
        KeWaitForSingleObject(Mutex, WaitReason, WaitMode, Alertable, Timeout);

    /// <summary>KeWaitForMultipleObjects: WaitAll or WaitAny on up to MAXIMUM_WAIT_OBJECTS objects;
    /// more than THREAD_WAIT_OBJECTS need a WaitBlockArray (else bug check 0xC).</summary>
    public static NTSTATUS KeWaitForMultipleObjects(uint Count, DispatcherObject[] Object, WAIT_TYPE WaitType, KWAIT_REASON WaitReason,
        KPROCESSOR_MODE WaitMode, bool Alertable, LARGE_INTEGER? Timeout, KWAIT_BLOCK[]? WaitBlockArray)
    {
        var thread = DdiGate.Enter(DdiTable.KeWaitForMultipleObjects);
        var machine = thread.Machine;
        KeContext.NotNull(Object, nameof(Object));
        if (Count > MAXIMUM_WAIT_OBJECTS || (WaitBlockArray is null && Count > THREAD_WAIT_OBJECTS)
            || (WaitBlockArray is not null && WaitBlockArray.Length < Count))
        {
            machine.RaiseBugCheck(MAXIMUM_WAIT_OBJECTS_EXCEEDED, 0, 0, 0, 0,
                $"KeWaitForMultipleObjects with {Count} objects and {(WaitBlockArray is null ? "no wait block array" : $"{WaitBlockArray.Length} wait blocks")}");
        }

        if (Count == 0 || Count > Object.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(Count), Count, $"KeWaitForMultipleObjects: Count must be between 1 and the {Object.Length} objects passed.");
        }

        if (WaitType != WaitAll && WaitType != WaitAny)
        {
            throw new ArgumentOutOfRangeException(nameof(WaitType), WaitType, "KeWaitForMultipleObjects: not a WAIT_TYPE value.");
        }

        var objects = Object.AsSpan(0, (int)Count);
        foreach (var o in objects)
        {
            Waits.RequireInitialized(KeContext.NotNull(o, nameof(Object)), machine, nameof(KeWaitForMultipleObjects));
        }

        var timeout = Timeout?.QuadPart;
        Waits.RequireWaitIrql(thread, objects[0], timeout);
        return machine.Scheduler.Wait(thread, objects, WaitType, WaitMode, Alertable, timeout, WaitReason);
    }
}
