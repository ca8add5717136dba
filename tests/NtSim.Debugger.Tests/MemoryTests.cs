namespace NtSim.Debugger.Tests;

/// <summary>db/dw/dd/dq/da/du and eb/ew/ed/eq on simulated memory, poi(), in WinDbg's layouts and words.</summary>
public sealed class MemoryTests
{
    [Fact]
    public void Db_DefaultCount_SixteenBytesALine_WithAscii()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/db", rig.Kd.Execute($"db {rig.At()}"));
    }

    [Fact]
    public void Db_ShortCount_PadsTheAsciiColumn()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/db-short", rig.Kd.Execute($"db {rig.At(0x40)} L5"));
    }

    [Fact]
    public void Db_PastThePoolExtent_QuestionMarks()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/db-unmapped", rig.Kd.Execute("db ffff8000`00000000 L20"));
    }

    [Fact]
    public void DwDdDq_ValuesLittleEndian()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/dw-dd-dq", rig.Kd.Execute($"dw {rig.At(0x40)} L8; dd {rig.At(0x40)} L8; dq {rig.At(0x40)} L4; dd 0 L4; dq 0 L2"));
    }

    [Fact]
    public void DaDu_StopAtTheNull()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/da-du", rig.Kd.Execute($"da {rig.At()}; du {rig.At(0x20)}; da 0"));
    }

    [Fact]
    public void Display_WithoutAddress_GoesOnWhereTheLastEnded()
    {
        using var rig = new MemoryRig();
        var first = rig.Kd.Execute($"dd {rig.At(0x40)} L4");
        var next = rig.Kd.Execute("dd");

        Assert.StartsWith(Engine.KdFormat.Pointer(rig.Block.Address + 0x50), next, StringComparison.Ordinal);
        Assert.NotEqual(first, next);
    }

    [Fact]
    public void Display_StartEndRange_IsInclusive()
    {
        using var rig = new MemoryRig();
        Assert.Equal(rig.Kd.Execute($"db {rig.At(0x40)} L8"), rig.Kd.Execute($"db {rig.At(0x40)} {rig.At(0x47)}"));
    }

    [Fact]
    public void EbEwEdEq_WriteTheMachinesMemory()
    {
        using var rig = new MemoryRig();
        var output = rig.Kd.Execute($"eb {rig.At(0x80)} 'N' 't' 0 ff; ew {rig.At(0x84)} 1234; ed {rig.At(0x88)} deadbeef; eq {rig.At(0x90)} 11223344`55667788");

        Assert.Equal("", output);
        ExpectedText.Matches("memory/enter", rig.Kd.Execute($"db {rig.At(0x80)} L20"));
        Assert.Equal(0xDEADBEEFu, BitConverter.ToUInt32(Peek(rig, 0x88, 4)));
    }

    [Fact]
    public void Poi_ReadsThePointer_UnreadableIsAMemoryAccessError()
    {
        using var rig = new MemoryRig();
        rig.Kd.Execute($"eq {rig.At(0x90)} {rig.At(0x40)}");

        Assert.Equal($"Evaluate expression: {(long)rig.Block.Address + 0x40} = {Engine.KdFormat.Pointer(rig.Block.Address + 0x40)}\n",
            rig.Kd.Execute($"? poi({rig.At(0x90)})"));
        Assert.Equal("Evaluate expression: 4 = 00000000`00000004\n", rig.Kd.Execute($"? poi( {rig.At(0x90)} ) - {rig.At(0x3c)}"));
        Assert.Equal("Memory access error at ')'\n", rig.Kd.Execute("? poi(0)"));
        Assert.Equal("Memory access error at ')+1'\n", rig.Kd.Execute("? poi(0)+1"));
        Assert.StartsWith(Engine.KdFormat.Pointer(rig.Block.Address + 0x40), rig.Kd.Execute($"dd poi({rig.At(0x90)}) L1"), StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_WinDbgsErrors()
    {
        using var rig = new MemoryRig();
        ExpectedText.Matches("memory/errors", rig.Kd.Execute(
            $"db nosuch; db 0 L0; db 0 L20000000; eb 0 1; eb {rig.At()} 100; ed {rig.At()}; ew ffff8000`00000000 1 2 3; dd 10 8"));
    }

    [Fact]
    public void Display_IsTheSameRunToRun()
    {
        using var one = new MemoryRig();
        using var two = new MemoryRig();
        Assert.Equal(one.At(), two.At());
        Assert.Equal(one.Kd.Execute($"db {one.At()} L40"), two.Kd.Execute($"db {two.At()} L40"));
    }

    private static byte[] Peek(MemoryRig rig, int offset, int length)
    {
        var bytes = new byte[length];
        Assert.True(Engine.KdMemory.TryRead(new Engine.KdContext(rig.Kd, TextWriter.Null), rig.Block.Address + (ulong)offset, bytes));
        return bytes;
    }
}
