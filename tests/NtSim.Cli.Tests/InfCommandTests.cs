using System.Diagnostics;

namespace NtSim.Cli.Tests;

/// <summary>`ntsim inf check`: InfVerif-style problems, a summary, and the exit code.</summary>
public sealed class InfCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntsim-inf-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CliRun Inf(params string[] args) => CliRun.Of(["inf", .. args]);

    /// <summary>Asserts the whole output, this test's folder written as &lt;dir&gt;.</summary>
    private void Matches(CliRun run, string name) => run.Matches("inf/" + name, (_directory, "<dir>"));

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

        var run = Inf("check", path);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Matches(run, "check-good");
    }

    [Fact]
    public void Check_KmdfInf_ListsKmdfServiceAndFlagsItsProblems()
    {
        var path = Write("kmdf.inf", """
            [Version]
            Signature = "$WINDOWS NT$"
            Class = Sample
            ClassGuid = {78A1C341-4539-11d3-B88D-00C04FAD5171}
            Provider = Contoso
            DriverVer = 06/21/2006,6.1.7779.2
            [Manufacturer]
            Contoso = Std, NTamd64
            [Std.NTamd64]
            "Echo" = Echo_Device, root\ECHO
            "Echo2" = Echo2_Device, root\ECHO2
            [Echo_Device.NT]
            [Echo_Device.NT.Services]
            AddService = ECHO, 0x2, Echo_Service_Inst
            [Echo_Service_Inst]
            ServiceType = 1
            ServiceBinary = %12%\ECHO.sys
            [Echo_Device.NT.Wdf]
            KmdfService = ECHO, Echo_wdfsect
            [Echo_wdfsect]
            KmdfLibraryVersion = 1.15
            [Echo2_Device.NT]
            [Echo2_Device.NT.Services]
            AddService = ECHO2, 0x2, Echo_Service_Inst
            [Echo2_Device.NT.Wdf]
            KmdfService = ECHOX, Echo2_wdfsect
            [Echo2_wdfsect]
            KmdfLibraryVersion = 1.x
            """);

        var run = Inf("check", path);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-kmdf");
    }

    [Fact]
    public void Check_UnterminatedQuote_PrintsFileLineColumnAndExits1()
    {
        var path = Write("bad.inf", "[Version]\r\nSignature = \"$Windows NT$\"\r\nProvider = \"Contoso\r\nx = %Nope%\r\n");

        var run = Inf("check", path);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-unterminated-quote");
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

        var run = Inf("check", path);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-copyfiles-climbing-out");
    }

    [Fact]
    public void Check_MissingFile_ErrorNamesThePath()
    {
        var path = Path.Combine(_directory, "missing.inf");

        var run = Inf("check", path);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-missing-file");
    }

    [Fact]
    public void Check_EmptyFileName_ClearErrorNotACrash()
    {
        var run = Inf("check", "");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-empty-file-name");
    }

    [Fact]
    public void Check_Folder_OneLineSaysItIsAFolder()
    {
        var run = Inf("check", _directory);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-folder");
    }

    [Fact]
    public void Check_OversizedFile_OneLineWithTheSize()
    {
        var path = Path.Combine(_directory, "huge.inf");
        using (var stream = File.Create(path))
        {
            stream.SetLength(33L * 1024 * 1024);
        }

        var run = Inf("check", path);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-oversized");
    }

    [UnixFact]
    public void Check_DevZero_OneLineNotARegularFile()
    {
        var run = Inf("check", "/dev/zero");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-dev-zero");
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

        var run = check.Result;
        Assert.Equal(1, run.ExitCode);
        Matches(run, "check-fifo");
    }
}
