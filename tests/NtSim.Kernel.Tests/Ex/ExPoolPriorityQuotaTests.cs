using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Ex;

/// <summary>ExAllocatePoolWithTagPriority, ExAllocatePoolWithQuota and ExQueryPoolBlockSize.</summary>
public sealed class ExPoolPriorityQuotaTests
{
    private static readonly uint Tag = TAG("Prio");

    [Fact]
    public void ExAllocatePoolWithTagPriority_AllocatesTaggedPool_AtEveryPriority()
    {
        using var machine = Boot();
        var outstanding = 0L;
        Completed(machine, machine.Run(() =>
        {
            var low = ExAllocatePoolWithTagPriority(NonPagedPoolNx, 32, Tag, LowPoolPriority);
            var normal = ExAllocatePoolWithTagPriority(PagedPool, 32, Tag, NormalPoolPrioritySpecialPoolOverrun);
            var high = ExAllocatePoolWithTagPriority(NonPagedPoolNx, 5000, Tag, HighPoolPriority);
            outstanding = machine.Pool.QueryTag(Tag).Outstanding;
            ExFreePoolWithTag(low, Tag);
            ExFreePoolWithTag(normal, Tag);
            ExFreePoolWithTag(high, Tag);
        }));

        Assert.Equal(3, outstanding);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void ExAllocatePoolWithQuota_IsTaggedNone_AndChargedWithQuota()
    {
        using var machine = Boot();
        ulong size = 0, bigSize = 0;
        bool quota = false, plainQuota = true;
        Completed(machine, machine.Run(() =>
        {
            var block = ExAllocatePoolWithQuota(PagedPool, 70);
            size = ExQueryPoolBlockSize(block, out quota);
            var plain = ExAllocatePoolWithTag(NonPagedPoolNx, 64, Tag);
            ExQueryPoolBlockSize(plain, out plainQuota);
            var big = ExAllocatePoolWithTag(NonPagedPoolNx, 5000, Tag);
            bigSize = ExQueryPoolBlockSize(big, out _);
            ExFreePoolWithTag(block, TAG("None"));
            ExFreePool(plain);
            ExFreePool(big);
        }));

        Assert.Equal(80UL, size);   // 70 bytes and the 16-byte header, in 16-byte units, less the header
        Assert.True(quota);
        Assert.False(plainQuota);
        Assert.Equal(2 * PAGE_SIZE, bigSize);
    }

    [Fact]
    public void ExAllocatePoolWithQuota_OverTheLimit_RaisesUnlessAskedToFail()
    {
        using var machine = Boot();
        machine.Pool.NonPagedPoolLimit = 4096;
        NTSTATUS raised = STATUS_SUCCESS;
        var failed = new PVOID(1);
        Completed(machine, machine.Run(() =>
        {
            try
            {
                ExAllocatePoolWithQuota(NonPagedPoolNx, 1 << 20);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }

            failed = ExAllocatePoolWithQuota(NonPagedPoolNx | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE, 1 << 20);
        }));

        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, raised);
        Assert.True(failed.IsNull);
    }

    [Fact]
    public void ExQueryPoolBlockSize_OfAFreedBlock_IsAClearError()
    {
        using var machine = Boot();
        var message = "";
        Completed(machine, machine.Run(() =>
        {
            var block = ExAllocatePoolWithTag(NonPagedPoolNx, 64, Tag);
            ExFreePool(block);
            try
            {
                ExQueryPoolBlockSize(block, out _);
            }
            catch (ArgumentException e)
            {
                message = e.Message;
            }
        }));

        Assert.Contains("not the address of a live pool block", message);
    }

    [Fact]
    public void ExAllocatePoolWithTagPriority_PagedAboveApcLevel_BugChecksC4_01()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAllocatePoolWithTagPriority(PagedPool, 16, Tag, NormalPoolPriority);
        });

        // 0xC4/0x01: paged pool allocated above APC_LEVEL (P2 IRQL, P3 pool type, P4 bytes).
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x01, (ulong)DISPATCH_LEVEL, 1, 16);
    }
}
