using NtSim.Setup;

namespace NtSim.Tests.Setup.Store;

/// <summary>
/// pnputil /add-driver keeps to the package: a file or folder name of the INF that climbs out of the
/// package folder or its destination ('..', rooted, a drive; either slash) is refused, naming the INF
/// and its line, and nothing is read from or written to the host outside.
/// </summary>
public sealed class DriverStoreConfinementTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("ntsim-confine-");

    public void Dispose() => _temp.Delete(recursive: true);

    private string StoreRoot => Path.Combine(_temp.FullName, "store");

    /// <summary>A file two levels up from the store's staging folder and one from the package: what a '..\..' name reaches.</summary>
    private string Payload => Path.Combine(_temp.FullName, "payload", "pwned.sys");

    private string OutsideWrite => Path.Combine(StoreRoot, "payload", "pwned.sys");

    private (string Inf, int Line) Package(string marker, string copyFiles, string extra, string catalog = "toaster.cat")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Payload)!);
        File.WriteAllText(Payload, "MZ payload");
        var package = new PackageFolder(_temp.FullName, "pkg");
        package.Write("toaster.dll", "MZ toaster");
        var inf = package.Write("toaster.inf", PackageFolder.Inf(copyFiles: copyFiles, extra: extra, catalog: catalog));
        var line = File.ReadAllLines(inf).ToList().FindIndex(l => l.Contains(marker, StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, $"the INF has no line with {marker}");
        return (inf, line);
    }

    private void AssertRefused(string inf, int line, string name)
    {
        var store = new DriverStore(StoreRoot);

        var e = Assert.Throws<DriverStoreException>(() => store.Add(inf));

        Assert.Equal(Win32Error.ERROR_INVALID_NAME, e.Win32Error);
        Assert.Contains($"{inf}({line}): ", e.Message);
        Assert.Contains($"'{name}'", e.Message);
        Assert.Contains("Nothing was added.", e.Message);
        Assert.Empty(store.Packages);
        Assert.Empty(Directory.GetDirectories(store.RepositoryFolder));
        Assert.False(File.Exists(OutsideWrite), "a file was written outside the store");
        Assert.False(Directory.Exists(Path.Combine(StoreRoot, "payload")), "a folder was made outside the store");
    }

    [Theory]
    [InlineData(@"..\..\payload\pwned.sys")]
    [InlineData("../../payload/pwned.sys")]
    [InlineData(@"sub\..\..\..\payload\pwned.sys")]
    [InlineData(@"..\payload\pwned.sys")]
    [InlineData(@"... \payload\pwned.sys")]
    [InlineData(@"\etc\pwned.sys")]
    [InlineData("/etc/pwned.sys")]
    [InlineData(@"C:\Windows\pwned.sys")]
    [InlineData("c:pwned.sys")]
    public void Add_CopyFilesNameOutsideThePackage_RefusedNamingInfAndLine(string name)
    {
        var (inf, line) = Package(name, "Evil.Copy", $"""

            [Evil.Copy]
            {name}
            """);

        AssertRefused(inf, line, name);
    }

    [Fact]
    public void Add_CopyFilesAtNameOutsideThePackage_Refused()
    {
        var (inf, line) = Package("CopyFiles", @"@..\..\payload\pwned.sys", "");

        AssertRefused(inf, line, @"..\..\payload\pwned.sys");
    }

    [Fact]
    public void Add_CopyFilesRenamesFromOutside_RefusedForTheSourceName()
    {
        var (inf, line) = Package("pwned", "Evil.Copy", """

            [Evil.Copy]
            toaster.sys, ..\..\payload\pwned.sys
            """);

        AssertRefused(inf, line, @"..\..\payload\pwned.sys");
    }

    [Theory]
    [InlineData("..")]
    [InlineData(@"..\..")]
    [InlineData("C:")]
    public void Add_SourceDisksNamesPathOutside_Refused(string path)
    {
        var (inf, line) = Package("1 = ", "@pwned.sys", $"""

            [SourceDisksNames]
            1 = "Disk",,,"{path}"
            [SourceDisksFiles]
            pwned.sys = 1,payload
            """);

        AssertRefused(inf, line, path);
    }

    [Fact]
    public void Add_SourceDisksFilesSubdirectoryOutside_Refused()
    {
        var (inf, line) = Package("pwned.sys = ", "@pwned.sys", """

            [SourceDisksNames]
            1 = "Disk",,,""
            [SourceDisksFiles]
            pwned.sys = 1,..\..\payload
            """);

        AssertRefused(inf, line, @"..\..\payload");
    }

    [Fact]
    public void Add_DestinationDirsSubdirectoryOutside_Refused()
    {
        var (inf, line) = Package("Toaster.Copy = ", "Toaster.Copy", """

            [DestinationDirs]
            Toaster.Copy = 12,..\..\..\..\..\payload
            [Toaster.Copy]
            toaster.sys
            """);

        AssertRefused(inf, line, @"..\..\..\..\..\payload");
    }

    [Fact]
    public void Add_CatalogFileOutside_Refused()
    {
        var (inf, line) = Package("CatalogFile", "@toaster.sys", "", catalog: @"..\..\payload\pwned.sys");

        AssertRefused(inf, line, @"..\..\payload\pwned.sys");
    }

    [Theory]
    [InlineData(@"%12%\..\..\..\..\payload\pwned.sys")]
    [InlineData(@"%13%\..\..\payload\pwned.sys")]
    [InlineData(@"/etc/pwned.sys")]
    [InlineData(@"C:\payload\pwned.sys")]
    [InlineData(@"%16422%\pwned.sys")]
    [InlineData(@"pwned.sys")]
    public void Add_ServiceBinaryOutsideTheSystemRoot_Refused(string serviceBinary)
    {
        var (inf, line) = Package("ServiceBinary", "@toaster.sys", "");
        var lines = File.ReadAllLines(inf);
        lines[line - 1] = "ServiceBinary = " + serviceBinary;
        File.WriteAllLines(inf, lines);

        AssertRefused(inf, line, serviceBinary);
    }

    [Theory]
    [InlineData("sub")]
    [InlineData(@"sub\deeper")]
    [InlineData("sub/deeper")]
    [InlineData(@"\sub")]
    public void Add_SourceDisksSubdirectoryBelowThePackage_Accepted(string subdirectory)
    {
        var package = new PackageFolder(_temp.FullName, "pkg");
        var parts = subdirectory.Split('\\', '/').Where(p => p.Length > 0).ToArray();
        package.Write(Path.Combine([.. parts, "toaster.dll"]), "MZ toaster");
        var inf = package.Write("toaster.inf", PackageFolder.Inf(copyFiles: "@toaster.sys", extra: $"""

            [SourceDisksNames]
            1 = "Disk",,,"\"
            [SourceDisksFiles]
            toaster.sys = 1,{subdirectory}
            """));
        var store = new DriverStore(StoreRoot);

        var added = store.Add(inf);

        Assert.Contains(Path.Combine([.. parts, "toaster.dll"]), added.Files);
    }
}
