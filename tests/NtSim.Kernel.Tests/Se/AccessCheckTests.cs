using static NtSim.Wdm;

namespace NtSim.Tests.Se;

/// <summary>SeAccessCheck's algorithm against the three accounts, on device descriptors.</summary>
public sealed class AccessCheckTests
{
    private static readonly GenericMapping s_file = ObjectTypes.Device.GenericMapping;
    private const uint ReadWrite = GENERIC_READ | GENERIC_WRITE | SYNCHRONIZE | FILE_READ_ATTRIBUTES;

    private static SECURITY_DESCRIPTOR Parse(string sddl)
    {
        Assert.True(Sddl.TryParse(sddl, deviceSubset: false, out var descriptor, out var error), error);
        return descriptor!;
    }

    [Theory]
    [InlineData(ProcessAccount.LocalSystem, true)]
    [InlineData(ProcessAccount.ElevatedAdministrator, true)]
    [InlineData(ProcessAccount.StandardUser, false)]
    public void Check_SysAllAdmAll_SystemAndAdministratorsOnly(ProcessAccount account, bool allowed)
    {
        var ok = AccessCheck.Check(Parse(SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString()), AccessTokens.For(account), ReadWrite, 0, s_file, out var granted, out var status);

        Assert.Equal(allowed, ok);
        Assert.Equal(allowed ? STATUS_SUCCESS : STATUS_ACCESS_DENIED, status);
        Assert.Equal(allowed ? 0x0012019Fu : 0u, granted);
    }

    [Fact]
    public void Check_AdmRx_WriteRefusedReadGranted()
    {
        var descriptor = Parse(SDDL_DEVOBJ_SYS_ALL_ADM_RX.ToString());
        var admin = AccessTokens.Administrator();

        Assert.False(AccessCheck.Check(descriptor, admin, ReadWrite, 0, s_file, out _, out _));
        Assert.True(AccessCheck.Check(descriptor, admin, GENERIC_READ, 0, s_file, out var granted, out _));
        Assert.Equal(FILE_GENERIC_READ, granted);
    }

    [Fact]
    public void Check_DenyAceBeforeAllow_Refuses_AllowBeforeDeny_Grants()
    {
        var user = AccessTokens.StandardUser();

        Assert.False(AccessCheck.Check(Parse("D:(D;;GW;;;BU)(A;;GA;;;WD)"), user, GENERIC_WRITE, 0, s_file, out _, out _));
        Assert.True(AccessCheck.Check(Parse("D:(A;;GA;;;WD)(D;;GW;;;BU)"), user, GENERIC_WRITE, 0, s_file, out _, out _));
        // GW maps to FILE_GENERIC_WRITE, whose READ_CONTROL and SYNCHRONIZE are denied too: GENERIC_READ is refused, FILE_READ_DATA alone is not.
        Assert.False(AccessCheck.Check(Parse("D:(D;;GW;;;BU)(A;;GA;;;WD)"), user, GENERIC_READ, 0, s_file, out _, out _));
        Assert.True(AccessCheck.Check(Parse("D:(D;;GW;;;BU)(A;;GA;;;WD)"), user, FILE_READ_DATA, 0, s_file, out var granted, out _));
        Assert.Equal(FILE_READ_DATA, granted);
    }

    [Fact]
    public void Check_MaximumAllowed_GrantsWhatTheDaclGives_InheritOnlyAceIgnored()
    {
        var descriptor = Parse("D:(A;;GR;;;BU)(A;IO;GA;;;BU)");

        Assert.True(AccessCheck.Check(descriptor, AccessTokens.StandardUser(), MAXIMUM_ALLOWED, 0, s_file, out var granted, out _));
        Assert.Equal(FILE_GENERIC_READ, granted);
        // The inherit-only GA ACE is for children: it grants this object nothing.
        Assert.False(AccessCheck.Check(descriptor, AccessTokens.StandardUser(), GENERIC_WRITE, 0, s_file, out _, out _));
    }

    [Fact]
    public void Check_NullDaclGrantsAll_EmptyDaclGrantsNone()
    {
        var user = AccessTokens.StandardUser();

        Assert.True(AccessCheck.Check(Parse("D:NO_ACCESS_CONTROL"), user, GENERIC_ALL, 0, s_file, out var granted, out _));
        Assert.Equal(FILE_ALL_ACCESS, granted);
        Assert.False(AccessCheck.Check(Parse("D:P"), AccessTokens.System(), SYNCHRONIZE, 0, s_file, out _, out var status));
        Assert.Equal(STATUS_ACCESS_DENIED, status);
    }

    [Fact]
    public void Check_Owner_ImplicitlyGetsReadControlAndWriteDac()
    {
        var descriptor = Parse("O:BUD:P");

        Assert.True(AccessCheck.Check(descriptor, AccessTokens.StandardUser(), READ_CONTROL | WRITE_DAC, 0, s_file, out _, out _));
        Assert.False(AccessCheck.Check(descriptor, AccessTokens.StandardUser(), WRITE_OWNER, 0, s_file, out _, out _));
    }
}
