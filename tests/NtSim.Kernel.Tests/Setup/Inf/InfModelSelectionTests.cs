using NtSim.Setup;

namespace NtSim.Tests.Setup.Inf;

/// <summary>[Manufacturer] decorations: the models section SetupAPI picks for an architecture and OS version.</summary>
public sealed class InfModelSelectionTests
{
    private const string Text = """
        [Version]
        Signature = "$Windows NT$"
        [Manufacturer]
        %Mfg% = Std, NTamd64, NTamd64.10.0...16299, NTx86.6.1, NT.6.3, NTarm64.10.0.1
        [Std]
        %D% = Plain, root\plain
        [Std.NTamd64]
        %D% = Amd64Any, root\any
        [Std.NTamd64.10.0...16299]
        %D% = Amd64Rs3, root\rs3, *PNP0A03, GEN\Toaster
        [Std.NTx86.6.1]
        %D% = X86Win7, root\win7
        [Std.NTarm64.10.0.1]
        %D% = Arm64Workstation, root\arm
        [Std.NT.6.3]
        %D% = AnyArch, root\w81
        [Strings]
        Mfg = "Contoso"
        D = "Device"
        """;

    private static readonly InfManufacturer s_manufacturer = InfFile.Parse(Text, "sel.inf").Document!.Manufacturers.Single();

    [Theory]
    [InlineData("amd64", 10, 0, 22621, "Std.NTamd64.10.0...16299")]
    [InlineData("amd64", 10, 0, 16299, "Std.NTamd64.10.0...16299")]
    [InlineData("amd64", 10, 0, 15063, "Std.NTamd64")]
    [InlineData("amd64", 6, 1, 7601, "Std.NTamd64")]
    [InlineData("x86", 10, 0, 19041, "Std.NTx86.6.1")]
    [InlineData("x86", 6, 0, 6002, "Std")]
    [InlineData("arm64", 10, 0, 22621, "Std.NTarm64.10.0.1")]
    [InlineData("arm64", 6, 3, 9600, "Std.NT.6.3")]
    public void SelectModelsSection_ByArchitectureAndVersion_BestMatch(string architecture, int major, int minor, int build, string expected)
    {
        var section = s_manufacturer.SelectModelsSection(architecture, new Version(major, minor, build));

        Assert.Equal(expected, section?.Name);
    }

    [Fact]
    public void SelectModelsSection_NoMatchOnAmd64_NoUndecoratedFallback()
    {
        var inf = InfFile.Parse("[Manufacturer]\nContoso = Std\n[Std]\nd = i, root\\x\n", "t.inf").Document!;

        Assert.Null(inf.Manufacturers[0].SelectModelsSection("amd64", new Version(10, 0, 22621)));
        Assert.Equal("Std", inf.Manufacturers[0].SelectModelsSection("x86", new Version(10, 0, 22621))?.Name);
        Assert.Equal("Contoso", inf.Manufacturers[0].Name);
    }

    [Fact]
    public void Models_Line_DescriptionInstallHardwareAndCompatibleIds()
    {
        var model = Assert.Single(s_manufacturer.Models("amd64", new Version(10, 0, 22621)));

        Assert.Equal(("Device", "Amd64Rs3", @"root\rs3"), (model.Description, model.InstallSection, model.HardwareId));
        Assert.Equal(["*PNP0A03", @"GEN\Toaster"], model.CompatibleIds);
        Assert.Equal("Contoso", s_manufacturer.Name);
    }

    [Fact]
    public void GetInstall_Decorations_PlatformThenNtThenBare()
    {
        var inf = InfFile.Parse("""
            [Dev]
            CopyFiles = bare
            [Dev.NT]
            CopyFiles = nt
            Include = machine.inf
            Needs = PciBus.NT
            [Dev.NTamd64]
            CopyFiles = amd64
            [Dev.NT.HW]
            AddReg = Dev.Filters
            [Dev.Filters]
            HKR,,"LowerFilters",0x00010000,"Low1","Low2"
            HKR,,"UpperFilters",0x00010008,"Up"
            [Dev.NT.Services]
            AddService = Low1,, Low1.Svc
            AddService = DevSvc, 0x00000002, Dev.Svc
            [Dev.Svc]
            ServiceType = 1
            StartType = 3
            ErrorControl = 1
            ServiceBinary = %12%\dev.sys
            LoadOrderGroup = Extended Base
            Dependencies = Low1, +Group
            [Dev.NT.Interfaces]
            AddInterface = {6994AD04-93EF-11D0-A3CC-00A0C9223196}, Wave, Dev.Iface
            [Dev.NT.Wdf]
            UmdfService = DevUm, Dev.UmdfSect
            [Dev.UmdfSect]
            UmdfLibraryVersion = 2.15.0
            """, "t.inf").Document!;

        Assert.Equal("Dev.NTamd64", inf.GetInstall("Dev", "amd64")!.Name);
        Assert.Equal("Dev.NT", inf.GetInstall("dev", "x86")!.Name);
        var nt = inf.GetInstall("Dev", "x86")!;
        Assert.Equal(["nt"], nt.CopyFiles);
        Assert.Equal(["machine.inf"], nt.Include);
        Assert.Equal(["PciBus.NT"], nt.Needs);
        Assert.Equal(["Low1", "Low2"], nt.LowerFilters);
        Assert.Equal(["Up"], nt.UpperFilters);
        var service = nt.FunctionService!;
        Assert.Equal(("DevSvc", 1u, 3u, 1u), (service.ServiceName, service.ServiceType, service.StartType, service.ErrorControl));
        Assert.Equal(("Extended Base", @"%12%\dev.sys"), (service.LoadOrderGroup, service.ServiceBinary));
        Assert.Equal(["Low1", "+Group"], service.Dependencies);
        Assert.Null(nt.Services[0].Section);
        var iface = Assert.Single(nt.Interfaces);
        Assert.Equal((Guid.Parse("6994AD04-93EF-11D0-A3CC-00A0C9223196"), "Wave"), (iface.InterfaceClass!.Value, iface.ReferenceString));
        var umdf = Assert.Single(nt.WdfServices);
        Assert.Equal(("Umdf", "DevUm", "2.15.0"), (umdf.Kind, umdf.ServiceName, umdf.LibraryVersion));
    }
}
