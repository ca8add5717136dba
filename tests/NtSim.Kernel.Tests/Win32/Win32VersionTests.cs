using static NtSim.Win32;
using static NtSim.Win32Error;
using Wdm = NtSim.Wdm;

namespace NtSim.Tests.Win32;

/// <summary>GetVersionExW and VerifyVersionInfoW in an application (taken as manifested for the release).</summary>
public sealed class Win32VersionTests
{
    [Fact]
    public void GetVersionExW_ReportsTheRelease_AndRejectsAWrongSize()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows10_1909 });
        OSVERSIONINFOEXW ex = default;
        OSVERSIONINFOW plain = default;
        bool okEx = false, okPlain = true;
        uint error = 0;
        var app = machine.StartProcess("ver", _ =>
        {
            ex.dwOSVersionInfoSize = OSVERSIONINFOEXW.SizeOf;
            okEx = GetVersionExW(ref ex);
            plain.dwOSVersionInfoSize = 100;
            okPlain = GetVersionExW(ref plain);
            error = GetLastError();
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.True(okEx);
        Assert.Equal((10u, 0u, 18363u), (ex.dwMajorVersion, ex.dwMinorVersion, ex.dwBuildNumber));
        Assert.Equal(Wdm.VER_NT_WORKSTATION, ex.wProductType);
        Assert.False(okPlain);
        Assert.Equal(ERROR_INSUFFICIENT_BUFFER, error);
        Assert.Equal(0u, plain.dwBuildNumber);
    }

    [Fact]
    public void VerifyVersionInfoW_OldWinVersion_AndBadArguments()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows81 });
        var results = new List<(bool, uint)>();
        var app = machine.StartProcess("ver", _ =>
        {
            var wanted = new OSVERSIONINFOEXW { dwMajorVersion = 10 };
            var mask = Wdm.VerSetConditionMask(0, Wdm.VER_MAJORVERSION, Wdm.VER_GREATER_EQUAL);
            SetLastError(0);
            results.Add((VerifyVersionInfoW(ref wanted, Wdm.VER_MAJORVERSION, mask), GetLastError()));
            wanted.dwMajorVersion = 6;
            SetLastError(0);
            results.Add((VerifyVersionInfoW(ref wanted, Wdm.VER_MAJORVERSION, mask), GetLastError()));
            results.Add((VerifyVersionInfoW(ref wanted, 0, mask), GetLastError()));
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal([(false, ERROR_OLD_WIN_VERSION), (true, 0u), (false, ERROR_BAD_ARGUMENTS)], results);
    }
}
