using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>RtlGetVersion, RtlVerifyVersionInfo, RtlIsNtDdiVersionAvailable, RtlIsServicePackVersionInstalled,
/// PsGetVersion and IoIsWdmVersionAvailable on machines of several Windows releases.</summary>
public sealed class RtlVersionTests
{
    private static Machine Boot(WindowsVersion version) => Machine.Boot(new MachineOptions { WindowsVersion = version });

    private static T RunOn<T>(WindowsVersion version, Func<T> driverCode)
    {
        using var machine = Boot(version);
        T result = default!;
        MachineAssert.Completed(machine, machine.Run(() => result = driverCode()));
        return result;
    }

    public static TheoryData<string, uint, uint, uint, ushort, string> Releases => new()
    {
        { nameof(WindowsVersion.Windows7Sp1), 6, 1, 7601, 1, "Service Pack 1" },
        { nameof(WindowsVersion.Windows81), 6, 3, 9600, 0, "" },
        { nameof(WindowsVersion.Windows10_1909), 10, 0, 18363, 0, "" },
        { nameof(WindowsVersion.Windows11_24H2), 10, 0, 26100, 0, "" },
    };

    private static WindowsVersion Named(string field) =>
        (WindowsVersion)typeof(WindowsVersion).GetField(field)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Releases))]
    public void RtlGetVersion_Ex_ReportsTheMachinesRelease(string release, uint major, uint minor, uint build, ushort servicePack, string csd)
    {
        var info = RunOn(Named(release), () =>
        {
            var v = new RTL_OSVERSIONINFOEXW { dwOSVersionInfoSize = RTL_OSVERSIONINFOEXW.SizeOf };
            Assert.Equal(STATUS_SUCCESS, RtlGetVersion(ref v));
            return v;
        });
        Assert.Equal((major, minor, build), (info.dwMajorVersion, info.dwMinorVersion, info.dwBuildNumber));
        Assert.Equal(VER_PLATFORM_WIN32_NT, info.dwPlatformId);
        Assert.Equal(servicePack, info.wServicePackMajor);
        Assert.Equal(csd, info.szCSDVersion.ToString());
        Assert.Equal(VER_NT_WORKSTATION, info.wProductType);
    }

    [Fact]
    public void MachineOptions_WindowsVersion_DefaultsToTheNewest()
    {
        var info = RunOn(WindowsVersion.Newest, () =>
        {
            var v = new RTL_OSVERSIONINFOW { dwOSVersionInfoSize = RTL_OSVERSIONINFOW.SizeOf };
            Assert.Equal(STATUS_SUCCESS, RtlGetVersion(ref v));
            return v;
        });
        Assert.Same(WindowsVersion.Windows11_24H2, new MachineOptions().WindowsVersion);
        Assert.Equal(26100u, info.dwBuildNumber);
        Assert.Throws<ArgumentNullException>(() => new MachineOptions { WindowsVersion = null! });
    }

    [Fact]
    public void StructureSizes_AreTheCSizes()
    {
        Assert.Equal(RTL_OSVERSIONINFOW.SizeOf, System.Runtime.CompilerServices.Unsafe.SizeOf<RTL_OSVERSIONINFOW>());
        Assert.Equal(RTL_OSVERSIONINFOEXW.SizeOf, System.Runtime.CompilerServices.Unsafe.SizeOf<RTL_OSVERSIONINFOEXW>());
    }

    [Fact]
    public void RtlGetVersion_ExWithTheBaseSize_FillsOnlyTheSharedMembers()
    {
        var info = RunOn(WindowsVersion.Windows7Sp1, () =>
        {
            var v = new RTL_OSVERSIONINFOEXW { dwOSVersionInfoSize = RTL_OSVERSIONINFOW.SizeOf, wServicePackMajor = 77, wProductType = 9 };
            Assert.Equal(STATUS_SUCCESS, RtlGetVersion(ref v));
            return v;
        });
        Assert.Equal(7601u, info.dwBuildNumber);
        Assert.Equal((ushort)77, info.wServicePackMajor);
        Assert.Equal((byte)9, info.wProductType);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(275u)]
    [InlineData(285u)]
    [InlineData(1024u)]
    public void RtlGetVersion_WrongSize_IsInvalidParameter_AndChangesNothing(uint size)
    {
        var (status, exStatus, build, exBuild) = RunOn(WindowsVersion.Windows10_2004, () =>
        {
            var v = new RTL_OSVERSIONINFOW { dwOSVersionInfoSize = size };
            var ex = new RTL_OSVERSIONINFOEXW { dwOSVersionInfoSize = size };
            return (RtlGetVersion(ref v), RtlGetVersion(ref ex), v.dwBuildNumber, ex.dwBuildNumber);
        });
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
        Assert.Equal(STATUS_INVALID_PARAMETER, exStatus);
        Assert.Equal(0u, build);
        Assert.Equal(0u, exBuild);
    }

    [Fact]
    public void RtlGetVersion_BaseStructureClaimingTheExSize_IsInvalidParameter()
    {
        var status = RunOn(WindowsVersion.Windows10_2004, () =>
        {
            var v = new RTL_OSVERSIONINFOW { dwOSVersionInfoSize = RTL_OSVERSIONINFOEXW.SizeOf };
            return RtlGetVersion(ref v);
        });
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }

    [Fact]
    public void VerSetConditionMask_PutsEachConditionInItsMembersThreeBits()
    {
        ulong mask = 0;
        VER_SET_CONDITION(ref mask, VER_MAJORVERSION, VER_GREATER_EQUAL);
        VER_SET_CONDITION(ref mask, VER_MINORVERSION, VER_EQUAL);
        VER_SET_CONDITION(ref mask, VER_BUILDNUMBER, VER_LESS);
        Assert.Equal((3ul << 3) | 1ul | (4ul << 6), mask);
        Assert.Equal(mask, VerSetConditionMask(mask, 0, VER_EQUAL));
        Assert.Equal(mask, VerSetConditionMask(mask, VER_SUITENAME, 0));
        Assert.Equal((ulong)VER_OR << 18, VerSetConditionMask(0, VER_SUITENAME, VER_OR));
    }

    // "At least Windows 10": major >= 10, then minor >= 0 (the documented way to ask).
    private static NTSTATUS AtLeast(uint major, uint minor, uint build = 0)
    {
        var wanted = new RTL_OSVERSIONINFOEXW
        {
            dwOSVersionInfoSize = RTL_OSVERSIONINFOEXW.SizeOf, dwMajorVersion = major, dwMinorVersion = minor, dwBuildNumber = build,
        };
        ulong mask = 0;
        VER_SET_CONDITION(ref mask, VER_MAJORVERSION, VER_GREATER_EQUAL);
        VER_SET_CONDITION(ref mask, VER_MINORVERSION, VER_GREATER_EQUAL);
        var type = VER_MAJORVERSION | VER_MINORVERSION;
        if (build != 0)
        {
            VER_SET_CONDITION(ref mask, VER_BUILDNUMBER, VER_GREATER_EQUAL);
            type |= VER_BUILDNUMBER;
        }

        return RtlVerifyVersionInfo(wanted, type, mask);
    }

    [Fact]
    public void RtlVerifyVersionInfo_AtLeastWindows10_PerRelease()
    {
        Assert.Equal(STATUS_REVISION_MISMATCH, RunOn(WindowsVersion.Windows7Sp1, () => AtLeast(10, 0)));
        Assert.Equal(STATUS_REVISION_MISMATCH, RunOn(WindowsVersion.Windows81, () => AtLeast(10, 0)));
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows10_1507, () => AtLeast(10, 0)));
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows11_24H2, () => AtLeast(10, 0)));
    }

    [Fact]
    public void RtlVerifyVersionInfo_MajorDecidesUnlessEqual()
    {
        // Windows 10 is "at least 6.2" though its minor (0) is below 2: the major decides.
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows10_1909, () => AtLeast(6, 2)));

        // Equal majors: the minor decides.
        Assert.Equal(STATUS_REVISION_MISMATCH, RunOn(WindowsVersion.Windows8, () => AtLeast(6, 3)));
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows81, () => AtLeast(6, 3)));
    }

    [Fact]
    public void RtlVerifyVersionInfo_BuildNumber_TellsWindows10ReleasesApart()
    {
        Assert.Equal(STATUS_REVISION_MISMATCH, RunOn(WindowsVersion.Windows10_1909, () => AtLeast(10, 0, 19041)));
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows10_2004, () => AtLeast(10, 0, 19041)));
    }

    [Fact]
    public void RtlVerifyVersionInfo_ServicePack_AndSuite()
    {
        static NTSTATUS Sp1AndSingleUserTs()
        {
            var wanted = new RTL_OSVERSIONINFOEXW { wServicePackMajor = 1, wSuiteMask = VER_SUITE_SINGLEUSERTS };
            var mask = VerSetConditionMask(VerSetConditionMask(0, VER_SERVICEPACKMAJOR, VER_GREATER_EQUAL), VER_SUITENAME, VER_AND);
            return RtlVerifyVersionInfo(wanted, VER_SERVICEPACKMAJOR | VER_SUITENAME, mask);
        }

        Assert.Equal(STATUS_REVISION_MISMATCH, RunOn(WindowsVersion.Windows7, Sp1AndSingleUserTs));
        Assert.Equal(STATUS_SUCCESS, RunOn(WindowsVersion.Windows7Sp1, Sp1AndSingleUserTs));
    }

    [Fact]
    public void RtlVerifyVersionInfo_BadMasks_AreInvalidParameter()
    {
        var (noType, noCondition, missing, andOnMajor) = RunOn(WindowsVersion.Windows11_24H2, () =>
        {
            var wanted = new RTL_OSVERSIONINFOEXW { dwMajorVersion = 10 };
            var mask = VerSetConditionMask(0, VER_MAJORVERSION, VER_EQUAL);
            return (
                RtlVerifyVersionInfo(wanted, 0, mask),
                RtlVerifyVersionInfo(wanted, VER_MAJORVERSION, 0),
                RtlVerifyVersionInfo(wanted, VER_MAJORVERSION | VER_BUILDNUMBER, mask),
                RtlVerifyVersionInfo(wanted, VER_MAJORVERSION, VerSetConditionMask(0, VER_MAJORVERSION, VER_AND)));
        });
        Assert.Equal(STATUS_INVALID_PARAMETER, noType);
        Assert.Equal(STATUS_INVALID_PARAMETER, noCondition);
        Assert.Equal(STATUS_INVALID_PARAMETER, missing);
        Assert.Equal(STATUS_INVALID_PARAMETER, andOnMajor);
    }

    [Theory]
    [InlineData(nameof(WindowsVersion.Windows7), NTDDI_WIN7, true)]
    [InlineData(nameof(WindowsVersion.Windows7), NTDDI_WIN8, false)]
    [InlineData(nameof(WindowsVersion.Windows81), NTDDI_WINBLUE, true)]
    [InlineData(nameof(WindowsVersion.Windows81), NTDDI_WIN10, false)]
    [InlineData(nameof(WindowsVersion.Windows10_1909), NTDDI_WIN10_19H1, true)]
    [InlineData(nameof(WindowsVersion.Windows10_1909), NTDDI_WIN10_VB, false)]
    [InlineData(nameof(WindowsVersion.Windows10_2004), NTDDI_WIN10_VB, true)]
    [InlineData(nameof(WindowsVersion.Windows11_22H2), NTDDI_WIN10_NI, true)]
    [InlineData(nameof(WindowsVersion.Windows11_22H2), NTDDI_WIN11_GE, false)]
    [InlineData(nameof(WindowsVersion.Windows11_24H2), NTDDI_WIN11_GE, true)]
    [InlineData(nameof(WindowsVersion.Windows11_24H2), NTDDI_VISTA, true)]
    public void RtlIsNtDdiVersionAvailable_PerRelease(string release, uint ntddi, bool expected) =>
        Assert.Equal(expected, RunOn(Named(release), () => RtlIsNtDdiVersionAvailable(ntddi)));

    [Fact]
    public void RtlIsServicePackVersionInstalled_SameOsOnly()
    {
        const uint Win7Sp1 = NTDDI_WIN7 | 0x0100;
        Assert.False(RunOn(WindowsVersion.Windows7, () => RtlIsServicePackVersionInstalled(Win7Sp1)));
        Assert.True(RunOn(WindowsVersion.Windows7Sp1, () => RtlIsServicePackVersionInstalled(Win7Sp1)));
        Assert.True(RunOn(WindowsVersion.Windows7Sp1, () => RtlIsServicePackVersionInstalled(NTDDI_WIN7)));

        // Another OS, even an older one, is FALSE.
        Assert.False(RunOn(WindowsVersion.Windows10_22H2, () => RtlIsServicePackVersionInstalled(NTDDI_WIN7)));
        Assert.False(RunOn(WindowsVersion.Windows10_22H2, () => RtlIsServicePackVersionInstalled(NTDDI_VISTASP2)));
    }

    [Fact]
    public void PsGetVersion_ReportsNumbersAndServicePack_AndAFreeBuild()
    {
        var (isChecked, major, minor, build, csd) = RunOn(WindowsVersion.Windows7Sp1, () =>
        {
            var text = new UNICODE_STRING { Buffer = new char[64], MaximumLength = 128 };
            var result = PsGetVersion(out var ma, out var mi, out var b, ref text);
            return (result, ma, mi, b, new string(text.Buffer.Span[..(text.Length / 2)]));
        });
        Assert.False(isChecked);
        Assert.Equal((6u, 1u, 7601u), (major, minor, build));
        Assert.Equal("Service Pack 1", csd);
    }

    [Theory]
    [InlineData(1, 0x00, true)]
    [InlineData(1, 0x30, true)]
    [InlineData(6, 0x00, true)]
    [InlineData(6, 0x01, false)]
    [InlineData(7, 0x00, false)]
    public void IoIsWdmVersionAvailable_WdmIs6_00(byte major, byte minor, bool expected)
    {
        Assert.Equal(expected, RunOn(WindowsVersion.Windows10_1909, () => IoIsWdmVersionAvailable(major, minor)));
        Assert.Equal(expected, RunOn(WindowsVersion.Windows11_24H2, () => IoIsWdmVersionAvailable(major, minor)));
    }

    [Fact]
    public void RtlGetVersion_AtDispatchLevel_IsApiAtWrongIrql()
    {
        using var machine = Boot(WindowsVersion.Windows11_24H2);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            var v = new RTL_OSVERSIONINFOW { dwOSVersionInfoSize = RTL_OSVERSIONINFOW.SizeOf };
            RtlGetVersion(ref v);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (PASSIVE_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void WindowsVersions_AreInReleaseOrder_WithNonDecreasingNtDdi()
    {
        var all = WindowsVersion.All;
        Assert.Equal(22, all.Count);
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(all[i - 1] < all[i], $"{all[i - 1]} before {all[i]}");
            Assert.True(all[i - 1].NtDdiVersion <= all[i].NtDdiVersion, $"{all[i - 1]} NTDDI 0x{all[i - 1].NtDdiVersion:X8} > {all[i]}");
        }
    }
}
