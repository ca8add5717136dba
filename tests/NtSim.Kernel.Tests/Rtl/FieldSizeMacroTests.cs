using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>RTL_FIELD_SIZE, RTL_SIZEOF_THROUGH_FIELD and RTL_CONTAINS_FIELD on a versioned
/// structure, as a driver checks a caller's buffer against the fields it knows.</summary>
public sealed class FieldSizeMacroTests
{
    [Fact]
    public void RtlSizeofThroughField_VersionedStructure_CountsUpToTheEndOfTheField()
    {
        Assert.Equal(4, RTL_FIELD_SIZE((ref Versioned v) => ref v.Size));
        Assert.Equal(8, RTL_FIELD_SIZE((ref Versioned v) => ref v.Added));
        Assert.Equal(8, RTL_SIZEOF_THROUGH_FIELD((ref Versioned v) => ref v.Flags));
        Assert.Equal(16, RTL_SIZEOF_THROUGH_FIELD((ref Versioned v) => ref v.Added));
        Assert.Equal(Marshal.SizeOf<Versioned>(), RTL_SIZEOF_THROUGH_FIELD((ref Versioned v) => ref v.Added));
    }

    [Fact]
    public void RtlContainsField_AnOlderCallersSize_LacksTheNewerField()
    {
        const int version1Size = 8;
        Assert.True(RTL_CONTAINS_FIELD(version1Size, (ref Versioned v) => ref v.Flags));
        Assert.False(RTL_CONTAINS_FIELD(version1Size, (ref Versioned v) => ref v.Added));
        Assert.True(RTL_CONTAINS_FIELD(16, (ref Versioned v) => ref v.Added));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Versioned
    {
        public uint Size;
        public uint Flags;
        public ulong Added;
    }
}
