namespace NtSim.Debugger.Tests;

/// <summary>.kdfiles: the driver replacement map, its file, and a buggy driver replaced by its fix between a stop
/// and a start of its service, on one machine.</summary>
public sealed class KdFilesTests
{
    [Fact]
    public void KdFilesM_BetweenStopAndStart_TheFixedBuildRuns_AndStaysAfterTheDebuggerLeaves()
    {
        using var rig = new KdFilesRig();

        // The buggy build: its unload forgets its pool block.
        var (build, report) = rig.StartAndStop();
        Assert.Equal("buggy", build);
        var leak = Assert.Single(report.OfKind(UnloadLeakKind.PoolAllocation));
        Assert.Contains("Mend", leak.Description, StringComparison.Ordinal);

        Assert.Equal("", rig.Kd.Execute($".kdfiles -m mender {rig.FixedBuild}"));
        (build, report) = rig.StartAndStop();
        Assert.Equal("fixed", build);
        Assert.True(report.IsClean, report.ToString());
        // The size is the fixed build's, in K rounded up (it changes with the compiler): checked here, not in the file.
        var size = $"File size {(new FileInfo(rig.FixedBuild).Length + 1023) / 1024}K";
        Assert.Contains(size, rig.KdOutput, StringComparison.Ordinal);
        ExpectedText.Matches("kdfiles/sent", rig.KdOutput.Replace(size, "File size <size>K", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(rig.FixedBuild), File.ReadAllBytes(rig.InstalledImage));

        // The file was overwritten: the fix stays with the debugger gone, and after a reboot of the machine folder.
        rig.Machine.Debugger.Detach();
        Assert.Equal("fixed", rig.StartAndStop().Build);
        rig.Boot(KernelDebugging.Enabled);
        (build, report) = rig.StartAndStop();
        Assert.Equal("fixed", build);
        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void KdFiles_MapFile_LoadedThenListed_AndItsAssociationReplacesTheDriver()
    {
        using var rig = new KdFilesRig();
        var map = Path.Combine(rig.HostFolder, "mender.ini");
        File.WriteAllText(map, $"""
            # Mender: the fix for the leak at unload
            map
            \SystemRoot\System32\drivers\Mender.sys
            {rig.FixedBuild}

            # another driver, not loaded here
            map
            beep.sys
            {Path.Combine(rig.HostFolder, "new_beep.sys")}

            """);

        ExpectedText.Matches("kdfiles/load-and-list", rig.Scrub(rig.Kd.Execute($".kdfiles {map}; .kdfiles")));
        Assert.Equal("fixed", rig.StartAndStop().Build);
    }

    [Fact]
    public void KdFiles_BadBlock_RefusedNamingTheLine_AndTheMapStaysAsItWas()
    {
        using var rig = new KdFilesRig();
        rig.Machine.Debugger.Replacements.Add("mender", rig.FixedBuild);
        var map = Path.Combine(rig.HostFolder, "bad.ini");
        File.WriteAllText(map, "# a block broken up by a comment\nmap\nmender.sys\n# the new driver\nC:\\new\\mender.sys\n");
        var missing = Path.Combine(rig.HostFolder, "missing.ini");
        var truncated = Path.Combine(rig.HostFolder, "truncated.ini");
        File.WriteAllText(truncated, "map\nmender.sys\n");
        var stray = Path.Combine(rig.HostFolder, "stray.ini");
        File.WriteAllText(stray, "map\nmender.sys\nC:\\new\\mender.sys\nmender2.sys\n");

        ExpectedText.Matches("kdfiles/bad-files", rig.Scrub(rig.Kd.Execute($".kdfiles {map}; .kdfiles {missing}; .kdfiles {truncated}; .kdfiles {stray}")));
        Assert.Equal([new DriverReplacement("mender", rig.FixedBuild)], rig.Machine.Debugger.Replacements.Entries);
    }

    [Fact]
    public void KdFiles_SaveClearAndOptionErrors()
    {
        using var rig = new KdFilesRig();
        var saved = Path.Combine(rig.HostFolder, "saved.ini");

        ExpectedText.Matches("kdfiles/save-clear", rig.Scrub(rig.Kd.Execute(
            $".kdfiles; .kdfiles -m mender {rig.FixedBuild}; .kdfiles -m \\SystemRoot\\System32\\drivers\\beep.sys beep2.sys; .kdfiles; " +
            $".kdfiles -s {saved}; .kdfiles -c; .kdfiles; .kdfiles -m mender; .kdfiles -s; .kdfiles -x")));
        Assert.Equal($"map\nmender\n{rig.FixedBuild}\nmap\n\\SystemRoot\\System32\\drivers\\beep.sys\nbeep2.sys\n", File.ReadAllText(saved));
        Assert.Empty(rig.Machine.Debugger.Replacements.Entries);

        // The saved file loads back as it was.
        Assert.Equal($"KD file associations loaded from '{saved}'\n", rig.Kd.Execute($".kdfiles {saved}"));
        Assert.Equal(2, rig.Machine.Debugger.Replacements.Count);
    }

    [Fact]
    public void KdFiles_NoDebuggerAttached_NothingIsReplaced()
    {
        using var rig = new KdFilesRig(KernelDebugging.Enabled);
        rig.Machine.Debugger.Replacements.Add("mender", rig.FixedBuild);

        Assert.Equal("buggy", rig.StartAndStop().Build);
        Assert.Equal("", rig.KdOutput);
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "drivers", "Mender.dll")), File.ReadAllBytes(rig.InstalledImage));

