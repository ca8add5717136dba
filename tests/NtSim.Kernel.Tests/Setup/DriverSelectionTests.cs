using NtSim.Setup;
using NtSim.Tests.Setup.Inf;

namespace NtSim.Tests.Setup;

/// <summary>Driver ranking (0xSSGGTHHH) and the DriverVer tie-break, as "How Windows selects a driver for a device" describes.</summary>
public sealed class DriverSelectionTests
{
    private static readonly Version s_windows11 = new(10, 0, 22621);

    private static readonly string[] s_hardwareIds = [@"PCI\VEN_1234&DEV_5678&SUBSYS_00011234", @"PCI\VEN_1234&DEV_5678"];
    private static readonly string[] s_compatibleIds = [@"PCI\VEN_1234&CC_0C0330", @"PCI\CC_0C03"];

    private static InfDocument Package(string name, string models, string driverVer = "01/01/2020,1.0.0.0", string? featureScore = null)
    {
        var text = $"""
            [Version]
            Signature = "$Windows NT$"
            Class = System
            Provider = %Prov%
            DriverVer = {driverVer}
            [Manufacturer]
            %Prov% = Std, NTamd64
            [Std.NTamd64]
            {models}
            [Install.NT]
            {(featureScore is null ? "" : "FeatureScore = " + featureScore)}
            [Strings]
            Prov = "Contoso"
            """;
        var result = InfFile.Parse(text, name);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Document!;
    }

    private static DriverSelection Rank(params InfDocument[] packages)
        => DriverSelection.Rank(s_hardwareIds, s_compatibleIds, packages, "amd64", s_windows11);

    [Fact]
    public void Rank_FirstHardwareId_BeatsLaterHardwareId_BeatsCompatibleId()
    {
        var compatible = Package("compat.inf", @"%D% = Install, PCI\CC_0C03");
        var later = Package("later.inf", @"%D% = Install, pci\ven_1234&dev_5678");
        var first = Package("first.inf", @"%D% = Install, PCI\VEN_1234&DEV_5678&SUBSYS_00011234");

        var selection = Rank(compatible, later, first);

        Assert.Equal(["first.inf", "later.inf", "compat.inf"], selection.Nodes.Select(n => n.InfPath));
        Assert.Equal([0x80FF0000u, 0x80FF0001u, 0x80FF2001u], selection.Nodes.Select(n => n.Rank));
        Assert.Equal("first.inf", selection.Best?.InfPath);
        Assert.Equal("0x80FF0000", selection.Best?.RankText);
    }

    [Theory]
    [InlineData(@"%D% = Install, PCI\VEN_1234&DEV_5678&SUBSYS_00011234", 0x80FF0000u, @"PCI\VEN_1234&DEV_5678&SUBSYS_00011234")]
    [InlineData(@"%D% = Install, PCI\VEN_1234&DEV_5678", 0x80FF0001u, @"PCI\VEN_1234&DEV_5678")]
    [InlineData(@"%D% = Install, ROOT\OTHER, PCI\VEN_1234&DEV_5678", 0x80FF1001u, @"PCI\VEN_1234&DEV_5678")]
    [InlineData(@"%D% = Install, PCI\VEN_1234&CC_0C0330", 0x80FF2000u, @"PCI\VEN_1234&CC_0C0330")]
    [InlineData(@"%D% = Install, PCI\CC_0C03", 0x80FF2001u, @"PCI\CC_0C03")]
    [InlineData(@"%D% = Install, ROOT\OTHER, PCI\VEN_1234&CC_0C0330", 0x80FF3000u, @"PCI\VEN_1234&CC_0C0330")]
    [InlineData(@"%D% = Install, ROOT\OTHER, PCI\CC_0C03", 0x80FF3001u, @"PCI\CC_0C03")]
    [InlineData(@"%D% = Install, ROOT\OTHER, ROOT\THING, PCI\VEN_1234&CC_0C0330", 0x80FF3100u, @"PCI\VEN_1234&CC_0C0330")]
    [InlineData(@"%D% = Install, ROOT\OTHER, ROOT\THING, PCI\CC_0C03", 0x80FF3101u, @"PCI\CC_0C03")]
    public void Rank_EachMatchType_IdentifierScore(string model, uint expectedRank, string expectedId)
    {
        var node = Assert.Single(Rank(Package("one.inf", model)).Nodes);

        Assert.Equal(expectedRank, node.Rank);
        Assert.Equal(expectedId, node.MatchingId);
        Assert.Equal("Install", node.InstallSection);
        Assert.Equal("Contoso", node.Provider);
    }

