namespace NtSim.Debugger.Tests;

/// <summary>!poolused, !pool and !poolfind on a machine with pool of several tags.</summary>
public sealed class PoolCommandTests
{
    [Theory]
    [InlineData("!poolused", "poolused")]
    [InlineData("!poolused 2", "poolused-nonpaged")]
    [InlineData("!poolused 4", "poolused-paged")]
    [InlineData("!poolused 0 Io*", "poolused-io-tags")]
    [InlineData("!poolused 0 Irp", "poolused-irp")]
    [InlineData("!poolused 0 K?P*", "poolused-wildcards")]
    public void PoolUsed_PerTag(string command, string expected)
    {
        using var rig = new IrpsRig();

        var output = rig.Kd.Execute(command);

        ExpectedText.Matches("pool/" + expected, output);
    }

    [Fact]
    public void PoolUsed_CountsMatchThePoolTracker()
    {
        using var rig = new IrpsRig();
        var irp = rig.Machine.Pool.QueryTag("Irp ");

        var row = rig.Kd.Execute("!poolused 0 Irp").Split('\n').Single(l => l.StartsWith(" Irp ", StringComparison.Ordinal));

        var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(irp.NonPagedAllocs - irp.NonPagedFrees, long.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(irp.NonPagedBytes, long.Parse(columns[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Pool_IrpAddress_MarksTheIrpsBlock()
    {
        using var rig = new IrpsRig();
        var irp = Convert.ToUInt64(rig.Irps[0].Irp, 16);

        var output = rig.Kd.Execute("!pool " + IrpsRig.Hex(irp));

        ExpectedText.Matches("pool/pool-irp", output);
        Assert.Contains("*" + IrpsRig.Hex(irp - 0x10) + " ", output, StringComparison.Ordinal);
        Assert.Contains("(Allocated) *Irp ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pool_OnlyTheBlock_Flag2()
    {
        using var rig = new IrpsRig();
        ExpectedText.Matches("pool/pool-flag2", rig.Kd.Execute($"!pool {IrpsRig.Hex(rig.Paged.Address + 8)} 2"));
    }

    [Fact]
    public void Pool_BigAllocation_FromTheBigPoolTable()
    {
        using var rig = new IrpsRig();
        ExpectedText.Matches("pool/pool-big", rig.Kd.Execute($"!pool {IrpsRig.Hex(rig.Big.Address + 0x1800)}"));
    }

    [Fact]
    public void Pool_OverrunHeader_ListsTheBlocksBeforeAndSaysWhere()
    {
        using var rig = new IrpsRig();
        // A 40-byte block takes 4 units with its header: 48 bytes of body, then the next block's header.
        rig.Overrun(rig.Paged, 48 + 8);

        ExpectedText.Matches("pool/pool-corrupt", rig.Kd.Execute("!pool " + IrpsRig.Hex(rig.Paged.Address)));
    }

    [Theory]
    [InlineData("!poolfind Irp", "poolfind-irp")]
    [InlineData("!poolfind KdBg", "poolfind-big")]
    [InlineData("!poolfind KdPg 1", "poolfind-paged")]
    [InlineData("!poolfind 0x6c6c6548", "poolfind-value")]
    public void PoolFind_EveryBlockOfTheTag(string command, string expected)
    {
        using var rig = new IrpsRig();
        ExpectedText.Matches("pool/" + expected, rig.Kd.Execute(command));
    }

    [Theory]
    [InlineData("!poolused 6", "poolused-2-and-4")]
    [InlineData("!poolused 8", "poolused-session")]
    [InlineData("!poolused 0 TooLong", "poolused-bad-tag")]
    [InlineData("!pool", "pool-usage")]
    [InlineData("!pool 1234", "pool-not-pool")]
    [InlineData("!poolfind", "poolfind-usage")]
    [InlineData("!poolfind Irp 2", "poolfind-special")]
    [InlineData("!poolfind 0xzz", "poolfind-bad-value")]
    [InlineData("!pool ffffffff`ffffffff", "pool-top-address")]
    [InlineData("!pool 0 1 2", "pool-too-many")]
    public void BadArguments_ClearErrorLine(string command, string expected)
    {
        using var machine = Machine.Boot();
        ExpectedText.Matches("pool/" + expected, new KernelDebugger(machine).Execute(command));
    }
}
