using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>A NULL argument that a DDI dereferences is an access violation in the caller, as on
/// Windows: catchable as with __try/__except, and 0xC0000005 in the bug check when it is not
/// caught. Where Windows accepts NULL, NtSim accepts it.</summary>
public sealed class NullArgumentTests
{
    [Fact]
    public void KeSetEvent_NullEvent_RaisesAccessViolationTheDriverCanCatch()
    {
        using var machine = Boot();
        NTSTATUS caught = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            try
            {
                KeSetEvent(null!, IO_NO_INCREMENT, false);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));

        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
    }

    [Fact]
    public void IoDeleteDevice_NullInASystemThread_IsSystemThreadExceptionWithAccessViolation()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => IoDeleteDevice(null!), null);
            ZwClose(handle);
        });

        // SYSTEM_THREAD_EXCEPTION_NOT_HANDLED: P1 the exception code (STATUS_ACCESS_VIOLATION), not .NET's 0xE0434352.
        BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
    }

    [Fact]
    public void KeInitializeDpc_NullDeferredRoutine_SucceedsAndFaultsWhenTheDpcRuns()
    {
        using var machine = Boot(processors: 1);
        var initialized = false;
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, null, null);
            initialized = true;
            KeInsertQueueDpc(dpc, null, null);
        });

        Assert.True(initialized);
        // The DPC calls address 0 at DISPATCH_LEVEL: IRQL_NOT_LESS_OR_EQUAL (0, IRQL 2, 8 = execute, 0).
        BugCheck(machine, status, IRQL_NOT_LESS_OR_EQUAL, 0, (ulong)DISPATCH_LEVEL, 8, 0);
    }

    [Fact]
    public void IoBuildAsynchronousFsdRequest_NullIoStatusBlock_IsAccepted()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var device = Io.IoTestDriver.LoadWithDevice("Target", _ => { });
            var irp = IoBuildAsynchronousFsdRequest(IRP_MJ_FLUSH_BUFFERS, device, PVOID.NULL, 0, null, null);
            Assert.NotNull(irp);
            IoFreeIrp(irp!);
        }));
    }
}