    [Fact]
    public void Rank_ModelMatchingSeveralIds_TakesItsBestScore()
    {
        var node = Assert.Single(Rank(Package("two.inf", @"%D% = Install, PCI\CC_0C03, PCI\VEN_1234&DEV_5678")).Nodes);

        Assert.Equal(0x80FF1001u, node.Rank);
    }

    [Fact]
    public void Rank_SameRank_NewerDriverVerDateWins_ThenHigherVersion()
    {
        const string model = @"%D% = Install, PCI\VEN_1234&DEV_5678";
        var old = Package("old.inf", model, "01/01/2019,9.9.9.9");
        var newLow = Package("newlow.inf", model, "06/01/2021,1.0.0.0");
        var newHigh = Package("newhigh.inf", model, "06/01/2021,1.0.10.0");

        var selection = Rank(old, newLow, newHigh);

        Assert.Equal(["newhigh.inf", "newlow.inf", "old.inf"], selection.Nodes.Select(n => n.InfPath));
        Assert.All(selection.Nodes, n => Assert.Equal(0x80FF0001u, n.Rank));
        Assert.Equal(new DateTime(2021, 6, 1), selection.Best?.DriverDate);
        Assert.Equal(new Version(1, 0, 10, 0), selection.Best?.DriverVersion);
    }

    [Fact]
    public void Rank_BetterRank_BeatsNewerDate()
    {
        var newer = Package("newer.inf", @"%D% = Install, PCI\CC_0C03", "01/01/2024,2.0.0.0");
        var older = Package("older.inf", @"%D% = Install, PCI\VEN_1234&DEV_5678", "01/01/2001,1.0.0.0");

        Assert.Equal("older.inf", Rank(newer, older).Best?.InfPath);
    }

    [Fact]
    public void Rank_FeatureScore_InGG()
    {
        var node = Assert.Single(Rank(Package("feat.inf", @"%D% = Install, PCI\VEN_1234&DEV_5678", featureScore: "xFD")).Nodes);

        Assert.Equal(0x80FD0001u, node.Rank);
        Assert.Equal("0x80FD0001", node.RankText);
    }

    [Fact]
    public void Rank_NoMatchingId_Empty()
    {
        var selection = Rank(Package("none.inf", @"%D% = Install, USB\VID_0000&PID_0000"));

        Assert.Empty(selection.Nodes);
        Assert.Null(selection.Best);
    }

    [Fact]
    public void Rank_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DriverSelection.Rank(null!, s_compatibleIds, Array.Empty<InfDocument>(), "amd64", s_windows11));
        Assert.Throws<ArgumentException>(() => DriverSelection.Rank(s_hardwareIds, s_compatibleIds, new InfDocument[] { null! }, "amd64", s_windows11));
    }

    [Fact]
    public void Rank_ToasterCorpus_ToastPkgFirst()
    {
        if (InfCorpus.Directory is not { } corpus)
        {
            return;
        }

        var packages = Directory.EnumerateFiles(Path.Combine(corpus, "general", "toaster"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".inf" or ".inx")
            .Order(StringComparer.Ordinal)
            .Select(f => InfFile.Load(f))
            .ToList();
        string[] hardwareIds = [@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster"];
        string[] compatibleIds = [@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\MsCompatibleToaster"];

        var selection = DriverSelection.Rank(hardwareIds, compatibleIds, packages, "amd64", s_windows11);

        // toastpkg.inf, wdfsimple, wdffeatured and the filter INF all name MsToaster as their hardware ID (0x80FF0000);
        // toastpkg's DriverVer 09/21/2006 is the newest, so it wins the tie. No INF lists MsCompatibleToaster.
        Assert.Equal(
            ["filter.inx", "toastpkg.inf", "wdffeatured.inx", "wdfsimple.inx"],
            selection.Nodes.Select(n => Path.GetFileName(n.InfPath)).Order(StringComparer.Ordinal));
        Assert.All(selection.Nodes, n => Assert.Equal(0x80FF0000u, n.Rank));
        Assert.All(selection.Nodes, n => Assert.Equal(hardwareIds[0], n.MatchingId));
        var best = selection.Best!;
        Assert.Equal("toastpkg.inf", Path.GetFileName(best.InfPath));
        Assert.Equal("Toaster_Device", best.InstallSection);
        Assert.Equal("Toaster Package Sample Toaster", best.Description);
        Assert.Equal(new DateTime(2006, 9, 21), best.DriverDate);
        Assert.Equal(new Version(6, 0, 5736, 1), best.DriverVersion);
    }
}
