using static NtSim.Wdm;

namespace NtSim.Tests.Ddi;

/// <summary>The hooks at the DDI gate: tracing, call counts, breakpoints, fault injection.</summary>
public sealed class DdiMonitorTests
{
    [Fact]
    public void Names_ListEveryDdiOnceWithTheSystemServices()
    {
        var names = DdiMonitor.Names;
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("IoCallDriver", names);
        Assert.Contains("KeAcquireSpinLock", names);
        Assert.Contains("NtDeviceIoControlFile", names);
    }

    [Fact]
    public void Tracing_RecordsEachCallWithItsModule_AndTheArgumentsOfTheDdisThatGiveThem()
    {
        using var machine = MachineAssert.Boot();
        machine.Ddis.Tracing = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeSetEvent(evt, 0, false);
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Gate"));
            ExFreePoolWithTag(p, TAG("Gate"));
        }));
        var ddis = machine.Trace.Events.Where(e => e.Kind == TraceKind.Ddi).Select(e => e.Detail).ToList();
        Assert.Contains(ddis, d => d.StartsWith("KeInitializeEvent from ", StringComparison.Ordinal));
        Assert.Contains(ddis, d => d.StartsWith("KeSetEvent from ", StringComparison.Ordinal));
        Assert.Contains(ddis, d => d.StartsWith("ExAllocatePool2(0x40, 64, 'Gate') from ", StringComparison.Ordinal));
        Assert.Contains(ddis, d => d.StartsWith("ExFreePoolWithTag from ", StringComparison.Ordinal));
    }

    [Fact]
    public void Tracing_Off_RecordsNoDdiEvents()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() => KeSetEvent(NewEvent(), 0, false)));
        Assert.DoesNotContain(machine.Trace.Events, e => e.Kind == TraceKind.Ddi);
    }

    [Fact]
    public void Counting_CountsEveryEntry_AndListsOnlyTheDdisCalled()
    {
        using var machine = MachineAssert.Boot();
        machine.Ddis.Counting = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = NewEvent();
            for (var i = 0; i < 3; i++)
            {
                KeSetEvent(evt, 0, false);
            }
        }));
        Assert.Equal(3, machine.Ddis.CallCount("KeSetEvent"));
        Assert.Equal(1, machine.Ddis.CallCount("KeInitializeEvent"));
        Assert.Equal(0, machine.Ddis.CallCount("IoCallDriver"));
        Assert.DoesNotContain("IoCallDriver", machine.Ddis.CallCounts.Keys);
    }

    [Fact]
    public void Breakpoint_RunsOnTheCallingThreadAtEachEntry_UntilCleared()
    {
        using var machine = MachineAssert.Boot();
        var hits = new List<DdiCall>();
        machine.Ddis.SetBreakpoint("KeSetEvent", hits.Add);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = NewEvent();
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeSetEvent(evt, 0, false);
            KeLowerIrql(old);
            Assert.True(machine.Ddis.ClearBreakpoint("KeSetEvent"));
            KeSetEvent(evt, 0, false);
        }));
        var hit = Assert.Single(hits);
        Assert.Equal("KeSetEvent", hit.Ddi);
        Assert.Equal(DISPATCH_LEVEL, hit.Irql);
        Assert.False(machine.DdiHooks);
    }

    [Fact]
    public void SetBreakpoint_OnAnUnknownName_IsAnError()
    {
        using var machine = MachineAssert.Boot();
        var e = Assert.Throws<ArgumentException>(() => machine.Ddis.SetBreakpoint("KeSetEvnet", _ => { }));
        Assert.Contains("'KeSetEvnet' is not a DDI", e.Message);
    }

    [Fact]
    public void FaultInjection_FailsTheChosenAllocations_AsLowResourcesWould()
    {
        using var machine = MachineAssert.Boot();
        machine.Ddis.FaultInjection = call => call.Ddi is "ExAllocatePool2" or "IoAllocateMdl";
        var raised = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.True(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, TAG("Flt ")).IsNull);
            try
            {
                ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 16, TAG("Flt "));
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }

            Assert.Null(IoAllocateMdl(new PVOID(0xFFFF_8000_0000_0000), 16, false, false, null));
            var kept = ExAllocatePoolWithTag(NonPagedPoolNx, 16, TAG("Flt "));
            Assert.False(kept.IsNull);
            ExFreePoolWithTag(kept, TAG("Flt "));
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, raised);
    }

    private static KEVENT NewEvent()
    {
        var evt = new KEVENT();
        KeInitializeEvent(evt, NotificationEvent, false);
        return evt;
    }
}
