using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfMemory*, WdfLookasideList*: buffers, copies and their documented statuses, who frees what.</summary>
public sealed class MemoryTests
{
    private static readonly uint Tag = TAG("MemT");

    [Fact]
    public void WdfMemoryCopy_ReturnsTheDocumentedStatuses()
    {
        using var machine = MachineAssert.Boot(seed: 11);
        var statuses = new Dictionary<string, NTSTATUS>();
        ulong size = 0;
        byte[] copied = [];
        KmdfScenarioDriver.Install(machine, "memcopy", s =>
        {
            statuses["zero"] = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 0, out _, out _);
            statuses["create"] = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, Tag, 16, out var memory, out var buffer);
            WdfMemoryGetBuffer(memory, out size);
            var source = ExAllocatePoolZero(NonPagedPoolNx, 32, Tag);
            for (var i = 0; i < 32; i++)
            {
                source.AsSpan(32)[i] = (byte)i;
            }

            statuses["from fits"] = WdfMemoryCopyFromBuffer(memory, 0, source, 16);
            statuses["from past end"] = WdfMemoryCopyFromBuffer(memory, 8, source, 16);
            statuses["from offset at end"] = WdfMemoryCopyFromBuffer(memory, 16, source, 1);
            statuses["from zero bytes"] = WdfMemoryCopyFromBuffer(memory, 0, source, 0);
            statuses["to too many"] = WdfMemoryCopyToBuffer(memory, 8, source, 16);
            statuses["to fits"] = WdfMemoryCopyToBuffer(memory, 4, source + 16UL, 4);
            copied = (source + 16UL).AsReadOnlySpan(4).ToArray();
            ExFreePoolWithTag(source, Tag);
            WdfObjectDelete(memory);
        });

        MachineAssert.Completed(machine, machine.Services.Start("memcopy"));
        Assert.Equal(STATUS_INVALID_PARAMETER, statuses["zero"]);
        Assert.Equal(STATUS_SUCCESS, statuses["create"]);
        Assert.Equal(16UL, size);
        Assert.Equal(STATUS_SUCCESS, statuses["from fits"]);
        Assert.Equal(STATUS_INVALID_BUFFER_SIZE, statuses["from past end"]);
        Assert.Equal(STATUS_INVALID_BUFFER_SIZE, statuses["from offset at end"]);
        Assert.Equal(STATUS_INVALID_PARAMETER, statuses["from zero bytes"]);
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, statuses["to too many"]);
        Assert.Equal(STATUS_SUCCESS, statuses["to fits"]);
        Assert.Equal(new byte[] { 4, 5, 6, 7 }, copied);
        var report = machine.Services.Stop("memcopy");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "memcopy");
    }

    [Fact]
    public void WdfMemoryCreate_NotDeleted_IsFreedWithTheDriver()
    {
        using var machine = MachineAssert.Boot(seed: 12);
        var destroyed = false;
        KmdfScenarioDriver.Install(machine, "memleak", s =>
        {
            WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
            attributes.EvtDestroyCallback = _ => destroyed = true;
            WdfMemoryCreate(attributes, PagedPool, 0, 100, out _, out _);
        });

        MachineAssert.Completed(machine, machine.Services.Start("memleak"));
        Assert.False(destroyed);
        var report = machine.Services.Stop("memleak");
        Assert.True(destroyed, "the memory's default parent is the driver: it goes when the driver does");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "memleak");
    }

    [Fact]
    public void WdfMemoryCreatePreallocated_UsesTheDriversBuffer_AndNeverFreesIt()
    {
        using var machine = MachineAssert.Boot(seed: 13);
        var results = new List<bool>();
        var assignZero = STATUS_SUCCESS;
        KmdfScenarioDriver.Install(machine, "memprealloc", s =>
        {
            var first = ExAllocatePoolZero(NonPagedPoolNx, 8, Tag);
            var second = ExAllocatePoolZero(NonPagedPoolNx, 24, Tag);
            WdfMemoryCreatePreallocated(WDF_NO_OBJECT_ATTRIBUTES, first, 8, out var memory);
            results.Add(WdfMemoryGetBuffer(memory, out var size) == first && size == 8);
            results.Add(NT_SUCCESS(WdfMemoryAssignBuffer(memory, second, 24)));
            results.Add(WdfMemoryGetBuffer(memory, out size) == second && size == 24);
            assignZero = WdfMemoryAssignBuffer(memory, second, 0);
            WdfObjectDelete(memory);

            // Both buffers are still the driver's: freeing them is no double free.
            ExFreePoolWithTag(first, Tag);
            ExFreePoolWithTag(second, Tag);
        });

        MachineAssert.Completed(machine, machine.Services.Start("memprealloc"));
        Assert.Equal([true, true, true], results);
        Assert.Equal(STATUS_INVALID_PARAMETER, assignZero);
        Assert.True(machine.Services.Stop("memprealloc").IsClean);
        FrameworkPoolAssert.NothingLeft(machine, "memprealloc");
    }

    [Fact]
    public void WdfMemoryAssignBuffer_OnPoolMemory_BugChecksInvalidHandleWithThePreallocatedType()
    {
        using var machine = MachineAssert.Boot(seed: 14);
        ulong handle = 0;
        KmdfScenarioDriver.Install(machine, "memassign", s =>
        {
            WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 8, out var memory, out var buffer);
            handle = memory.Value;
            WdfMemoryAssignBuffer(memory, buffer, 8);
        });

        var status = machine.Services.Start("memassign");
        var globals = FxLibrary.Of(machine).Clients.Single().Address;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, handle, 0x1022, globals);
    }

    [Fact]
    public void WdfMemoryCreateFromLookaside_DeletedMemoryGoesBackToTheList()
    {
        using var machine = MachineAssert.Boot(seed: 15);
        PVOID firstBuffer = default, secondBuffer = default;
        ulong length = 0;
        KmdfScenarioDriver.Install(machine, "memlook", s =>
        {
            WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES, 48, NonPagedPoolNx, WDF_NO_OBJECT_ATTRIBUTES, 0, out var list);
            WdfMemoryCreateFromLookaside(list, out var first);
            firstBuffer = WdfMemoryGetBuffer(first, out length);
            WdfObjectDelete(first);
            WdfMemoryCreateFromLookaside(list, out var second);
            secondBuffer = WdfMemoryGetBuffer(second);

            // The list goes first; the memory still holds it until the memory is deleted too.
            WdfObjectDelete(list);
            WdfObjectDelete(second);
        });

        MachineAssert.Completed(machine, machine.Services.Start("memlook"));
        Assert.Equal(48UL, length);
        Assert.False(firstBuffer.IsNull);
        Assert.Equal(firstBuffer, secondBuffer);
        var report = machine.Services.Stop("memlook");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "memlook");
    }
}
