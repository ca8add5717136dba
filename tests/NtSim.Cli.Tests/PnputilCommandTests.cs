namespace NtSim.Cli.Tests;

/// <summary>`ntsim pnputil`: pnputil's driver store and device commands on a persistent machine.</summary>
public sealed class PnputilCommandTests : PersistentMachineTests
{
    /// <summary>A tiny package: an INF with one model and a dummy driver file.</summary>
    private string TinyPackage()
    {
        File.WriteAllText(Path.Combine(Packages, "tiny.sys"), "not a real driver");
        var inf = Path.Combine(Packages, "tiny.inf");
        File.WriteAllText(inf, """
            [Version]
            Signature = "$WINDOWS NT$"
            Class = System
            ClassGuid = {4d36e97d-e325-11ce-bfc1-08002be10318}
            Provider = Contoso
            DriverVer = 06/16/1999,5.0.2064.0
            [DestinationDirs]
            DefaultDestDir = 12
            [SourceDisksNames]
            1 = "Disk",,,""
            [SourceDisksFiles]
            tiny.sys = 1
            [Manufacturer]
            Contoso = Std, NTamd64
            [Std.NTamd64]
            "Tiny Device" = Tiny_Install, Root\Tiny
            [Tiny_Install.NT]
            CopyFiles = Tiny_Files
            [Tiny_Files]
            tiny.sys
            [Tiny_Install.NT.Services]
            AddService = Tiny, 0x2, Tiny_Service
            [Tiny_Service]
            ServiceType = 1
            StartType = 3
            ErrorControl = 1
            ServiceBinary = %12%\tiny.sys
            """);
        return inf;
    }

    [Fact]
    public void AddDriver_TinyInf_PublishedAsOem0()
    {
        var run = Ntsim("pnputil", "/add-driver", TinyPackage());

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Matches(run, "pnputil/add-driver");
    }

    [Fact]
    public void AddDriver_Twice_AlreadyExists()
    {
        var inf = TinyPackage();
        Ntsim("pnputil", "/add-driver", inf);

        var run = Ntsim("pnputil", "-add-driver", inf);

        Assert.Equal(0, run.ExitCode);
        Matches(run, "pnputil/add-driver-again");
    }

    [Fact]
    public void EnumDrivers_AfterAdd_ListsThePackageOnTheNextBoot()
    {
        Ntsim("pnputil", "/add-driver", TinyPackage());

        var run = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "pnputil/enum-drivers");
    }

    [Fact]
    public void DeleteDriver_Added_DeletedAndNoLongerListed()
    {
        Ntsim("pnputil", "/add-driver", TinyPackage());

        var delete = Ntsim("pnputil", "/delete-driver", "oem0.inf");
        var listed = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(0, delete.ExitCode);
        Matches(delete, "pnputil/delete-driver");
        Matches(listed, "pnputil/enum-drivers-none");
    }

    [Fact]
    public void DeleteDriver_Unknown_FailsWithTheSystemMessage()
    {
        var run = Ntsim("pnputil", "/delete-driver", "oem7.inf");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/delete-driver-unknown");
    }

    [Fact]
    public void DeleteDriver_InUse_RefusedUnlessForced()
    {
        InstallSimple();

        var refused = Ntsim("pnputil", "/delete-driver", "oem0.inf");
        var forced = Ntsim("pnputil", "/delete-driver", "oem0.inf", "/force");

        Assert.Equal(1, refused.ExitCode);
        Matches(refused, "pnputil/delete-driver-in-use");
        Assert.Equal(0, forced.ExitCode);
        Matches(forced, "pnputil/delete-driver-forced");
    }

    [Fact]
    public void AddDriver_MissingFile_FailsAndCountsNoneAdded()
    {
        var run = Ntsim("pnputil", "/add-driver", Path.Combine(Packages, "gone.inf"));

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/add-driver-missing-file");
    }

    [Fact]
    public void EnumDevices_InstalledDevice_StartedWithItsDriverInf()
    {
        InstallSimple();

        var run = Ntsim("pnputil", "/enum-devices");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "pnputil/enum-devices");
    }

    [Fact]
    public void AddDriver_Folder_FailsSayingItIsAFolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Packages, "toaster")).FullName;

        var run = Ntsim("pnputil", "/add-driver", folder);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/add-driver-folder");
    }

    [Fact]
    public void AddDriver_NotAnInf_RefusedAndNotInTheStore()
    {
        var passwd = Path.Combine(Packages, "passwd");
        File.WriteAllText(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");

        var run = Ntsim("pnputil", "/add-driver", passwd);
        var listed = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/add-driver-not-an-inf");
        Matches(listed, "pnputil/enum-drivers-none");
    }

    [Theory]
    [InlineData("linux-signature", "Signature = \"$Linux$\"")]
    [InlineData("no-class", "Class = System")]
    public void AddDriver_VersionNotOfADeviceInf_Refused(string name, string line)
    {
        var inf = TinyPackage();
        var text = File.ReadAllText(inf);
        text = line.StartsWith("Class", StringComparison.Ordinal)
            ? text.Replace(line + "\n", "").Replace(line + "\r\n", "").Replace("ClassGuid = {4d36e97d-e325-11ce-bfc1-08002be10318}", "")
            : text.Replace("Signature = \"$WINDOWS NT$\"", line);
        File.WriteAllText(inf, text);

        var run = Ntsim("pnputil", "/add-driver", inf);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/add-driver-" + name);
        Matches(Ntsim("pnputil", "/enum-drivers"), "pnputil/enum-drivers-none");
    }

    [Fact]
    public void AddDriver_CopyFilesClimbingOutOfThePackage_RefusedNamingInfAndLineAndNothingWritten()
    {
        var package = Directory.CreateDirectory(Path.Combine(Packages, "pkg")).FullName;
        var payload = Directory.CreateDirectory(Path.Combine(Packages, "payload")).FullName;
        File.WriteAllText(Path.Combine(payload, "pwned.sys"), "MZ payload");
        var inf = Path.Combine(package, "tiny.inf");
        File.Move(TinyPackage(), inf);
        var lines = File.ReadAllLines(inf);
        lines[Array.IndexOf(lines, "tiny.sys")] = @"..\payload\pwned.sys";
        File.WriteAllLines(inf, lines);

        var run = Ntsim("pnputil", "/add-driver", inf);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "pnputil/add-driver-copyfiles-climbing-out");
        Assert.Empty(Directory.GetFiles(Folder, "pwned.*", SearchOption.AllDirectories));
        Matches(Ntsim("pnputil", "/enum-drivers"), "pnputil/enum-drivers-none");
    }

    [Theory]
    [InlineData("unknown-command", "/frob")]
    [InlineData("add-driver-without-file", "/add-driver")]
    [InlineData("add-driver-unknown-option", "/add-driver", "x.inf", "/reboot")]
    [InlineData("delete-driver-without-file", "/delete-driver", "/force")]
    [InlineData("no-command")]
    public void BadArguments_PrintUsageAndAClearError(string name, params string[] args)
    {
        var run = Ntsim(["pnputil", .. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Matches(run, "pnputil/bad-" + name);
    }
}
