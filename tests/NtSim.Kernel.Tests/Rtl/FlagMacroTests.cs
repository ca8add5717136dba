using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>SetFlag, ClearFlag, FlagOn and BooleanFlagOn (ntifs.h) with their C meaning.</summary>
public sealed class FlagMacroTests
{
    [Fact]
    public void SetFlagAndClearFlag_ChangeOnlyTheirBits()
    {
        var flags = DO_BUFFERED_IO;
        SetFlag(ref flags, DO_DIRECT_IO);
        Assert.Equal(DO_BUFFERED_IO | DO_DIRECT_IO, flags);
        ClearFlag(ref flags, DO_BUFFERED_IO);
        Assert.Equal(DO_DIRECT_IO, flags);

        byte small = 0x81;
        ClearFlag(ref small, (byte)0x80);
        Assert.Equal(0x01, small);

        var wide = 0UL;
        SetFlag(ref wide, 1UL << 63);
        Assert.Equal(1UL << 63, wide);
    }

    [Fact]
    public void FlagOn_IsTheMaskedValue_BooleanFlagOn_IsTrueOrFalse()
    {
        ushort flags = 0x0310;
        Assert.Equal(0x0300, FlagOn(flags, (ushort)0x0F00));
        Assert.Equal(0, FlagOn(flags, (ushort)0x0001));
        Assert.True(BooleanFlagOn(flags, (ushort)0x0200));
        Assert.False(BooleanFlagOn(flags, (ushort)0x0001));
        Assert.True(BooleanFlagOn(0x8000_0000u, 0x8000_0000u));
    }
}
