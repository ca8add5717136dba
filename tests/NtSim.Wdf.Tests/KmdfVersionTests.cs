using NtSim.Tests;
using NtSim.WdfTests.Drivers;

namespace NtSim.WdfTests;

/// <summary>WdfVersionBind: the KMDF a driver was built for against the KMDF of the machine's Windows release.</summary>
public sealed class KmdfVersionTests
{
    public static TheoryData<string, string> Releases => new()
    {
        { nameof(WindowsVersion.Windows7Sp1), "1.9" },
        { nameof(WindowsVersion.Windows8), "1.11" },
        { nameof(WindowsVersion.Windows81), "1.13" },
        { nameof(WindowsVersion.Windows10_1507), "1.15" },
        { nameof(WindowsVersion.Windows10_1809), "1.27" },
        { nameof(WindowsVersion.Windows10_1909), "1.29" },
        { nameof(WindowsVersion.Windows10_2004), "1.31" },
        { nameof(WindowsVersion.Windows10_22H2), "1.31" },
        { nameof(WindowsVersion.Windows11_21H2), "1.33" },
        { nameof(WindowsVersion.Windows11_24H2), "1.33" },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void LibraryVersion_IsTheKmdfOfTheRelease(string release, string kmdf)
    {
        using var machine = Boot(release);
        Assert.Equal(kmdf, FxLibrary.Of(machine).Version.ToString());
    }

    [Fact]
    public void Start_DriverBuiltForNewerMinor_FailsWithError87BeforeDriverEntry()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows10_1909));
        machine.Services.Install<Kmdf131Driver>("kmdf131");

        var error = Assert.Throws<ServiceControlException>(() => machine.Services.Start("kmdf131"));

        Assert.Equal(87u, error.Win32Error);
        Assert.Equal(Wdm.STATUS_INVALID_PARAMETER, error.DriverStatus);
        Assert.Contains("built for KMDF 1.31, newer than the KMDF 1.29 of Windows 10 1909", error.Detail);
        Assert.DoesNotContain(machine.DebugOutput.Messages, m => m.Text == NonPnpKmdfDriver.EntryLine);
        Assert.Empty(FxLibrary.Of(machine).Clients);
        Assert.Null(machine.Registry.GetValue(FxVerifierSettings.KeyPath("kmdf131"), "WdfMinorVersion"));
    }

    [Fact]
    public void Start_DriverBuiltForTheMachinesMinor_Runs()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows10_1909));
        machine.Services.Install<Kmdf129Driver>("kmdf129");

        MachineAssert.Completed(machine, machine.Services.Start("kmdf129"));

        var client = Assert.Single(FxLibrary.Of(machine).Clients);
        Assert.Equal(new FxVersion(1, 29), client.BuiltFor);
        var key = FxVerifierSettings.KeyPath("kmdf129");
        Assert.Equal((1u, 29u), (machine.Registry.GetValue(key, "WdfMajorVersion")!.Dword, machine.Registry.GetValue(key, "WdfMinorVersion")!.Dword));
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text == NonPnpKmdfDriver.EntryLine);
    }

    [Fact]
    public void Start_DriverWithoutAttribute_IsBuiltForNewestAndFailsOnWindows7()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows7Sp1));
        machine.Services.Install<NonPnpKmdfDriver>("kmdfnone");

        var error = Assert.Throws<ServiceControlException>(() => machine.Services.Start("kmdfnone"));

        Assert.Equal(87u, error.Win32Error);
        Assert.Contains("built for KMDF 1.33, newer than the KMDF 1.9 of Windows 7 SP1", error.Detail);
    }

    [Fact]
    public void Start_DriverWithoutAttribute_RunsOnNewestAndBindsAs133()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<NonPnpKmdfDriver>("kmdfnone");

        MachineAssert.Completed(machine, machine.Services.Start("kmdfnone"));

        Assert.Equal(new FxVersion(1, 33), Assert.Single(FxLibrary.Of(machine).Clients).BuiltFor);
    }

    [Fact]
    public void Start_AnotherMajor_NeverBinds()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<Kmdf20Driver>("kmdf20");

        var error = Assert.Throws<ServiceControlException>(() => machine.Services.Start("kmdf20"));

        Assert.Equal(87u, error.Win32Error);
    }

    [Fact]
    public void Start_FailedBind_WithLoaderDiagnostics_PrintsWdfLdrLine()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows10_1909));
        machine.Registry.SetValue(FxVersionBind.DiagnosticsKey, "DbgPrintOn", 1u);
        machine.Services.Install<Kmdf131Driver>("kmdf131");

        Assert.Throws<ServiceControlException>(() => machine.Services.Start("kmdf131"));

        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.StartsWith("WdfLdr: WdfVersionBind - Kmdf131Driver was built for KMDF 1.31", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_FailedBind_WithoutLoaderDiagnostics_PrintsNothing()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows10_1909));
        machine.Services.Install<Kmdf131Driver>("kmdf131");

        Assert.Throws<ServiceControlException>(() => machine.Services.Start("kmdf131"));

        Assert.DoesNotContain(machine.DebugOutput.Messages, m => m.Text.StartsWith("WdfLdr:", StringComparison.Ordinal));
    }

    [Fact]
    public void PnpStart_DriverBuiltForNewerMinor_FailsDriverEntryProblem()
    {
        using var machine = Boot(nameof(WindowsVersion.Windows10_1909));
        machine.Services.Install<Kmdf131Driver>("kmdf131pnp");

        var path = machine.Pnp.CreateRootDevice("kmdf131pnp", [@"root\kmdf131pnp"], service: "kmdf131pnp");

        var node = machine.Pnp.Find(path)!;
        Assert.NotEqual(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal(Wdm.CM_PROB_FAILED_DRIVER_ENTRY, node.Problem);
    }

    private static Machine Boot(string release) => Machine.Boot(new MachineOptions
    {
        Seed = 1,
        WindowsVersion = (WindowsVersion)typeof(WindowsVersion).GetField(release)!.GetValue(null)!,
    });
}
