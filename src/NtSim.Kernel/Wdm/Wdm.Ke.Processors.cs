namespace NtSim;

public static partial class Wdm
{
    /// <summary>ALL_PROCESSOR_GROUPS: KeQueryActiveProcessorCountEx's "every group".</summary>
    public const ushort ALL_PROCESSOR_GROUPS = 0xFFFF;

    /// <summary>KeQueryActiveProcessorCountEx: the active processors of a group. A NtSim machine has
    /// one group (0) of at most 64 processors; another group has none.</summary>
    public static uint KeQueryActiveProcessorCountEx(ushort GroupNumber)
    {
        var count = (uint)DdiGate.Enter(DdiTable.KeQueryActiveProcessorCountEx).Machine.Processors.Count;
        return GroupNumber is 0 or ALL_PROCESSOR_GROUPS ? count : 0;
    }

    /// <summary>KeGetCurrentNodeNumber: the NUMA node of the current processor: 0, as a NtSim machine is one node.</summary>
    public static ushort KeGetCurrentNodeNumber()
    {
        DdiGate.Enter(DdiTable.KeGetCurrentNodeNumber);
        return 0;
    }

    /// <summary>KeQueryHighestNodeNumber: the highest NUMA node number: 0, one node.</summary>
    public static ushort KeQueryHighestNodeNumber()
    {
        DdiGate.Enter(DdiTable.KeQueryHighestNodeNumber);
        return 0;
    }
}
