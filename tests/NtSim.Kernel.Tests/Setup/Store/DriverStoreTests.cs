using NtSim.Setup;

namespace NtSim.Tests.Setup.Store;

/// <summary>The driver store as pnputil /add-driver, /delete-driver and /enum-drivers use it.</summary>
public sealed class DriverStoreTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("ntsim-store-");

    private string StoreRoot => Path.Combine(_temp.FullName, "store");

    public void Dispose() => _temp.Delete(recursive: true);

    /// <summary>A package folder with an INF and a toaster.dll standing for toaster.sys.</summary>
    private string Toaster(string name = "pkg", string infName = "toaster.inf", string dllBytes = "MZ toaster assembly")
    {
        var package = new PackageFolder(_temp.FullName, name);
        package.Write("toaster.dll", dllBytes);
        return package.Write(infName, PackageFolder.Inf());
    }

    private int RepositoryFolderCount(DriverStore store) => Directory.GetDirectories(store.RepositoryFolder).Length;

    [Fact]
    public void Add_PackageWithAssembly_CopiesFilesIntoHashedFolderAndPublishesOem0()
    {
        var store = new DriverStore(StoreRoot);

        var package = store.Add(Toaster());

        Assert.Equal("oem0.inf", package.PublishedName);
        Assert.Equal("toaster.inf", package.OriginalName);
        Assert.False(package.AlreadyExists);
        Assert.Matches("^toaster\\.inf_amd64_[0-9a-f]{16}$", package.FolderName);
        Assert.Equal(Path.Combine(store.RepositoryFolder, package.FolderName), package.Folder);
        Assert.True(File.Exists(package.InfPath));
        Assert.Equal("MZ toaster assembly", File.ReadAllText(Path.Combine(package.Folder, "toaster.dll")));
        Assert.Equal(["toaster.inf", "toaster.dll"], package.Files);
        Assert.Equal([package], store.Packages);
    }

    [Fact]
    public void Add_Package_ReportsVersionSectionAsEnumDriversDoes()
    {
        var store = new DriverStore(StoreRoot);

        var package = store.Add(Toaster());

        Assert.Equal("Contoso", package.Provider);
        Assert.Equal("TOASTER", package.ClassName);
        Assert.Equal(Guid.Parse("B85B7C50-6A01-11d2-B841-00C04FAD5171"), package.ClassGuid);
        Assert.Equal(new DateOnly(2006, 9, 21), package.DriverDate);
        Assert.Equal(new Version(6, 0, 5736, 1), package.DriverVersion);
        Assert.Equal("(none)", package.Signer);
        Assert.Equal("Contoso Toaster", package.Document.Models("amd64", new Version(10, 0, 22621)).Single().Description);
    }

    [Fact]
    public void Add_TwoDifferentPackages_PublishesOem0ThenOem1()
    {
        var store = new DriverStore(StoreRoot);

        var first = store.Add(Toaster("a"));
        var second = store.Add(Toaster("b", dllBytes: "MZ another build"));

        Assert.Equal("oem0.inf", first.PublishedName);
        Assert.Equal("oem1.inf", second.PublishedName);
        Assert.NotEqual(first.Folder, second.Folder);
        Assert.Equal(["oem0.inf", "oem1.inf"], store.Packages.Select(p => p.PublishedName));
        Assert.Equal(2, RepositoryFolderCount(store));
    }

    [Fact]
    public void Add_SameContentsTwice_ReturnsExistingPackageWithAlreadyExists()
    {
        var store = new DriverStore(StoreRoot);
        var first = store.Add(Toaster("a"));

        var again = store.Add(Toaster("b"));

        Assert.True(again.AlreadyExists);
        Assert.Equal("oem0.inf", again.PublishedName);
        Assert.Equal(first.Folder, again.Folder);
        Assert.Single(store.Packages);
        Assert.False(store.Packages[0].AlreadyExists);
        Assert.Equal(1, RepositoryFolderCount(store));
    }

    [Fact]
    public void Add_MissingDriverFile_ThrowsFileNotFoundNamingFileAndInfLine()
    {
        var store = new DriverStore(StoreRoot);
        var package = new PackageFolder(_temp.FullName, "pkg");
        var inf = package.Write("toaster.inf", PackageFolder.Inf(copyFiles: "Toaster.Copy", extra: """

            [Toaster.Copy]
            toaster.sys
            missing.sys
            """));
        package.Write("toaster.dll", "MZ");
        var line = File.ReadAllLines(inf).ToList().IndexOf("missing.sys") + 1;

        var e = Assert.Throws<DriverStoreException>(() => store.Add(inf));

        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, e.Win32Error);
        Assert.Contains($"{inf}({line},1)", e.Message);
        Assert.Contains("'missing.sys'", e.Message);
        Assert.Contains("[Toaster.Copy]", e.Message);
        Assert.Contains("missing.dll", e.Message);
        Assert.Equal("The system cannot find the file specified.", e.SystemMessage);
        Assert.Empty(store.Packages);
        Assert.Equal(0, RepositoryFolderCount(store));
    }

    [Fact]
    public void Add_MalformedInf_ThrowsWithLineAndColumnAndAddsNothing()
    {
        var store = new DriverStore(StoreRoot);
        store.Add(Toaster("good"));
        var bad = new PackageFolder(_temp.FullName, "bad").Write("bad.inf", "[Version]\nSignature = \"$Windows NT$\"\nProvider = \"Contoso\n");

        var e = Assert.Throws<DriverStoreException>(() => store.Add(bad));

        Assert.Equal(SetupApiError.ERROR_GENERAL_SYNTAX, e.Win32Error);
        Assert.Matches(@"bad\.inf\(3,\d+\): error 1001", e.Message);
        Assert.Single(store.Packages);
        Assert.Equal(1, RepositoryFolderCount(store));
    }

    [Fact]
    public void Add_CopyFilesNamesMissingSection_ThrowsSectionNotFound()
    {
        var store = new DriverStore(StoreRoot);
        var inf = new PackageFolder(_temp.FullName, "pkg").Write("toaster.inf", PackageFolder.Inf(copyFiles: "No.Such.Section"));

        var e = Assert.Throws<DriverStoreException>(() => store.Add(inf));

        Assert.Equal(SetupApiError.ERROR_SECTION_NOT_FOUND, e.Win32Error);
        Assert.Contains("[No.Such.Section]", e.Message);
        Assert.Empty(store.Packages);
    }

    [Fact]
    public void Add_InfThatDoesNotExist_ThrowsFileNotFound()
    {
        var store = new DriverStore(StoreRoot);
        var path = Path.Combine(_temp.FullName, "nowhere.inf");

        var e = Assert.Throws<DriverStoreException>(() => store.Add(path));

        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, e.Win32Error);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Delete_Package_RemovesFolderAndNextAddReusesOem0()
    {
        var store = new DriverStore(StoreRoot);
        var first = store.Add(Toaster("a"));
        store.Add(Toaster("b", dllBytes: "MZ b"));

        store.Delete("OEM0.INF");
        var third = store.Add(Toaster("c", dllBytes: "MZ c"));

        Assert.False(Directory.Exists(first.Folder));
        Assert.Equal("oem0.inf", third.PublishedName);
        Assert.Equal(["oem0.inf", "oem1.inf"], store.Packages.Select(p => p.PublishedName));
        Assert.Equal("MZ c", File.ReadAllText(third.ResolveDriverFile("toaster.sys")!));
    }

    [Fact]
    public void Delete_UnknownPublishedName_ThrowsFileNotFound()
    {
        var store = new DriverStore(StoreRoot);
        store.Add(Toaster());

        var e = Assert.Throws<DriverStoreException>(() => store.Delete("oem7.inf"));

        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, e.Win32Error);
        Assert.Contains("oem7.inf", e.Message);
        Assert.Single(store.Packages);
    }

    [Fact]
    public void Delete_OriginalInfName_IsNotAPublishedName()
    {
        var store = new DriverStore(StoreRoot);
        store.Add(Toaster());

        var e = Assert.Throws<DriverStoreException>(() => store.Delete("toaster.inf"));

        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, e.Win32Error);
        Assert.Null(store.Find("toaster.inf"));
    }

    [Fact]
    public void Delete_PackageInUse_ThrowsInfInUseByDevicesAndKeepsIt()
    {
        var store = new DriverStore(StoreRoot, p => p.OriginalName == "toaster.inf" ? @"ROOT\TOASTER\0000 uses it" : null);
        var package = store.Add(Toaster());

        var e = Assert.Throws<DriverStoreException>(() => store.Delete(package.PublishedName));

        Assert.Equal(SetupApiError.ERROR_INF_IN_USE_BY_DEVICES, e.Win32Error);
        Assert.Equal(0xE000023Du, e.Win32Error);
        Assert.Contains(@"ROOT\TOASTER\0000 uses it", e.Message);
        Assert.Equal("One or more devices are presently installed using the specified INF.", e.SystemMessage);
        Assert.True(Directory.Exists(package.Folder));
        Assert.Same(package, store.Find("oem0.inf"));
    }

    [Fact]
    public void Delete_InUsePredicateOfTheCall_IsChecked()
    {
        var store = new DriverStore(StoreRoot);
        var package = store.Add(Toaster());

        var e = Assert.Throws<DriverStoreException>(() => store.Delete("oem0.inf", _ => "a device"));

        Assert.Equal(SetupApiError.ERROR_INF_IN_USE_BY_DEVICES, e.Win32Error);
        Assert.True(Directory.Exists(package.Folder));
    }

    [Fact]
    public void NewStore_SameFolder_SeesTheSamePackages()
    {
        var first = new DriverStore(StoreRoot);
        var a = first.Add(Toaster("a"));
        var b = first.Add(Toaster("b", dllBytes: "MZ b"));
        first.Delete(a.PublishedName);

        var second = new DriverStore(StoreRoot);

        var package = Assert.Single(second.Packages);
        Assert.Equal("oem1.inf", package.PublishedName);
        Assert.Equal(b.Folder, package.Folder);
        Assert.Equal("Contoso", package.Provider);
        Assert.Equal(Path.Combine(b.Folder, "toaster.dll"), package.ResolveDriverFile("toaster.sys"));
        Assert.True(second.Add(Toaster("c", dllBytes: "MZ b")).AlreadyExists);
        Assert.Equal("oem0.inf", second.Add(Toaster("d", dllBytes: "MZ d")).PublishedName);
    }

    [Fact]
    public void NewStore_DamagedIndex_ThrowsNamingIndexFile()
    {
        var store = new DriverStore(StoreRoot);
        store.Add(Toaster());
        File.AppendAllText(store.IndexPath, "oem1.inf\tonly two fields\n");

        var e = Assert.Throws<DriverStoreException>(() => new DriverStore(StoreRoot));

        Assert.Contains($"{store.IndexPath}(3)", e.Message);
        Assert.Contains("damaged", e.Message);
        Assert.Equal(Win32Error.ERROR_INVALID_DATA, e.Win32Error);
    }

    [Fact]
    public void NewStore_IndexWithoutHeader_ThrowsNamingIndexFile()
    {
        Directory.CreateDirectory(StoreRoot);
        var index = Path.Combine(StoreRoot, "DriverStore.index");
        File.WriteAllText(index, "garbage");

        var e = Assert.Throws<DriverStoreException>(() => new DriverStore(StoreRoot));

        Assert.Contains($"{index}(1)", e.Message);
    }

    [Fact]
    public void NewStore_IndexNamesMissingFolder_ThrowsNamingIndexFile()
    {
        var store = new DriverStore(StoreRoot);
        var package = store.Add(Toaster());
        Directory.Delete(package.Folder, recursive: true);

        var e = Assert.Throws<DriverStoreException>(() => new DriverStore(StoreRoot));

        Assert.Contains(store.IndexPath, e.Message);
        Assert.Contains("oem0.inf", e.Message);
    }

    [Fact]
    public void Add_IndexIsReplacedWhole_NoTemporaryFileLeft()
    {
        var store = new DriverStore(StoreRoot);

        store.Add(Toaster());

        Assert.True(File.Exists(store.IndexPath));
        Assert.Equal([store.IndexPath], Directory.GetFiles(store.Folder));
        Assert.Equal(["FileRepository"], Directory.GetDirectories(store.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void ResolveDriverFile_SysListedDllPresent_GivesDllAndCopiesPdb()
    {
        var store = new DriverStore(StoreRoot);
        var folder = new PackageFolder(_temp.FullName, "pkg");
        folder.Write("toaster.dll", "MZ");
        folder.Write("toaster.pdb", "symbols");

        var package = store.Add(folder.Write("toaster.inf", PackageFolder.Inf()));

        Assert.Equal(Path.Combine(package.Folder, "toaster.dll"), package.ResolveDriverFile("toaster.sys"));
        Assert.Equal(Path.Combine(package.Folder, "toaster.dll"), package.ResolveDriverFile("TOASTER"));
        Assert.True(File.Exists(Path.Combine(package.Folder, "toaster.pdb")));
        Assert.Null(package.ResolveDriverFile("other.sys"));
    }

    [Fact]
    public void ResolveDriverFile_RealSysPresent_GivesSysAndCopiesNoDll()
    {
        var store = new DriverStore(StoreRoot);
        var folder = new PackageFolder(_temp.FullName, "pkg");
        folder.Write("toaster.sys", "native image");
        folder.Write("toaster.dll", "MZ");

        var package = store.Add(folder.Write("toaster.inf", PackageFolder.Inf()));

        Assert.Equal(Path.Combine(package.Folder, "toaster.sys"), package.ResolveDriverFile("toaster.sys"));
        Assert.False(File.Exists(Path.Combine(package.Folder, "toaster.dll")));
    }

    [Fact]
    public void Add_CatalogBesideInf_IsCopied()
    {
        var store = new DriverStore(StoreRoot);
        var folder = new PackageFolder(_temp.FullName, "pkg");
        folder.Write("toaster.dll", "MZ");
        folder.Write("toaster.cat", "catalog");

        var package = store.Add(folder.Write("toaster.inf", PackageFolder.Inf()));

        Assert.Equal("catalog", File.ReadAllText(Path.Combine(package.Folder, "toaster.cat")));
        Assert.Contains("toaster.cat", package.Files);
    }

    [Fact]
    public void Add_SourceDisksSubdirectories_KeepTheLayoutInTheStore()
    {
        var store = new DriverStore(StoreRoot);
        var folder = new PackageFolder(_temp.FullName, "pkg");
        folder.Write(@"disk1\amd64\toaster.dll", "MZ amd64");
        folder.Write(@"disk1\x86\toaster.dll", "MZ x86");
        var inf = folder.Write("toaster.inf", PackageFolder.Inf(extra: """

            [SourceDisksNames]
            1 = %Desc%,,,\disk1

            [SourceDisksFiles]
            toaster.sys = 1,x86

            [SourceDisksFiles.amd64]
            toaster.sys = 1,amd64
            """));

        var package = store.Add(inf);

        var expected = Path.Combine(package.Folder, "disk1", "amd64", "toaster.dll");
        Assert.Equal(expected, package.ResolveDriverFile("toaster.sys"));
        Assert.Equal("MZ amd64", File.ReadAllText(expected));
        Assert.False(Directory.Exists(Path.Combine(package.Folder, "disk1", "x86")));
    }

    [Fact]
    public void Add_OtherArchitecture_UsesItsOwnFolderAndModels()
    {
        var store = new DriverStore(StoreRoot);
        var amd64 = store.Add(Toaster());

        // The INF has only an NTamd64 models section, so on arm64 no install section copies a file.
        var arm64 = store.Add(Toaster("arm"), "arm64");

        Assert.Matches("^toaster\\.inf_arm64_[0-9a-f]{16}$", arm64.FolderName);
        Assert.Equal("oem1.inf", arm64.PublishedName);
        Assert.Equal(["toaster.inf"], arm64.Files);
        Assert.NotNull(amd64.ResolveDriverFile("toaster.sys"));
    }

    [Fact]
    public void Find_PublishedNameAnyCase_ReturnsPackage()
    {
        var store = new DriverStore(StoreRoot);
        var package = store.Add(Toaster());

        Assert.Same(package, store.Find("OEM0.inf"));
        Assert.Null(store.Find("oem1.inf"));
    }

    [Fact]
    public void Add_ArchitectureWithPathCharacters_ThrowsArgumentException()
    {
        var store = new DriverStore(StoreRoot);

        var e = Assert.Throws<ArgumentException>(() => store.Add(Toaster(), @"..md64"));

        Assert.Equal("architecture", e.ParamName);
        Assert.Empty(store.Packages);
    }

    [Fact]
    public void Packages_TenOrMore_OrderByNumber()
    {
        var store = new DriverStore(StoreRoot);

        for (int i = 0; i < 11; i++)
        {
            store.Add(Toaster("p" + i, dllBytes: "MZ " + i));
        }

        Assert.Equal("oem10.inf", store.Packages[^1].PublishedName);
        Assert.Equal("oem2.inf", store.Packages[2].PublishedName);
    }
}
