using System.Globalization;

namespace NtSim;

public static partial class Wdm
{
    // KAFFINITY is a ULONG_PTR in wdm.h: a ulong here (bit n: processor n of group 0).

    /// <summary>KeSetSystemAffinityThread: the current thread runs only on the processors of
    /// <paramref name="Affinity"/>; called at IRQL &lt;= APC_LEVEL it returns on one of them.</summary>
    public static void KeSetSystemAffinityThread(ulong Affinity)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetSystemAffinityThread);
        SetSystemAffinity(thread, Affinity);
        DdiGate.Leave(thread, DdiTable.KeSetSystemAffinityThread);
    }

    /// <summary>KeSetSystemAffinityThreadEx: KeSetSystemAffinityThread returning the previous system
    /// affinity, or 0 if the thread had none (give it to KeRevertToUserAffinityThreadEx).</summary>
    public static ulong KeSetSystemAffinityThreadEx(ulong Affinity)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetSystemAffinityThreadEx);
        var previous = thread.UserAffinity is null ? 0 : thread.Affinity;
        SetSystemAffinity(thread, Affinity);
        DdiGate.Leave(thread, DdiTable.KeSetSystemAffinityThreadEx);
        return previous;
    }

    /// <summary>KeRevertToUserAffinityThread: the thread's affinity before its first system affinity.</summary>
    public static void KeRevertToUserAffinityThread()
    {
        var thread = DdiGate.Enter(DdiTable.KeRevertToUserAffinityThread);
        RevertToUserAffinity(thread);
        DdiGate.Leave(thread, DdiTable.KeRevertToUserAffinityThread);
    }

    /// <summary>KeRevertToUserAffinityThreadEx: 0 reverts to the user affinity; another value (what
    /// KeSetSystemAffinityThreadEx returned) restores that system affinity.</summary>
    public static void KeRevertToUserAffinityThreadEx(ulong Affinity)
    {
        var thread = DdiGate.Enter(DdiTable.KeRevertToUserAffinityThreadEx);
        if (Affinity == 0)
        {
            RevertToUserAffinity(thread);
        }
        else
        {
            SetSystemAffinity(thread, Affinity);
        }

        DdiGate.Leave(thread, DdiTable.KeRevertToUserAffinityThreadEx);
    }

    /// <summary>KeQueryActiveProcessors: the mask of the active processors.</summary>
    public static ulong KeQueryActiveProcessors() =>
        ActiveProcessorMask(DdiGate.Enter(DdiTable.KeQueryActiveProcessors).Machine);

    /// <summary>KeQueryMaximumProcessorCount: the most processors the machine can have: its processors (no hot add).</summary>
    public static uint KeQueryMaximumProcessorCount() =>
        (uint)DdiGate.Enter(DdiTable.KeQueryMaximumProcessorCount).Machine.Processors.Count;

    /// <summary>KeQueryMaximumProcessorCountEx: the same for one group (0, or ALL_PROCESSOR_GROUPS); another group has none.</summary>
    public static uint KeQueryMaximumProcessorCountEx(ushort GroupNumber)
    {
        var count = (uint)DdiGate.Enter(DdiTable.KeQueryMaximumProcessorCountEx).Machine.Processors.Count;
        return GroupNumber is 0 or ALL_PROCESSOR_GROUPS ? count : 0;
    }

    /// <summary>KeQueryGroupAffinity: the active processors of a group: group 0's mask, 0 for another.</summary>
    public static ulong KeQueryGroupAffinity(ushort GroupNumber)
    {
        var mask = ActiveProcessorMask(DdiGate.Enter(DdiTable.KeQueryGroupAffinity).Machine);
        return GroupNumber == 0 ? mask : 0;
    }

    private static ulong ActiveProcessorMask(Machine machine)
    {
        var count = machine.Processors.Count;
        return count >= 64 ? ulong.MaxValue : (1UL << count) - 1;
    }

    private static void SetSystemAffinity(KTHREAD thread, ulong affinity)
    {
        var active = ActiveProcessorMask(thread.Machine);
        if ((affinity & active) == 0)
        {
            // No active processor in the set: INVALID_AFFINITY_SET. Its parameters are not documented;
            // NtSim gives the requested mask and the active one.
            thread.Machine.RaiseBugCheck(INVALID_AFFINITY_SET, affinity, active, 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"affinity 0x{affinity:X} names no active processor (active 0x{active:X})"));
        }

        thread.UserAffinity ??= thread.Affinity;
        thread.Machine.Scheduler.SetAffinity(thread, affinity & active);
    }

    private static void RevertToUserAffinity(KTHREAD thread)
    {
        if (thread.UserAffinity is ulong user)
        {
            thread.UserAffinity = null;
            thread.Machine.Scheduler.SetAffinity(thread, user);
        }
    }
}
