namespace NtSim.Tests.Ex;

public sealed class PoolTagTableTests
{
    [Fact]
    public void Allocated_ManyTagsPastGrowth_EachRowKeepsItsCounts()
    {
        var table = new PoolTagTable();
        var rows = new Dictionary<uint, int>();
        for (uint i = 0; i < 1000; i++)
        {
            // Tags that differ only in their high bytes collide in POOLTAG_HASH's low bits often.
            var tag = 0x2020_2020u + (i << 16) + i;
            rows[tag] = table.Allocated(tag, paged: (i & 1) != 0, 16 * (i + 1));
        }

        foreach (var (tag, row) in rows)
        {
            Assert.Equal(row, table.Allocated(tag, paged: false, 32));
            table.Freed(row, paged: false, 32);
        }

        for (uint i = 0; i < 1000; i++)
        {
            var tag = 0x2020_2020u + (i << 16) + i;
            var usage = table.Query(tag);
            var paged = (i & 1) != 0;
            Assert.Equal(tag, usage.Tag);
            Assert.Equal(paged ? 1 : 0, usage.PagedAllocs);
            Assert.Equal(paged ? (long)(16 * (i + 1)) : 0, usage.PagedBytes);
            Assert.Equal(paged ? 1 : 2, usage.NonPagedAllocs);
            Assert.Equal(1, usage.NonPagedFrees);
            Assert.Equal(paged ? 0 : (long)(16 * (i + 1)), usage.NonPagedBytes);
        }

        Assert.Equal(1000, table.Snapshot().Count);
        Assert.Equal(new PoolTagUsage { Tag = 0x1234 }, table.Query(0x1234));
    }
}
