using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>What the KMDF verifier does: allocation failures on demand, reference tags, the break on a
/// reported misuse, and the WDF_VIOLATION codes of misused handles and objects.</summary>
public sealed class VerifierTests
{
    [Fact]
    public void VerifierAllocateFailCount_FailsEveryAllocationAfterTheNth()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfalloc"), "VerifierAllocateFailCount", 2u);
        var statuses = new List<NTSTATUS>();
        ScriptedKmdfDriver.Install(machine, "wdfalloc", d =>
        {
            // Allocation 1 was the WDFDRIVER; 2 succeeds, 3 and 4 fail.
            for (var i = 0; i < 3; i++)
            {
                statuses.Add(WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out _));
            }

            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, machine.Services.Start("wdfalloc"));

        Assert.Equal([STATUS_SUCCESS, STATUS_INSUFFICIENT_RESOURCES, STATUS_INSUFFICIENT_RESOURCES], statuses);
        Assert.Contains(Client(machine, "wdfalloc").Log.Lines, l => l.Contains("FxPoolAllocator - Allocation Fail Count exceeded: failing the 3th allocation (WDFOBJECT", StringComparison.Ordinal));
    }

    [Fact]
    public void VerifierAllocateFailCount_WithVerifierOff_IsIgnored()
    {
        using var machine = MachineAssert.Boot();
        var key = FxVerifierSettings.KeyPath("wdfalloff");
        machine.Registry.SetValue(key, "VerifierOn", 0u);
        machine.Registry.SetValue(key, "VerifierAllocateFailCount", 0u);
        var status = STATUS_UNSUCCESSFUL;
        ScriptedKmdfDriver.Install(machine, "wdfalloff", d => status = WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out _));

        MachineAssert.Completed(machine, machine.Services.Start("wdfalloff"));

        Assert.Equal(STATUS_SUCCESS, status);
    }

    [Fact]
    public void TrackHandles_RecordsTagsOfTrackedTypesOnly()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdftags"), "TrackHandles", new[] { "WDFOBJECT" });
        var tag = new object();
        WDFOBJECT tracked = default;
        ScriptedKmdfDriver.Install(machine, "wdftags", driver =>
        {
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out tracked);
            WdfObjectReferenceWithTag(tracked, tag);
            WdfObjectReferenceWithTag(tracked, tag);
            WdfObjectReferenceWithTag(tracked, "second");
            WdfObjectDereferenceWithTag(tracked, "second");
            WdfObjectReferenceWithTag(driver, tag);
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, machine.Services.Start("wdftags"));

        var tags = Client(machine, "wdftags").Tags;
        Assert.Equal([(tag, 2)], tags.HeldOn(tracked.Target!));
        Assert.Empty(tags.HeldOn(Client(machine, "wdftags").Driver!));
    }

    [Fact]
    public void ReportedMisuse_WithoutDbgBreakOnError_PrintsBothLinesAndFails()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfrep"), "DbgBreakOnError", 0u);
        ScriptedKmdfDriver.Install(machine, "wdfrep", driver =>
        {
            WdfObjectDelete(driver);
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, machine.Services.Start("wdfrep"));

        Assert.Contains("WDF detected potentially invalid operation by wdfrep.sys Dump the driver log (!wdflogdump wdfrep.sys) for more information.\n",
            machine.DebugOutput.ShownText);
        Assert.Contains("Turn on framework verifier for wdfrep.sys to automatically break into the debugger next time it happens.\n", machine.DebugOutput.ShownText);
        Assert.Contains(Client(machine, "wdfrep").Log.Lines, l => l.Contains("FxVerifier::Report - WdfObjectDelete: a driver cannot delete WDFDRIVER", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportedMisuse_WithDbgBreakOnErrorAndNoDebugger_IsTheUnhandledBreakpointBugCheck()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdfbrk", driver =>
        {
            WdfObjectDelete(driver);
            return STATUS_SUCCESS;
        });

        var run = machine.Services.Start("wdfbrk");

        // DriverEntry runs on a system thread: SYSTEM_THREAD_EXCEPTION_NOT_HANDLED with STATUS_BREAKPOINT.
        MachineAssert.BugCheck(machine, run, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0x80000003, 0, 0, 0);
        Assert.DoesNotContain(machine.DebugOutput.Messages, m => m.Text.StartsWith("Turn on framework verifier", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportedMisuse_WithDbgBreakOnErrorAndKernelDebugging_BreaksIn()
    {
        using var machine = Machine.Boot(new MachineOptions { KernelDebugging = KernelDebugging.Enabled });
        ScriptedKmdfDriver.Install(machine, "wdfkd", driver =>
        {
            WdfObjectDelete(driver);
            return STATUS_SUCCESS;
        });

        Assert.Equal(RunStatus.Break, machine.Services.Start("wdfkd"));
    }

    [Fact]
    public void NullHandle_IsRequiredParameterIsNull()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdfnull", _ =>
        {
            WdfObjectDelete(WDF_NO_HANDLE);
            return STATUS_SUCCESS;
        });

        var run = machine.Services.Start("wdfnull");

        MachineAssert.BugCheck(machine, run, WDF_VIOLATION, WDF_REQUIRED_PARAMETER_IS_NULL, 0, 0, Client(machine, "wdfnull").Address);
    }

    [Fact]
    public void WrongHandleType_IsInvalidHandleWithTheExpectedType()
    {
        using var machine = MachineAssert.Boot();
        WDFOBJECT general = default;
        ScriptedKmdfDriver.Install(machine, "wdftype", _ =>
        {
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out general);
            WdfDriverWdmGetDriverObject((WDFDRIVER)general);
            return STATUS_SUCCESS;
        });

        var run = machine.Services.Start("wdftype");

        // P3 is the type the DDI expected: FX_TYPE_DRIVER (fxtypes.h).
        MachineAssert.BugCheck(machine, run, WDF_VIOLATION, WDF_INVALID_HANDLE, general.Value, 0x1001, Client(machine, "wdftype").Address);
    }

    [Fact]
    public void DeleteThroughDereference_IsObjectError()
    {
        using var machine = MachineAssert.Boot();
        WDFOBJECT general = default;
        ScriptedKmdfDriver.Install(machine, "wdfderef", _ =>
        {
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out general);
            WdfObjectDereference(general);
            return STATUS_SUCCESS;
        });

        var run = machine.Services.Start("wdfderef");

        MachineAssert.BugCheck(machine, run, WDF_VIOLATION, WDF_OBJECT_ERROR, general.Value, 0, Client(machine, "wdfderef").Address);
    }

    private static FxDriverGlobals Client(Machine machine, string service) =>
        FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == service);
}
