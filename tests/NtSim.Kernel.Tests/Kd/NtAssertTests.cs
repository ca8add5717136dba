using System.Diagnostics;
using System.Reflection;
using static NtSim.Tests.Kd.AssertMachines;
using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

/// <summary>NT_ASSERT, NT_ASSERTMSG(W), NT_VERIFY and NT_VERIFYMSG on checked and free drivers, with
/// and without a kernel debugger.</summary>
public sealed class NtAssertTests
{
    [Fact]
    public void NtAssert_Checked_NoDebugger_SystemThread_BugChecks7EWithAssertionFailure()
    {
        using var machine = Boot(isChecked: true);
        var value = 1;
        var line = 0;
        var status = machine.Run(() =>
        {
            line = LineHere(); NT_ASSERT(value == 2);
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        Assert.Contains("NT_ASSERT(value == 2) failed at NtAssertTests.cs:" + line, info.Account);
        Assert.EndsWith("NtAssertTests.cs:" + line, info.Location);
        Assert.Contains("STATUS_ASSERTION_FAILURE", info.Detail);
    }

    [Fact]
    public void NtAssert_Checked_NoDebugger_InDpc_BugChecks1E()
    {
        using var machine = Boot(isChecked: true);
        var line = 0;
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                line = LineHere(); NT_ASSERT(KeGetCurrentIrql() == PASSIVE_LEVEL);
            }, null);
            KeInsertQueueDpc(dpc, null, null);
        });
        var info = MachineAssert.BugCheck(machine, status, KMODE_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        Assert.Contains("NT_ASSERT(KeGetCurrentIrql() == PASSIVE_LEVEL)", info.Account);
        Assert.EndsWith("NtAssertTests.cs:" + line, info.Location);
    }

    [Fact]
    public void NtAssert_Checked_DebuggingEnabledButNotConnected_BugChecksAsWithout()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Enabled);
        var status = machine.Run(() => NT_ASSERT(false));
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        Assert.Null(machine.Debugger.Break);
    }

    [Fact]
    public void NtAssert_Checked_DriverHandlesTheException_GoesOn()
    {
        // STATUS_ASSERTION_FAILURE is an exception like any other: a driver's __except sees it.
        using var machine = Boot(isChecked: true);
        NTSTATUS caught = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                NT_ASSERT(false);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));
        Assert.Equal(STATUS_ASSERTION_FAILURE, caught);
    }

    [Fact]
    public void NtAssert_Checked_DebuggerAttached_BreaksWithReport_AndGoesOnAfterGo()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        var value = 1;
        var line = 0;
        var after = false;
        var status = machine.Run(() =>
        {
            line = LineHere(); NT_ASSERT(value == 2);
            after = true;
        });

        Assert.Equal(RunStatus.Break, status);
        Assert.False(machine.IsHalted);
        Assert.Null(machine.BugCheck);
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal(STATUS_ASSERTION_FAILURE, report.Code);
        Assert.Equal("value == 2", report.Assertion);
        Assert.Null(report.Message);
        Assert.EndsWith("NtAssertTests.cs", report.File);
        Assert.Equal(line, report.Line);
        Assert.EndsWith("NtAssertTests.cs:" + line, report.Location);
        Assert.True(report.DebuggerAttached);
        Assert.StartsWith("Assertion failure - code c0000420 (first chance)", report.ToString());
        Assert.Contains("Assertion: value == 2", report.ToString());
        Assert.False(after);

        // A run without Go finds the machine still broken in.
        Assert.Equal(RunStatus.Break, machine.RunUntilIdle());
        Assert.False(after);

        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.True(after);
        Assert.Null(machine.Debugger.Break);
    }

    [Fact]
    public void NtAssert_Checked_DebuggerAttached_AtDispatchLevel_BreaksAndResumes()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        KIRQL irqlAfter = PASSIVE_LEVEL;
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                NT_ASSERT(KeGetCurrentIrql() == PASSIVE_LEVEL);
                irqlAfter = KeGetCurrentIrql();
            }, null);
            KeInsertQueueDpc(dpc, null, null);
        });
        Assert.Equal(RunStatus.Break, status);
        Assert.Equal("KeGetCurrentIrql() == PASSIVE_LEVEL", machine.Debugger.Break?.Assertion);
        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.Equal(DISPATCH_LEVEL, irqlAfter);
    }

    [Fact]
    public void NtAssert_Free_FalseExpression_DoesNothing()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        var after = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            NT_ASSERT(false);
            NT_ASSERTMSG("never shown", false);
            NT_ASSERTMSGW("never shown", false);
            after = true;
        }));
        Assert.True(after);
        Assert.Null(machine.Debugger.Break);
        Assert.Empty(Breaks(machine));
    }

    [Fact]
    public void NtAssert_Passing_CostsNothingVisible()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            NT_ASSERT(true);
            NT_ASSERTMSG("fine", 1 + 1 == 2);
            ASSERT(true);
            ASSERTMSG("fine", true);
            Assert.True(NT_VERIFY(true));
        }));
        Assert.Null(machine.Debugger.Break);
        Assert.Empty(Breaks(machine));
        Assert.Empty(machine.DebugOutput.Messages);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NtAssertMsg_Checked_NoDebugger_AccountHasMessageAndExpression(bool wide)
    {
        using var machine = Boot(isChecked: true);
        var count = 3;
        var status = machine.Run(() =>
        {
            if (wide)
            {
                NT_ASSERTMSGW("count must be even", count % 2 == 0);
            }
            else
            {
                NT_ASSERTMSG("count must be even", count % 2 == 0);
            }
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        Assert.Contains((wide ? "NT_ASSERTMSGW" : "NT_ASSERTMSG") + "(\"count must be even\", count % 2 == 0) failed at NtAssertTests.cs:", info.Account);
    }

    [Fact]
    public void NtAssertMsg_Checked_DebuggerAttached_ReportHasMessage()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(() => NT_ASSERTMSG("the queue is empty", 0 > 1)));
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal("the queue is empty", report.Message);
        Assert.Equal("0 > 1", report.Assertion);
        Assert.Contains("Message: the queue is empty", report.ToString());
    }

    [Fact]
    public void NtVerify_Free_EvaluatesAndReturnsTheValue()
    {
        using var machine = Boot(isChecked: false);
        var evaluations = 0;
        bool first = true, second = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = NT_VERIFY(++evaluations == 2);
            second = NT_VERIFYMSG("second", ++evaluations == 2);
        }));
        Assert.Equal(2, evaluations);
        Assert.False(first);
        Assert.True(second);
    }

    [Fact]
    public void NtVerify_Checked_NoDebugger_BugChecks()
    {
        using var machine = Boot(isChecked: true);
        var line = 0;
        var status = machine.Run(() =>
        {
            line = LineHere(); _ = NT_VERIFY(KeGetCurrentIrql() == DISPATCH_LEVEL);
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        Assert.Contains("NT_VERIFY(KeGetCurrentIrql() == DISPATCH_LEVEL) failed at NtAssertTests.cs:" + line, info.Account);
    }

    [Fact]
    public void NtVerifyMsg_Checked_DebuggerAttached_BreaksThenReturnsFalse()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        bool? result = null;
        Assert.Equal(RunStatus.Break, machine.Run(() => result = NT_VERIFYMSG("must hold", 2 < 1)));
        Assert.Equal("must hold", machine.Debugger.Break?.Message);
        Assert.Null(result);
        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.False(result);
    }

    [Fact]
    public void NtAssert_CheckedByDefault_FollowsTheDriversBuildConfiguration()
    {
        // MachineOptions.Checked null: this test assembly is the driver; its Debug or Release build decides.
#if DEBUG
        var debugBuild = true;
#else
        var debugBuild = false;
#endif
        Assert.Equal(debugBuild, typeof(NtAssertTests).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true);
        using var machine = Machine.Boot(new MachineOptions { Processors = 1 });
        var status = machine.Run(() => NT_ASSERT(false));
        if (debugBuild)
        {
            MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000420, 0, 0, 0);
        }
        else
        {
            MachineAssert.Completed(machine, status);
        }
    }

    [Fact]
    public void NtAssert_FailingOnAHostThread_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => NT_ASSERT(false));
        Assert.Contains("NT_ASSERT", e.Message);
    }

    [Fact]
    public void NtAssert_ConcurrentMode_DebuggerAttached_BreaksAndGoes()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached, ExecutionMode.Concurrent);
        var after = false;
        var status = machine.Run(() =>
        {
            NT_ASSERT(after);
            after = true;
        });
        Assert.Equal(RunStatus.Break, status);
        Assert.Equal("after", machine.Debugger.Break?.Assertion);
        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.True(after);
    }

    [Fact]
    public void Break_ConcurrentMode_AnotherProcessorsThreadFreezesAtItsNextDdi_UntilGo()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, KernelDebugging = KernelDebugging.Attached, Mode = ExecutionMode.Concurrent });
        var stop = false;
        var calls = 0L;
        var status = machine.Run(() =>
        {
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, context =>
            {
                while (!Volatile.Read(ref stop))
                {
                    KeQuerySystemTime(out _);
                    Interlocked.Increment(ref calls);
                }
            }, null);
            ZwClose(handle);
            // Let the spinning thread get going on the other processor, then break in on this one.
            while (Interlocked.Read(ref calls) == 0)
            {
                Thread.SpinWait(10);
            }

            DbgBreakPoint();
        });

        Assert.Equal(RunStatus.Break, status);
        // The spinning thread stands still at its next DDI (a bounded wait on the condition, not a sleep).
        Assert.True(SpinWait.SpinUntil(() => machine.Debugger.Frozen == 1, TimeSpan.FromSeconds(30)), "the other processor's thread never froze");
        var frozenAt = Interlocked.Read(ref calls);
        Assert.Equal(1, machine.Debugger.Frozen);
        Assert.Equal(frozenAt, Interlocked.Read(ref calls));

        Volatile.Write(ref stop, true);
        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.Equal(0, machine.Debugger.Frozen);
    }
}
