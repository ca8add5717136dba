using NtSim.Tests;
using NtSim.WdfTests.Drivers;

namespace NtSim.WdfTests;

/// <summary>The KMDF verifier settings under Services\&lt;service&gt;\Parameters\Wdf, read at WdfDriverCreate.</summary>
public sealed class VerifierSettingsTests
{
    [Fact]
    public void Read_EveryValue_FromParametersWdf()
    {
        using var machine = MachineAssert.Boot();
        var key = FxVerifierSettings.KeyPath("wdfset");
        machine.Registry.SetValue(key, "VerifierOn", 1u);
        machine.Registry.SetValue(key, "VerboseOn", 1u);
        machine.Registry.SetValue(key, "DbgBreakOnError", 0u);
        machine.Registry.SetValue(key, "VerifierAllocateFailCount", 5u);
        machine.Registry.SetValue(key, "EnhancedVerifierOptions", 0x10001u);
        machine.Registry.SetValue(key, "VerifyDownLevel", 1u);
        machine.Registry.SetValue(key, "LogPages", 4u);
        machine.Registry.SetValue(key, "TrackHandles", new[] { "WDFREQUEST", "WDFQUEUE" });

        var settings = Start(machine, "wdfset");

        Assert.True(settings.VerifierOn);
        Assert.True(settings.VerboseOn);
        Assert.False(settings.DbgBreakOnError);
        Assert.Equal(5u, settings.VerifierAllocateFailCount);
        Assert.Equal(0x10001u, settings.EnhancedVerifierOptions);
        Assert.True(settings.VerifyDownLevel);
        Assert.Equal(4u, settings.LogPages);
        Assert.Equal(["WDFREQUEST", "WDFQUEUE"], settings.TrackHandles);
    }

    [Fact]
    public void Defaults_UnderDriverVerifier_VerifierAndBreakOn()
    {
        using var machine = MachineAssert.Boot();

        var settings = Start(machine, "wdfdef");

        Assert.True(settings.VerifierOn);
        Assert.True(settings.DbgBreakOnError);
        Assert.False(settings.VerboseOn);
        Assert.Equal(uint.MaxValue, settings.VerifierAllocateFailCount);
        Assert.Equal(1u, settings.LogPages);
        Assert.Empty(settings.TrackHandles);
    }

    [Fact]
    public void Defaults_WithoutDriverVerifier_VerifierAndBreakOff()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None });

        var settings = Start(machine, "wdfoff");

        Assert.False(settings.VerifierOn);
        Assert.False(settings.DbgBreakOnError);
    }

    [Fact]
    public void VerifierOn_WithoutDriverVerifier_ImpliesDbgBreakOnError()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None });
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfon"), "VerifierOn", 1u);

        var settings = Start(machine, "wdfon");

        Assert.True(settings.VerifierOn);
        Assert.True(settings.DbgBreakOnError);
    }

    [Theory]
    [InlineData(0u, 1u)]
    [InlineData(16u, 16u)]
    [InlineData(40u, 16u)]
    public void LogPages_IsClampedToOneToSixteen(uint value, uint expected)
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfpages"), "LogPages", value);

        Assert.Equal(expected, Start(machine, "wdfpages").LogPages);
    }

    private static FxVerifierSettings Start(Machine machine, string service)
    {
        ScriptedKmdfDriver.Install(machine, service, _ => Wdm.STATUS_SUCCESS);
        MachineAssert.Completed(machine, machine.Services.Start(service));
        return FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == service).Verifier;
    }
}
