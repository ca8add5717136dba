using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

/// <summary>Quota blocks and the pool limits a machine's memory size sets.</summary>
public sealed class ExPoolLimitTests
{
    private static readonly uint Tag = TAG("Lim ");

    [Fact]
    public void ExAllocatePoolWithQuotaTag_HeaderPoolTypeHasTheQuotaBit()
    {
        using var machine = Boot();
        byte paged = 0, nonPaged = 0, pool2 = 0, plain = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ExAllocatePoolWithQuotaTag(PagedPool, 64, Tag);
            var b = ExAllocatePoolWithQuotaTag(NonPagedPoolNx, 64, Tag);
            var c = ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_USE_QUOTA, 64, Tag);
            var d = ExAllocatePoolWithTag(PagedPool, 64, Tag);
            (paged, nonPaged, pool2, plain) = (Header(a).PoolType, Header(b).PoolType, Header(c).PoolType, Header(d).PoolType);
            foreach (var p in (PVOID[])[a, b, c, d])
            {
                ExFreePoolWithTag(p, Tag);
            }
        }));
        // (base type | POOL_QUOTA_MASK 8) + 1
        Assert.Equal((byte)10, paged);
        Assert.Equal((byte)9, nonPaged);
        Assert.Equal((byte)10, pool2);
        Assert.Equal((byte)2, plain);
    }

    [Fact]
    public void ExAllocatePool2_TwoGigabytesPagedOnADefaultMachine_Succeeds()
    {
        using var machine = Boot();
        var address = PVOID.NULL;
        ulong inUse = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            address = ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_UNINITIALIZED, 2_000_000_000, Tag);
            inUse = machine.Pool.PagedBytesInUse;
            if (!address.IsNull)
            {
                ExFreePoolWithTag(address, Tag);
            }
        }));
        Assert.False(address.IsNull);
        Assert.True(inUse >= 2_000_000_000);
        Assert.Equal(4UL << 30, machine.Pool.PagedPoolLimit);
        Assert.Equal(4UL << 30, machine.Pool.NonPagedPoolLimit);
    }

    [Fact]
    public void MemoryMegabytes_OneGigabyte_LimitsBothPoolsToIt()
    {
        using var machine = Machine.Boot(new MachineOptions { MemoryMegabytes = 1024 });
        var address = new PVOID(1);
        MachineAssert.Completed(machine, machine.Run(() => address = ExAllocatePool2(POOL_FLAG_PAGED, 2_000_000_000, Tag)));
        Assert.True(address.IsNull);
        Assert.Equal(1UL << 30, machine.Pool.PagedPoolLimit);
        Assert.Equal(1UL << 30, machine.Pool.NonPagedPoolLimit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(65537)]
    public void MemoryMegabytes_OutOfRange_ThrowsNamingTheOption(int megabytes)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Machine.Boot(new MachineOptions { MemoryMegabytes = megabytes }));
        Assert.Equal("MemoryMegabytes", e.ParamName);
    }
}
