using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>The processor, node and thread-to-process queries, and the x64 no-op KeFlushIoBuffers.</summary>
public sealed class KeProcessorQueryTests
{
    [Fact]
    public void KeQueryActiveProcessorCountEx_GroupZeroAndAllGroups_CountTheProcessors_OtherGroupsNone()
    {
        using var machine = MachineAssert.Boot(processors: 3);
        uint group0 = 0, all = 0, other = 9;
        ushort node = 9, highest = 9;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            group0 = KeQueryActiveProcessorCountEx(0);
            all = KeQueryActiveProcessorCountEx(ALL_PROCESSOR_GROUPS);
            other = KeQueryActiveProcessorCountEx(1);
            node = KeGetCurrentNodeNumber();
            highest = KeQueryHighestNodeNumber();
        }));

        Assert.Equal(3u, group0);
        Assert.Equal(3u, all);
        Assert.Equal(0u, other);
        Assert.Equal(0, node);
        Assert.Equal(0, highest);
    }

    [Fact]
    public void IoThreadToProcess_AndPsGetThreadProcessId_NameTheThreadsProcess()
    {
        using var machine = MachineAssert.Boot();
        EPROCESS? process = null, current = null;
        HANDLE id = default;
        bool inside = false, outside = true;
        var paging = (IO_PAGING_PRIORITY)(-1);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var thread = KeGetCurrentThread();
            process = IoThreadToProcess(thread);
            current = PsGetCurrentProcess();
            id = PsGetThreadProcessId(thread);
            IoGetStackLimits(out var low, out var high);
            inside = IoWithinStackLimits(high - 64, 32);
            outside = IoWithinStackLimits(high, 64);
            var irp = IoAllocateIrp(1, false)!;
            paging = IoGetPagingIoPriority(irp);
            KeFlushIoBuffers(null!, true, true);
            IoFreeIrp(irp);
        }));

        Assert.Same(current, process);
        Assert.Equal(4UL, id.Value);
        Assert.True(inside);
        Assert.False(outside);
        Assert.Equal(IO_PAGING_PRIORITY.IoPagingPriorityInvalid, paging);
    }
}
