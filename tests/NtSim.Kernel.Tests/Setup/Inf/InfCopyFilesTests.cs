using NtSim.Setup;

namespace NtSim.Tests.Setup.Inf;

/// <summary>CopyFiles (@file and file-list sections) with [DestinationDirs], [SourceDisksFiles], .CoInstallers and .Filters.</summary>
public sealed class InfCopyFilesTests
{
    private static InfInstall Install(string sections)
    {
        var text = $"""
            [Version]
            Signature = "$Windows NT$"
            Class = System
            Provider = Contoso
            {sections}
            """;
        var result = InfFile.Parse(text, "copy.inf");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Document!.GetInstall("Install")!;
    }

    [Fact]
    public void Files_AtFileAndListSections_TakeTheirDestinationDirs()
    {
        var install = Install("""
            [DestinationDirs]
            DefaultDestDir = 12
            Driver.Store = 13
            Help.Files = 18, Contoso\Toaster

            [Install.NT]
            CopyFiles = @filter.sys, Driver.Store
            CopyFiles = Help.Files

            [Driver.Store]
            toaster.sys
            renamed.sys, original.sys,, 0x00000004

            [Help.Files]
            toaster.chm
            """);

        Assert.Equal(["filter.sys", "toaster.sys", "original.sys", "toaster.chm"], install.Files.Select(f => f.SourceName));
        Assert.Equal(["filter.sys", "toaster.sys", "renamed.sys", "toaster.chm"], install.Files.Select(f => f.DestinationName));
        Assert.Equal([12, 13, 13, 18], install.Files.Select(f => f.DestinationDirid));
        Assert.Equal([null, "Driver.Store", "Driver.Store", "Help.Files"], install.Files.Select(f => f.SectionName));
        Assert.Equal(4u, install.Files[2].Flags);
        Assert.Equal(@"C:\Windows\System32\drivers\filter.sys", install.Files[0].DestinationPath);
        Assert.Equal(@"C:\Windows\Help\Contoso\Toaster\toaster.chm", install.Files[3].DestinationPath);
        Assert.Equal(install.Section.Lines[0].Line, install.Files[0].Line);
    }

    [Fact]
    public void Files_NoDestinationDirs_GoToDiridEleven()
    {
        var install = Install("""
            [Install]
            CopyFiles = @toaster.sys
            """);

        var file = Assert.Single(install.Files);
        Assert.Equal(11, file.DestinationDirid);
        Assert.Equal(@"C:\Windows\System32\toaster.sys", file.DestinationPath);
    }

    [Fact]
    public void CoInstallersAndFilters_AreModelled()
    {
        var install = Install("""
            [DestinationDirs]
            CoInst.Copy = 11

            [Install.NT]
            CopyFiles = @toaster.sys

            [Install.NT.CoInstallers]
            AddReg = CoInst.AddReg
            CopyFiles = CoInst.Copy

            [CoInst.Copy]
            toastco.dll

            [CoInst.AddReg]
            HKR,,CoInstallers32,0x00010000,"toastco.dll,ToasterCoInstaller"

            [Install.NT.Filters]
            AddFilter = toastflt,, Toastflt.Inst
            """);

        Assert.NotNull(install.CoInstallers);
        Assert.Equal(["CoInst.AddReg"], install.CoInstallers.AddReg);
        Assert.Equal(["CoInst.Copy"], install.CoInstallers.CopyFiles);
        Assert.Equal(["toastco.dll"], install.CoInstallers.Files.Select(f => f.SourceName));
        var filter = Assert.Single(install.Filters);
        Assert.Equal("toastflt", filter[0].Trim());
        Assert.Equal("Toastflt.Inst", filter[2].Trim());
    }

    [Fact]
    public void SourcePath_ArchitectureSectionFirst_JoinsDiskPathAndSubdirectory()
    {
        var result = InfFile.Parse("""
            [Version]
            Signature = "$Windows NT$"
            [SourceDisksNames]
            1 = "Disk",,,\media
            [SourceDisksFiles]
            toaster.sys = 1, x86
            [SourceDisksFiles.amd64]
            toaster.sys = 1, amd64
            """, "src.inf");
        var document = result.Document!;

        Assert.Equal(@"media\amd64\toaster.sys", document.SourcePath("toaster.sys"));
        Assert.Equal(@"media\x86\toaster.sys", document.SourcePath("toaster.sys", "x86"));
        Assert.Equal("other.sys", document.SourcePath("other.sys"));
    }
}