        // Attached, the same map replaces it.
        rig.Machine.Debugger.Attach();
        Assert.Equal("fixed", rig.StartAndStop().Build);
    }

    [Fact]
    public void KdFiles_ImageOutsideTheMachine_LoadedInItsPlace_ButTheHostFileIsNotOverwritten()
    {
        using var rig = new KdFilesRig();
        var buggy = Path.Combine(rig.HostFolder, "buggy", "Mender.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(buggy)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "drivers", "Mender.dll"), buggy);
        rig.Machine.Services.Delete(KdFilesRig.Service);
        rig.Machine.Services.Create(KdFilesRig.Service, buggy);
        rig.Machine.Debugger.Replacements.Add("Mender.dll", rig.FixedBuild);

        Assert.Equal("fixed", rig.StartAndStop().Build);
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "drivers", "Mender.dll")), File.ReadAllBytes(buggy));
        rig.Machine.Debugger.Detach();
        Assert.Equal("buggy", rig.StartAndStop().Build);
    }

    [Fact]
    public void KdFiles_NewDriverMissing_TheMachineLoadsItsOwn()
    {
        using var rig = new KdFilesRig();
        rig.Machine.Debugger.Replacements.Add("mender", Path.Combine(rig.HostFolder, "nothere.dll"));

        Assert.Equal("buggy", rig.StartAndStop().Build);
        ExpectedText.Matches("kdfiles/new-missing", rig.KdOutput);
    }

    [Theory]
    [InlineData("mender", true)]
    [InlineData("MENDER", true)]
    [InlineData("mender.sys", true)]
    [InlineData("Mender.dll", true)]
    [InlineData(@"\SystemRoot\System32\drivers\Mender.sys", true)]
    [InlineData(@"\systemroot\system32\DRIVERS\mender", true)]
    [InlineData(@"system32\drivers\mender.sys", true)]
    [InlineData(@"drivers\mender", true)]
    [InlineData("mend", false)]
    [InlineData("mender.txt", false)]
    [InlineData(@"\System32\drivers\mender.sys", false)]
    [InlineData(@"other\mender.sys", false)]
    [InlineData("", false)]
    public void Matches_AsTheWindows10ToolsMatch(string oldDriver, bool matches) =>
        Assert.Equal(matches, new DriverReplacement(oldDriver, "new.sys").Matches(KdFilesRig.ImagePath, "/host/machine/Windows/System32/drivers/Mender.dll"));

    [Fact]
    public void Matches_AFullHostPath()
    {
        var host = Path.Combine(Path.GetTempPath(), "build", "Mender.dll");
        Assert.True(new DriverReplacement(host, "new.sys").Matches(host, host));
        Assert.False(new DriverReplacement(Path.Combine(Path.GetTempPath(), "other", "Mender.dll"), "new.sys").Matches(host, host));
    }
}
