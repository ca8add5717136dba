using NtSim.Setup;
using NtSim.Tests.Setup.Inf;

namespace NtSim.Tests.Setup.Store;

/// <summary>The Windows-driver-samples toastpkg.inf (UTF-16, a decorated models section, a CopyFiles section) added to a store.</summary>
public sealed class DriverStoreCorpusTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("ntsim-store-corpus-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Add_ToastPkgWithAssemblyBesideIt_PublishesOem0WithToasterDll()
    {
        Assert.True(InfCorpus.Directory is not null, $"INF corpus not found ({InfCorpus.SearchedDescription}).");
        var package = new PackageFolder(_temp.FullName, "toastpkg");
        var inf = Path.Combine(package.Path, "toastpkg.inf");
        File.Copy(InfCorpus.PathOf(Path.Combine("general", "toaster", "toastpkg", "inf", "toastpkg.inf")), inf);
        package.Write("toaster.dll", "MZ toaster");
        var store = new DriverStore(Path.Combine(_temp.FullName, "store"));

        var added = store.Add(inf);

        Assert.Equal("oem0.inf", added.PublishedName);
        Assert.Equal("toastpkg.inf", added.OriginalName);
        Assert.Matches("^toastpkg\\.inf_amd64_[0-9a-f]{16}$", added.FolderName);
        // CatalogFile = toastpkg.cat is not in the sample folder: a missing catalog is no error.
        Assert.Equal(["toastpkg.inf", "toaster.dll"], added.Files);
        Assert.Equal(File.ReadAllBytes(inf), File.ReadAllBytes(added.InfPath));
        Assert.Equal(Path.Combine(added.Folder, "toaster.dll"), added.ResolveDriverFile("toaster.sys"));
        Assert.Equal("TODO-Set-Provider", added.Provider);
        Assert.Equal("TOASTER", added.ClassName);
        Assert.Equal(new DateOnly(2006, 9, 21), added.DriverDate);
        Assert.Equal(new Version(6, 0, 5736, 1), added.DriverVersion);
        Assert.True(store.Add(inf).AlreadyExists);
    }

    [Fact]
    public void Add_ToastPkgWithoutDriverFile_NamesToasterSysAndItsLine()
    {
        Assert.True(InfCorpus.Directory is not null, $"INF corpus not found ({InfCorpus.SearchedDescription}).");
        var inf = Path.Combine(_temp.FullName, "toastpkg.inf");
        File.Copy(InfCorpus.PathOf(Path.Combine("general", "toaster", "toastpkg", "inf", "toastpkg.inf")), inf);
        var line = InfFile.Load(inf).Document!.Section("Toaster_Device.NT.Copy")!.Lines[0].Line;
        var store = new DriverStore(Path.Combine(_temp.FullName, "store"));

        var e = Assert.Throws<DriverStoreException>(() => store.Add(inf));

        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, e.Win32Error);
        Assert.Contains($"toastpkg.inf({line},1)", e.Message);
        Assert.Contains("'toaster.sys'", e.Message);
        Assert.Empty(store.Packages);
    }
}
