using static NtSim.Wdm;

namespace NtSim.Tests.Se;

/// <summary>The SDDL parser: the wdmsec.h strings to their ACEs and back, the full forms INF files use, and
/// the strings it refuses with a message saying why.</summary>
public sealed class SddlTests
{
    public static TheoryData<string, string, string[]> DevObjStrings => new()
    {
        { nameof(SDDL_DEVOBJ_KERNEL_ONLY), SDDL_DEVOBJ_KERNEL_ONLY.ToString(), [] },
        { nameof(SDDL_DEVOBJ_SYS_ALL), SDDL_DEVOBJ_SYS_ALL.ToString(), ["A 10000000 S-1-5-18"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_ALL), SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString(), ["A 10000000 S-1-5-18", "A 10000000 S-1-5-32-544"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_RX), SDDL_DEVOBJ_SYS_ALL_ADM_RX.ToString(), ["A 10000000 S-1-5-18", "A A0000000 S-1-5-32-544"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R), SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R.ToString(),
            ["A 10000000 S-1-5-18", "A E0000000 S-1-5-32-544", "A 80000000 S-1-1-0"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R), SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R.ToString(),
            ["A 10000000 S-1-5-18", "A E0000000 S-1-5-32-544", "A 80000000 S-1-1-0", "A 80000000 S-1-5-12"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R), SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R.ToString(),
            ["A 10000000 S-1-5-18", "A E0000000 S-1-5-32-544", "A C0000000 S-1-1-0", "A 80000000 S-1-5-12"] },
        { nameof(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX), SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX.ToString(),
            ["A 10000000 S-1-5-18", "A E0000000 S-1-5-32-544", "A E0000000 S-1-1-0", "A E0000000 S-1-5-12"] },
    };

    [Theory]
    [MemberData(nameof(DevObjStrings))]
    public void Parse_DevObjString_GivesItsAcesAndFormatsBackToTheSameText(string name, string sddl, string[] aces)
    {
        Assert.True(Sddl.TryParse(sddl, deviceSubset: true, out var descriptor, out var error), $"{name}: {error}");

        Assert.Equal(SE_DACL_PRESENT | SE_DACL_PROTECTED, descriptor!.Control);
        Assert.Null(descriptor.Owner);
        Assert.Equal(aces, descriptor.Dacl!.Aces.Select(a => $"{(a.Type == ACCESS_ALLOWED_ACE_TYPE ? "A" : "?")} {a.Mask:X8} {a.Sid}"));
        Assert.All(descriptor.Dacl.Aces, a => Assert.Equal(0, a.Flags));
        Assert.Equal(sddl, Sddl.Format(descriptor));
    }

    [Fact]
    public void Parse_FullForm_OwnerGroupDenyAceInheritanceFlagsFileRightsAndLiteralSid()
    {
        const string text = "O:BAG:SYD:PAI(D;;FA;;;AN)(A;OICIIO;FRFX;;;BU)(A;;0x1f01ff;;;S-1-5-21-1-2-3-1001)";

        Assert.True(Sddl.TryParse(text, deviceSubset: false, out var descriptor, out var error), error);

        Assert.Equal("S-1-5-32-544", descriptor!.Owner!.ToString());
        Assert.Equal("S-1-5-18", descriptor.Group!.ToString());
        Assert.Equal(SE_DACL_PRESENT | SE_DACL_PROTECTED | SE_DACL_AUTO_INHERITED, descriptor.Control);
        var aces = descriptor.Dacl!.Aces;
        Assert.Equal((ACCESS_DENIED_ACE_TYPE, FILE_ALL_ACCESS, "S-1-5-7"), (aces[0].Type, aces[0].Mask, aces[0].Sid.ToString()));
        Assert.Equal(OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE | INHERIT_ONLY_ACE, aces[1].Flags);
        Assert.Equal(FILE_GENERIC_READ | FILE_GENERIC_EXECUTE, aces[1].Mask);
        Assert.Equal("S-1-5-21-1-2-3-1001", aces[2].Sid.ToString());
        Assert.Equal(0x1F01FFu, aces[2].Mask);
        Assert.Equal((ushort)(8 + 3 * 8 + 12 + 16 + 28), descriptor.Dacl.AclSize);
    }

