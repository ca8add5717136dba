using System.Globalization;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>lm, x, ln and module!symbol in expressions: a driver's C# methods as WinDbg symbols at stable addresses.</summary>
public sealed class ModulesTests
{
    [Theory]
    [InlineData("lm", "lm")]
    [InlineData("lm m z*", "lm_pattern")]
    [InlineData("lm v m Zero", "lm_verbose")]
    [InlineData("x Zero!Zero*", "x_zero")]
    [InlineData("x Simple!*", "x_simple")]
    [InlineData("x nt!IoCreate*", "x_nt")]
    [InlineData("ln Zero!ZeroRead", "ln_exact")]
    [InlineData("ln Zero!ZeroRead+8", "ln_displacement")]
    [InlineData("ln nt!IoCompleteRequest", "ln_nt")]
    public void Command_PrintsWinDbgsLayout(string command, string expected)
    {
        using var rig = new DevicesRig();

        ExpectedText.Matches("Modules/" + expected, rig.Kd.Execute(command));
    }

    [Theory]
    [InlineData("x Zero", "Couldn't resolve error at 'Zero'\n")]
    [InlineData("x NoSuch!*", "Couldn't resolve error at 'NoSuch!*'\n")]
    [InlineData("x Zero!NoSuch*", "")]
    [InlineData("lm q", "Unrecognized option 'q'\n")]
    [InlineData("lm m", "Missing module pattern after 'm'\n")]
    [InlineData("ln 1234", "")]
    [InlineData("ln Zero!NoSuch", "Couldn't resolve error at 'Zero!NoSuch'\n")]
    public void BadArguments_WinDbgsErrorOrNothing(string command, string expected)
    {
        using var rig = new DevicesRig();

        Assert.Equal(expected, rig.Kd.Execute(command));
    }

    [Theory]
    [InlineData("lmvm Zero")]
    [InlineData("lm m Zero v")]
    [InlineData("lm vm zero")]
    public void Lm_VerboseSpellings_SameAsLmVM(string command)
    {
        using var rig = new DevicesRig();

        Assert.Equal(rig.Kd.Execute("lm v m Zero"), rig.Kd.Execute(command));
    }

    [Fact]
    public void DriverRoutine_SameAddressInExpressionsDispatchTableAndLn()
    {
        using var rig = new DevicesRig();
        var expected = KdSymbolsAddress(rig, rig.Zero.MajorFunction[Wdm.IRP_MJ_READ]!);

        Assert.Equal(Evaluated(expected), rig.Kd.Execute("? Zero!ZeroRead"));
        Assert.Equal(Evaluated(expected), rig.Kd.Execute("? zero!ZeroDriver.ZeroRead"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{expected:x16}    Zero!ZeroRead\n"), rig.Kd.Execute("!drvobj Zero 2"), StringComparison.Ordinal);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"({expected >> 32:x8}`{expected & 0xFFFF_FFFF:x8})   Zero!ZeroRead   |"),
            rig.Kd.Execute(string.Create(CultureInfo.InvariantCulture, $"ln {expected:x}")), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_SameAddressesOnEveryBoot()
    {
        string First()
        {
            using var rig = new DevicesRig();
            return rig.Kd.Execute("lm; x Zero!*; x Simple!*");
        }

        Assert.Equal(First(), First());
    }

    [Fact]
    public void CollidingNames_AreClassQualified()
    {
        using var machine = TestMachine.Boot(options: new MachineOptions { Seed = 14 });
        machine.StartDriver<NamingDriver>("Naming");
        var kd = new KernelDebugger(machine);

        // x lists by address, and addresses come from a hash of each name: the set of names is what is checked.
        var names = kd.Execute("x Naming!*").TrimEnd('\n').Split('\n').Select(l => l[18..]).Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "Naming!DriverEntry (DRIVER_OBJECT, UNICODE_STRING)",
            "Naming!NamingDriver.NamingDispatch (DEVICE_OBJECT, IRP)",
            "Naming!Complete (IRP)",
            "Naming!NamingDriver.DriverEntry.Unload (DRIVER_OBJECT)",
            "Naming!Queue.NamingDispatch (DEVICE_OBJECT, IRP)",
            "Naming!NamingDriver.DriverEntry.lambda (DEVICE_OBJECT, IRP)",
        }.Order(StringComparer.Ordinal), names);
        var dispatch = kd.Execute("!drvobj Naming 2");
        Assert.Matches(@"\nDriverUnload:  [0-9a-f]{16} Naming!NamingDriver\.DriverEntry\.Unload\n", dispatch);
        Assert.Matches(@"\n\[00\] IRP_MJ_CREATE +[0-9a-f]{16}    Naming!NamingDriver\.NamingDispatch\n", dispatch);
        Assert.Matches(@"\n\[02\] IRP_MJ_CLOSE +[0-9a-f]{16}    Naming!Queue\.NamingDispatch\n", dispatch);
        Assert.Matches(@"\n\[03\] IRP_MJ_READ +[0-9a-f]{16}    Naming!NamingDriver\.DriverEntry\.lambda\n", dispatch);
        Assert.NotEqual(kd.Execute("? Naming!NamingDriver.NamingDispatch"), kd.Execute("? Naming!Queue.NamingDispatch"));
        Assert.StartsWith("Evaluate expression: ", kd.Execute("? Naming!Queue.NamingDispatch"), StringComparison.Ordinal);
        Assert.Equal("Couldn't resolve error at 'Naming!NamingDispatch'\n", kd.Execute("? Naming!NamingDispatch"));
    }

    // The address the dispatch table's delegate has, as the kernel computes it for the routine it calls.
    private static ulong KdSymbolsAddress(DevicesRig rig, Delegate routine) => Engine.KdSymbols.AddressOf(rig.Machine, routine);

    private static string Evaluated(ulong value) =>
        string.Create(CultureInfo.InvariantCulture, $"Evaluate expression: {(long)value} = {value >> 32:x8}`{value & 0xFFFF_FFFF:x8}\n");
}
