using System.CommandLine;
using System.Diagnostics;

namespace NtSim.Cli.Tests;

/// <summary>`ntsim inf check`: InfVerif-style problems, a summary, and the exit code.</summary>
public sealed class InfCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntsim-inf-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Output, string Error) Inf(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(InfCommand.Create());
        var exitCode = root.Parse(["inf", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_GoodInf_Exit0WithModelsAndSummary()
    {
        var path = Write("good.inf", """
            [Version]
            Signature = "$WINDOWS NT$"
            Class = TOASTER
            ClassGuid = {B85B7C50-6A01-11d2-B841-00C04FAD5171}
            Provider = %Prov%
            DriverVer = 06/16/1999,5.0.2064.0
            [Manufacturer]
            %Mfg% = Std, NT$ARCH$.10.0...16299
            [Std.NT$ARCH$.10.0...16299]
            %Desc% = Filter, {b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster
            [Filter.NT]
            CopyFiles = Filter.Copy
            [Filter.NT.HW]
            AddReg = Filter.AddReg
            [Filter.AddReg]
            HKR,,"UpperFilters",0x00010000,"ToasterFilter"
            [Filter.NT.Services]
            AddService = ToasterFilter,, Filter.Svc
            AddService = wdffeatured, 0x2, Featured.Svc
            [Filter.Svc]
            ServiceType = 1
            [Featured.Svc]
            ServiceType = 1
            [Strings]
            Prov = "Contoso"
            Mfg = "Contoso"
            Desc = "Toaster Filter"
            """);

        var (exitCode, output, error) = Inf("check", path);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Class TOASTER {b85b7c50-6a01-11d2-b841-00c04fad5171}, provider Contoso, DriverVer 06/16/1999,5.0.2064.0", output);
        Assert.Contains(@"  {b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster: ""Toaster Filter"" -> [Filter.NT], services ToasterFilter, wdffeatured (function); upper filters ToasterFilter", output);
        Assert.EndsWith($"INF check: {path}: no errors, 0 warning(s).{Environment.NewLine}", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Check_UnterminatedQuote_PrintsFileLineColumnAndExits1()
    {
        var path = Write("bad.inf", "[Version]\r\nSignature = \"$Windows NT$\"\r\nProvider = \"Contoso\r\nx = %Nope%\r\n");

        var (exitCode, output, _) = Inf("check", path);

        Assert.Equal(1, exitCode);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{path}(3,12): error 1001: Missing closing double quote.", lines[0]);
        Assert.Equal($"{path}(4,5): warning 1004: String token %Nope% is not defined in the [Strings] section.", lines[1]);
        Assert.Equal($"INF check: {path}: 1 error(s), 1 warning(s).", lines[^1]);
    }

    [Fact]
    public void Check_CopyFilesClimbingOutOfThePackage_ErrorAtItsLine()
    {
        var path = Write("climb.inf", """
            [Version]
            Signature = "$WINDOWS NT$"
            Class = System
            ClassGuid = {4d36e97d-e325-11ce-bfc1-08002be10318}
            Provider = Contoso
            DriverVer = 06/16/1999,5.0.2064.0
            [Manufacturer]
            Contoso = Std, NTamd64
            [Std.NTamd64]
            "Climb" = Climb_Install, Root\Climb
            [Climb_Install.NT]
            CopyFiles = Climb_Files
            [Climb_Files]
            ..\..\..\payload\pwned.sys
            [Climb_Install.NT.Services]
            AddService = Climb, 0x2, Climb_Service
            [Climb_Service]
            ServiceType = 1
            ServiceBinary = /etc/pwned.sys
            """);

        var (exitCode, output, _) = Inf("check", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($@"{path}(14,1): error 1022: [Climb_Files] destination file '..\..\..\payload\pwned.sys' has a '..' part; "
            + "an INF names files and folders inside its package and its destination directories.", output);
        Assert.Contains($"{path}(19,1): error 1022: [Climb_Service] ServiceBinary '/etc/pwned.sys' is not %dirid%\\file with a DIRID of %11%, %12%, %13%;", output);
        Assert.EndsWith($"INF check: {path}: 3 error(s), 0 warning(s).{Environment.NewLine}", output);
    }

    [Fact]
    public void Check_MissingFile_ErrorNamesThePath()
    {
        var path = Path.Combine(_directory, "missing.inf");

        var (exitCode, output, error) = Inf("check", path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ntsim inf check: cannot open '{path}': the file does not exist.{Environment.NewLine}", error);
    }

    [Fact]
    public void Check_EmptyFileName_ClearErrorNotACrash()
    {
        var (exitCode, output, error) = Inf("check", "");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("the file name is empty", error);
    }

    [Fact]
    public void Check_Folder_OneLineSaysItIsAFolder()
    {
        var (exitCode, output, error) = Inf("check", _directory);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ntsim inf check: cannot open '{_directory}': it is a folder, not a file.{Environment.NewLine}", error);
    }

    [Fact]
    public void Check_OversizedFile_OneLineWithTheSize()
    {
        var path = Path.Combine(_directory, "huge.inf");
        using (var stream = File.Create(path))
        {
            stream.SetLength(33L * 1024 * 1024);
        }

        var (exitCode, output, error) = Inf("check", path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ntsim inf check: cannot open '{path}': it is 34,603,008 bytes; an INF file is at most 32 MiB.{Environment.NewLine}", error);
    }

    [UnixFact]
    public void Check_DevZero_OneLineNotARegularFile()
    {
        var (exitCode, output, error) = Inf("check", "/dev/zero");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ntsim inf check: cannot open '/dev/zero': it is not a regular file (a device, a pipe or a socket).{Environment.NewLine}", error);
    }

    [UnixFact]
    public void Check_Fifo_OneLineNotARegularFileWithoutWaitingForAWriter()
    {
        var fifo = Path.Combine(_directory, "pipe.inf");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { fifo } })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var check = Task.Run(() => Inf("check", fifo));
        try
        {
            // A reader that opened the pipe would wait for a writer: bounded, so a regression fails instead of hanging.
            Assert.True(check.Wait(TimeSpan.FromSeconds(30)), "inf check opened the FIFO and waited for a writer");
        }
        finally
        {
            if (!check.IsCompleted)
            {
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }
        }

        var (exitCode, output, error) = check.Result;
        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ntsim inf check: cannot open '{fifo}': it is not a regular file (a device, a pipe or a socket).{Environment.NewLine}", error);
    }
}
