using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>The per-thread and per-request I/O routines: IoGet/SetTopLevelIrp, the requestor's
/// process, IoIs32bitProcess, the stack limits, IoIsSystemThread and the IRP priority hint.</summary>
public sealed class IoThreadTests
{
    [Fact]
    public void IoSetTopLevelIrp_IrpThenFlagThenNull_IoGetTopLevelIrpReturnsEachOnThisThreadOnly()
    {
        using var machine = MachineAssert.Boot();
        var seen = new List<IRP?>();
        IRP? onOtherThread = FSRTL_CACHE_TOP_LEVEL_IRP;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var irp = IoAllocateIrp(1, false)!;
            seen.Add(IoGetTopLevelIrp());
            IoSetTopLevelIrp(irp);
            seen.Add(IoGetTopLevelIrp());
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => onOtherThread = IoGetTopLevelIrp(), null);
            ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread);
            KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
            ObDereferenceObject(thread!);
            ZwClose(handle);
            IoSetTopLevelIrp(FSRTL_FSP_TOP_LEVEL_IRP);
            seen.Add(IoGetTopLevelIrp());
            IoSetTopLevelIrp(null);
            seen.Add(IoGetTopLevelIrp());
            IoFreeIrp(irp);
        }));

        Assert.Null(seen[0]);
        Assert.NotNull(seen[1]);
        Assert.True(seen[1]!.Address > FSRTL_MAX_TOP_LEVEL_IRP_FLAG);
        Assert.Same(FSRTL_FSP_TOP_LEVEL_IRP, seen[2]);
        Assert.True(seen[2]!.Address <= FSRTL_MAX_TOP_LEVEL_IRP_FLAG);
        Assert.Null(seen[3]);
        Assert.Null(onOtherThread);
    }

    [Fact]
    public void IoCallDriver_WithAnFsrtlFlagForAnIrp_BugChecksAsANonIrp()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Flag", _ => { });
            IoCallDriver(device, FSRTL_CACHE_TOP_LEVEL_IRP);
        });

        // 0xC9/0x03 (DRIVER_VERIFIER_IOMANAGER_VIOLATION): IoCallDriver with something that is not an IRP, P2 its address.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x03, 0x02, 0, 0);
    }

    [Fact]
    public void IoSetTopLevelIrp_AboveDispatchLevel_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoSetTopLevelIrp(null);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (<= DISPATCH_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
        Assert.Contains("IoSetTopLevelIrp called at IRQL 15", machine.BugCheck!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void IoGetRequestorProcess_SystemThreadsIrp_IsTheSystemProcess_AndNullForAnIrpNoThreadIssued()
    {
        using var machine = MachineAssert.Boot();
        EPROCESS? requestor = null;
        EPROCESS? unqueued = null;
        uint requestorId = 0;
        EPROCESS? current = null;
        bool is32 = true, system = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Req", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                requestor = IoGetRequestorProcess(irp);
                requestorId = IoGetRequestorProcessId(irp);
                is32 = IoIs32bitProcess(irp);
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            });
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, TAG("Reqp"));

            // IoBuildSynchronousFsdRequest queues the IRP to the calling thread, which makes it the requestor.
            IoCallDriver(device, IoBuildSynchronousFsdRequest(IRP_MJ_READ, device, buffer, 8, null, evt, new IO_STATUS_BLOCK())!);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
            ExFreePoolWithTag(buffer, TAG("Reqp"));
            var loose = IoAllocateIrp(1, false)!;
            unqueued = IoGetRequestorProcess(loose);
            IoFreeIrp(loose);
            current = IoGetCurrentProcess();
            system = IoIsSystemThread(KeGetCurrentThread());
        }));

        Assert.NotNull(requestor);
        Assert.Same(current, requestor);
        Assert.Equal(4u, requestorId);
        Assert.False(is32);
        Assert.Null(unqueued);
        Assert.True(system);
    }

    [Fact]
    public void IoGetStackLimits_BracketTheCallersFrame_AndRemainingStackIsWhatLiesBelowIt()
    {
        using var machine = MachineAssert.Boot();
        ulong low = 0, high = 0, remaining = 0, deeper = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoGetStackLimits(out low, out high);
            remaining = IoGetRemainingStackSize();
            deeper = Recurse(8);
        }));

        Assert.True(low > 0 && low < high, $"limits [0x{low:x}, 0x{high:x}]");
        Assert.InRange(remaining, 1UL, high - low - 1);
        Assert.True(deeper < remaining, $"eight frames deeper, {deeper} bytes remain; at the top {remaining}");
    }

    [Fact]
    public void IoSetIoPriorityHint_ValidHintIsKept_OutOfRangeIsInvalidParameter_NewIrpIsNormal()
    {
        using var machine = MachineAssert.Boot();
        var hints = new List<IO_PRIORITY_HINT>();
        var statuses = new List<NTSTATUS>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var irp = IoAllocateIrp(1, false)!;
            hints.Add(IoGetIoPriorityHint(irp));
            statuses.Add(IoSetIoPriorityHint(irp, IO_PRIORITY_HINT.IoPriorityLow));
            hints.Add(IoGetIoPriorityHint(irp));
            statuses.Add(IoSetIoPriorityHint(irp, IO_PRIORITY_HINT.MaxIoPriorityTypes));
            hints.Add(IoGetIoPriorityHint(irp));
            IoFreeIrp(irp);
            var reused = IoAllocateIrp(1, false)!;
            hints.Add(IoGetIoPriorityHint(reused));
            IoFreeIrp(reused);
        }));

        Assert.Equal([IO_PRIORITY_HINT.IoPriorityNormal, IO_PRIORITY_HINT.IoPriorityLow, IO_PRIORITY_HINT.IoPriorityLow, IO_PRIORITY_HINT.IoPriorityNormal], hints);
        Assert.Equal([STATUS_SUCCESS, STATUS_INVALID_PARAMETER], statuses);
    }

    [Fact]
    public void IoIsErrorUserInduced_MediaAndReadinessStatuses_AreUserInduced_OthersAreNot()
    {
        Assert.True(IoIsErrorUserInduced(STATUS_NO_MEDIA_IN_DEVICE));
        Assert.True(IoIsErrorUserInduced(STATUS_VERIFY_REQUIRED));
        Assert.True(IoIsErrorUserInduced(STATUS_MEDIA_WRITE_PROTECTED));
        Assert.False(IoIsErrorUserInduced(STATUS_INVALID_PARAMETER));
        Assert.False(IoIsErrorUserInduced(STATUS_SUCCESS));
        Assert.Equal((ushort)(0xD0 + (3 * 0x48)), IoSizeOfIrp(3));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ulong Recurse(int depth) => depth == 0 ? IoGetRemainingStackSize() : Recurse(depth - 1) + 0;
}
