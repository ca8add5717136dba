using System.Runtime.CompilerServices;

namespace NtSim.Debugger.Tests;

/// <summary>Debugger extensions: .load, .chain, .unload, the sample's !zero.stats, the search order, and what an
/// extension that fails or throws gets, in WinDbg's words.</summary>
public sealed class ExtensionsTests
{
    [Fact]
    public void Load_ZeroStats_ReadsTheDriversCounters()
    {
        using var rig = new ExtensionsRig();

        Assert.Equal("", rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}"));
        var output = rig.Kd.Execute("!zero.stats");

        ExpectedText.Matches("extensions/zero-stats", output);
        Assert.Contains("Total read:    64 bytes", output, StringComparison.Ordinal);
        Assert.Contains("Total written: 1024 bytes", output, StringComparison.Ordinal);
        Assert.Contains($"Zero device {ExtensionsRig.Hex(rig.Zero.DeviceObject!.ObjectAddress)},", output, StringComparison.Ordinal);
        Assert.Equal(output, rig.Kd.Execute("!stats"));
        Assert.Equal(output, rig.Kd.Execute(@"!zero.stats \Device\Zero"));
        Assert.Equal(output, rig.Kd.Execute($"!zero.stats {ExtensionsRig.Hex(rig.Zero.DeviceObject!.ObjectAddress)}"));
    }

    [Fact]
    public void ZeroStats_BadDevice_SaysWhy()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}");

        ExpectedText.Matches("extensions/zero-stats-errors", rig.Kd.Execute(@"!zero.stats \Device\Nothing; !zero.stats nosymbol; !zero.stats 0; !zero.stats -?"));
    }

    [Fact]
    public void Chain_ListsBuiltInsThenTheLoaded_NewestFirst()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}; .load {ExtensionsRig.PathOf("testext")}");

        ExpectedText.Matches("extensions/chain", ExtensionsRig.Portable(rig.Kd.Execute(".chain")));
    }

    [Fact]
    public void Load_Twice_IsLoadedOnce()
    {
        using var rig = new ExtensionsRig();

        Assert.Equal("", rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}; .load {ExtensionsRig.PathOf("zero")}"));

        Assert.Single(rig.Kd.Extensions.Loaded);
    }

    [Fact]
    public void Unload_ThenTheCommandIsUnknown_AndTheAssemblyIsCollected()
    {
        using var rig = new ExtensionsRig();
        var assembly = LoadAndTrack(rig);

        var output = rig.Kd.Execute(".unload zero; !zero.stats; !stats; .chain");

        ExpectedText.Matches("extensions/unload", output);
        for (var i = 0; i < 10 && assembly.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(assembly.IsAlive, "The extension's collectible load context was not unloaded.");
    }

    [Fact]
    public void Load_BadInput_WinDbgsWords()
    {
        using var rig = new ExtensionsRig();
        var notAnAssembly = Path.Combine(AppContext.BaseDirectory, "NtSim.Debugger.Tests.deps.json");

        var output = rig.Kd.Execute($".load; .load {ExtensionsRig.Folder}nosuch.dll; .load {notAnAssembly}; .unload nosuch; .unload");

        ExpectedText.Matches("extensions/bad-input", ExtensionsRig.Portable(output).Replace(AppContext.BaseDirectory, "<output>/", StringComparison.Ordinal));
        Assert.Empty(rig.Kd.Extensions.Loaded);
    }

    [Fact]
    public void Load_WithoutDllSuffix_FindsTheFile()
    {
        using var rig = new ExtensionsRig();

        Assert.Equal("", rig.Kd.Execute($".load {ExtensionsRig.Folder}zero"));

        Assert.Equal("zero", Assert.Single(rig.Kd.Extensions.Loaded).Name);
    }

    [Fact]
    public void Load_InitializeFails_IsReportedAndNotLoaded()
    {
        using var rig = new ExtensionsRig();

        var output = rig.Kd.Execute($".load {ExtensionsRig.PathOf("badinit")}; !badinit.unreachable; !unreachable");

        ExpectedText.Matches("extensions/bad-init", ExtensionsRig.Portable(output));
        Assert.Empty(rig.Kd.Extensions.Loaded);
    }

    [Fact]
    public void Command_Throws_IsReported_AndTheSessionGoesOn()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");

        var output = rig.Kd.Execute("!testext.throw; ? 1+2");

        ExpectedText.Matches("extensions/throw", output);
        Assert.EndsWith("Evaluate expression: 3 = 00000000`00000003\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ContinueSearch_PassesTheCommandDownTheChain()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}; .load {ExtensionsRig.PathOf("testext")}");
        var zeroStats = rig.Kd.Execute("!zero.stats");

        Assert.Equal("testext: stats passed on\n" + zeroStats, rig.Kd.Execute("!stats"));
        Assert.Equal("testext: stats passed on\n" + zeroStats, rig.Kd.Execute("!testext.stats"));
        ExpectedText.Matches("extensions/continue-search", rig.Kd.Execute("!nothing; !testext.nothing; !zero.nothing; !nosuch.stats"));
    }

    [Fact]
    public void BuiltInCommands_AreSearchedFirst()
    {
        using var rig = new ExtensionsRig();
        var before = rig.Kd.Execute("!drvobj Zero");
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");

        Assert.Equal(before, rig.Kd.Execute("!drvobj Zero"));
        Assert.Equal(before, rig.Kd.Execute("!testext.drvobj Zero").Replace("testext has no drvobj export\n", before, StringComparison.Ordinal));
    }

    [Fact]
    public void CheckControlC_StopsALongCommand_Once()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");

        rig.Kd.Interrupt();

        Assert.Equal("interrupted at 0\n", rig.Kd.Execute("!count 0n10"));
        Assert.Equal("counted to 10\n", rig.Kd.Execute("!count 0n10"));
    }

    [Fact]
    public void Notify_SessionActiveThenAccessible_AfterInitialize()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");

        Assert.Equal("notified: 0,2\n", rig.Kd.Execute("!notified"));
    }

    [Fact]
    public void Client_SymbolsTypesAndExecute()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");

        var output = rig.Kd.Execute("!symbols");

        ExpectedText.Matches("extensions/client-symbols", output);
        Assert.Contains($"GetOffsetByName Zero!ZeroRead 00000000 {ExtensionsRig.Hex(Engine.KdSymbols.Find(rig.Machine, "Zero!ZeroRead")!.Address)}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_MemoryReadsAndWrites()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("testext")}");
        var device = rig.Zero.DeviceObject!.ObjectAddress;

        var output = rig.Kd.Execute($"!probe {ExtensionsRig.Hex(device)}; !probe 0; db {ExtensionsRig.Hex(device)} L2");

        ExpectedText.Matches("extensions/client-memory", output);
    }

    [Fact]
    public void ExtMatch_ListsTheMatchingCommands()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}; .load {ExtensionsRig.PathOf("testext")}");

        ExpectedText.Matches("extensions/extmatch", rig.Kd.Execute(".extmatch stats; .extmatch /e test* *o*; .extmatch /n /e zero *; .extmatch"));
    }

    // In a method of its own, so that no local of the test keeps the assembly alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndTrack(ExtensionsRig rig)
    {
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}");
        return new WeakReference(rig.Kd.Extensions.Loaded[0].Instance.GetType().Assembly);
    }
}
