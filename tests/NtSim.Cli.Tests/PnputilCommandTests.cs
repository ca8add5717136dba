namespace NtSim.Cli.Tests;

/// <summary>`ntsim pnputil`: pnputil's driver store and device commands on a persistent machine.</summary>
public sealed class PnputilCommandTests : PersistentMachineTests
{
    private static readonly string NL = Environment.NewLine;

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
        var (exitCode, output, error) = Ntsim("pnputil", "/add-driver", TinyPackage());

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(string.Join(NL,
            "Microsoft PnP Utility",
            "",
            "Adding driver package:  tiny.inf",
            "Driver package added successfully.",
            "Published Name:         oem0.inf",
            "",
            "Total driver packages:  1",
            "Added driver packages:  1",
            ""), output);
    }

    [Fact]
    public void AddDriver_Twice_AlreadyExists()
    {
        var inf = TinyPackage();
        Ntsim("pnputil", "/add-driver", inf);

        var (exitCode, output, _) = Ntsim("pnputil", "-add-driver", inf);

        Assert.Equal(0, exitCode);
        Assert.Contains("Driver package added successfully. (Already exists in the system)" + NL + "Published Name:         oem0.inf", output);
    }

    [Fact]
    public void EnumDrivers_AfterAdd_ListsThePackageOnTheNextBoot()
    {
        Ntsim("pnputil", "/add-driver", TinyPackage());

        var (exitCode, output, _) = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(0, exitCode);
        Assert.Contains(string.Join(NL,
            "Published Name:     oem0.inf",
            "Original Name:      tiny.inf",
            "Provider Name:      Contoso",
            "Class Name:         System",
            "Class GUID:         {4d36e97d-e325-11ce-bfc1-08002be10318}",
            "Driver Version:     06/16/1999 5.0.2064.0",
            "Signer Name:        (none)"), output);
    }

    [Fact]
    public void DeleteDriver_Added_DeletedAndNoLongerListed()
    {
        Ntsim("pnputil", "/add-driver", TinyPackage());

        var (exitCode, output, _) = Ntsim("pnputil", "/delete-driver", "oem0.inf");
        var (_, listed, _) = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(0, exitCode);
        Assert.EndsWith("Driver package deleted successfully." + NL, output);
        Assert.Contains("No driver packages found.", listed);
    }

    [Fact]
    public void DeleteDriver_Unknown_FailsWithTheSystemMessage()
    {
        var (exitCode, output, _) = Ntsim("pnputil", "/delete-driver", "oem7.inf");

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to delete driver package: The system cannot find the file specified.", output);
        Assert.Contains("(ntsim: Failed to delete driver package oem7.inf", output);
    }

    [Fact]
    public void DeleteDriver_InUse_RefusedUnlessForced()
    {
        InstallSimple();

        var (refusedCode, refused, _) = Ntsim("pnputil", "/delete-driver", "oem0.inf");
        var (forcedCode, forced, _) = Ntsim("pnputil", "/delete-driver", "oem0.inf", "/force");

        Assert.Equal(1, refusedCode);
        Assert.Contains("Failed to delete driver package: One or more devices are presently installed using the specified INF.", refused);
        Assert.Contains(@"installed on ROOT\SAMPLE\0000", refused);
        Assert.Equal(0, forcedCode);
        Assert.Contains("Driver package deleted successfully.", forced);
    }

    [Fact]
    public void AddDriver_MissingFile_FailsAndCountsNoneAdded()
    {
        var (exitCode, output, _) = Ntsim("pnputil", "/add-driver", Path.Combine(Packages, "gone.inf"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to add driver package: The system cannot find the file specified.", output);
        Assert.Contains("gone.inf' does not exist.", output);
        Assert.EndsWith("Added driver packages:  0" + NL, output);
    }

    [Fact]
    public void EnumDevices_InstalledDevice_StartedWithItsDriverInf()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("pnputil", "/enum-devices");

        Assert.Equal(0, exitCode);
        Assert.Contains(string.Join(NL,
            @"Instance ID:                ROOT\SAMPLE\0000",
            "Device Description:         NtSim Simple Device",
            "Class Name:                 Sample",
            "Class GUID:                 {78a1c341-4539-11d3-b88d-00c04fad5171}",
            "Manufacturer Name:          NtSim",
            "Status:                     Started",
            "Driver Name:                oem0.inf"), output);
    }

    [Fact]
    public void AddDriver_Folder_FailsSayingItIsAFolder()
    {
        var (exitCode, output, _) = Ntsim("pnputil", "/add-driver", Packages);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Failed to add driver package: '{Packages}': it is a folder, not a file." + NL, output);
        Assert.EndsWith("Added driver packages:  0" + NL, output);
    }

    [Fact]
    public void AddDriver_NotAnInf_RefusedAndNotInTheStore()
    {
        var passwd = Path.Combine(Packages, "passwd");
        File.WriteAllText(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");

        var (exitCode, output, _) = Ntsim("pnputil", "/add-driver", passwd);
        var (_, listed, _) = Ntsim("pnputil", "/enum-drivers");

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to add driver package: The style of the INF is different than what was requested." + NL
            + $"(ntsim: Cannot add '{passwd}': it is not an INF file (it has no [Version] section); nothing was added.)", output);
        Assert.EndsWith("Added driver packages:  0" + NL, output);
        Assert.Contains("No driver packages found.", listed);
    }

    [Theory]
    [InlineData("Signature = \"$Linux$\"", "Signature is '$Linux$'", "The style of the INF is different than what was requested.")]
    [InlineData("Class = System", "[Version] has neither Class nor ClassGuid",
        "The INF or the device information set or element does not have an associated install class.")]
    public void AddDriver_VersionNotOfADeviceInf_Refused(string line, string detail, string systemMessage)
    {
        var inf = TinyPackage();
        var text = File.ReadAllText(inf);
        text = line.StartsWith("Class", StringComparison.Ordinal)
            ? text.Replace(line + "\n", "").Replace(line + "\r\n", "").Replace("ClassGuid = {4d36e97d-e325-11ce-bfc1-08002be10318}", "")
            : text.Replace("Signature = \"$WINDOWS NT$\"", line);
        File.WriteAllText(inf, text);

        var (exitCode, output, _) = Ntsim("pnputil", "/add-driver", inf);

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to add driver package: " + systemMessage, output);
        Assert.Contains(detail, output);
        Assert.Contains("No driver packages found.", Ntsim("pnputil", "/enum-drivers").Output);
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
        var line = Array.IndexOf(lines, "tiny.sys") + 1;
        lines[line - 1] = @"..\payload\pwned.sys";
        File.WriteAllLines(inf, lines);

        var (exitCode, output, _) = Ntsim("pnputil", "/add-driver", inf);

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to add driver package: The filename, directory name, or volume label syntax is incorrect." + NL
            + $@"(ntsim: {inf}({line}): [Tiny_Files] destination file '..\payload\pwned.sys' has a '..' part", output);
        Assert.Empty(Directory.GetFiles(Folder, "pwned.*", SearchOption.AllDirectories));
        Assert.Contains("No driver packages found.", Ntsim("pnputil", "/enum-drivers").Output);
    }

    [Theory]
    [InlineData("unknown command '/frob'", "/frob")]
    [InlineData("/add-driver takes one file name", "/add-driver")]
    [InlineData("/add-driver has no option /reboot", "/add-driver", "x.inf", "/reboot")]
    [InlineData("/delete-driver takes one file name", "/delete-driver", "/force")]
    [InlineData("no command given")]
    public void BadArguments_PrintUsageAndAClearError(string message, params string[] args)
    {
        var (exitCode, output, error) = Ntsim(["pnputil", .. args]);

        Assert.Equal(1, exitCode);
        Assert.Contains("ntsim pnputil: " + message, error);
        Assert.Contains("Usage: ntsim pnputil", error);
        Assert.Empty(output);
    }
}