    [Fact]
    public void Parse_OrdinaryDeviceForm_GenericRightsSequence()
    {
        Assert.True(Sddl.TryParse("D:P(A;;GA;;;SY)(A;;GRGW;;;BA)", deviceSubset: true, out var descriptor, out _));

        Assert.Equal(GENERIC_READ | GENERIC_WRITE, descriptor!.Dacl!.Aces[1].Mask);
        Assert.Equal("D:P(A;;GA;;;SY)(A;;GRGW;;;BA)", descriptor.ToString());
    }

    [Fact]
    public void Parse_SaclWithLabelAndAuditAces_KeptAndFormattedBack_MoreAliases()
    {
        const string text = "D:P(A;;GA;;;SY)(A;;GR;;;UD)(A;;GR;;;AC)S:(ML;;NW;;;LW)(AU;SAFA;GA;;;WD)";

        Assert.True(Sddl.TryParse(text, deviceSubset: false, out var descriptor, out var error), error);

        Assert.Equal(SE_DACL_PRESENT | SE_DACL_PROTECTED | SE_SACL_PRESENT, descriptor!.Control);
        Assert.Equal("S-1-5-84-0-0-0-0-0", descriptor.Dacl!.Aces[1].Sid.ToString());
        Assert.Equal("S-1-15-2-1", descriptor.Dacl.Aces[2].Sid.ToString());
        Assert.Equal(["S-1-16-4096", "S-1-1-0"], descriptor.Sacl!.Aces.Select(a => a.Sid.ToString()));
        Assert.Equal(0xC0, descriptor.Sacl.Aces[1].Flags);
        Assert.Equal(text, Sddl.Format(descriptor));
    }

    [Fact]
    public void Parse_NoAccessControl_IsANullDacl()
    {
        Assert.True(Sddl.TryParse("D:NO_ACCESS_CONTROL", deviceSubset: false, out var descriptor, out _));

        Assert.Equal(SE_DACL_PRESENT, descriptor!.Control);
        Assert.Null(descriptor.Dacl);
        Assert.False(descriptor.HasDacl);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("X:P", "expected O:, G:, D: or S:")]
    [InlineData("D:P(A;;GQ;;;SY)", "unknown access right 'GQ'")]
    [InlineData("D:P(A;;GA;;;XX)", "'XX' is not a SID")]
    [InlineData("D:P(A;;GA;;SY)", "has 5 fields")]
    [InlineData("D:P(A;;GA;;;SY", "missing its ')'")]
    [InlineData("D:P(Z;;GA;;;SY)", "ACE type 'Z'")]
    [InlineData("D:P(A;;0xZZ;;;SY)", "not a hexadecimal access mask")]
    [InlineData("D:PQ(A;;GA;;;SY)", "unknown ACL flag")]
    [InlineData("D:P(A;XX;GA;;;SY)", "unknown ACE flag 'XX'")]
    [InlineData("D:P(A;;GA;;;S-1-x-5)", "is not a SID")]
    public void Parse_BadSddl_RefusedWithTheReason(string text, string reason)
    {
        Assert.False(Sddl.TryParse(text, deviceSubset: false, out var descriptor, out var error));

        Assert.Null(descriptor);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("D:(A;;GA;;;SY)", "must begin with \"D:P\"")]
    [InlineData("O:BAD:P(A;;GA;;;SY)", "must begin with \"D:P\"")]
    [InlineData("D:P(D;;GA;;;SY)", "ACE type 'D'")]
    [InlineData("D:P(A;CI;GA;;;SY)", "take no flags")]
    [InlineData("D:P(A;;FA;;;SY)", "unknown access right 'FA'")]
    [InlineData("D:PAI(A;;GA;;;SY)", "takes only the flag P")]
    [InlineData("D:P(A;;GA;;;SY)S:P", "only a DACL")]
    public void Parse_OutsideTheDeviceSubset_RefusedForIoCreateDeviceSecure(string text, string reason)
    {
        Assert.False(Sddl.TryParse(text, deviceSubset: true, out _, out var error));

        Assert.Contains(reason, error);
        Assert.Contains("for a device object", error);
    }
}
