using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The machine's Driver Verifier settings: the default, the bits it refuses, what it does not
/// simulate, and what MmIsVerifierEnabled and MmIsDriverVerifying answer.</summary>
public sealed class DriverVerifierTests
{
    [Fact]
    public void Boot_Default_IsVerifierStandard()
    {
        using var machine = Machine.Boot();
        Assert.Equal(VerifierFlags.Standard, machine.Verifier.Flags);
        Assert.Equal(0x209BBu, (uint)machine.Verifier.Flags);
    }

    [Fact]
    public void Boot_UnknownBits_IsAnErrorNamingThem()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Machine.Boot(new MachineOptions { Verifier = VerifierFlags.PoolTracking | (VerifierFlags)0x40 | (VerifierFlags)0x1000 }));
        Assert.Contains("MachineOptions.Verifier has bits NtSim does not know: 0x40, 0x1000.", error.Message);
    }

    [Fact]
    public void NotSimulated_Standard_NamesSpecialPoolDmaAndMiscellaneous()
    {
        using var machine = Machine.Boot();
        Assert.Equal(VerifierFlags.SpecialPool | VerifierFlags.DmaChecking | VerifierFlags.MiscellaneousChecks, machine.Verifier.NotSimulated);
        Assert.Equal(VerifierFlags.DeadlockDetection | VerifierFlags.SecurityChecks, machine.Verifier.PartlySimulated);
    }

    [Fact]
    public void NotSimulated_OnlyWhatWasAskedFor()
    {
        using var machine = VerifierBoot.With(VerifierFlags.PoolTracking | VerifierFlags.LowResourcesSimulation);
        Assert.Equal(VerifierFlags.LowResourcesSimulation, machine.Verifier.NotSimulated);
        Assert.Equal(VerifierFlags.None, machine.Verifier.PartlySimulated);
    }

    [Fact]
    public void VerifierOptions_CoverEveryKnownBitOnce()
    {
        var bits = VerifierOptions.All.Select(o => o.Flag).ToList();
        Assert.Equal(bits.Count, bits.Distinct().Count());
        Assert.Equal(VerifierOptions.Known, bits.Aggregate(VerifierFlags.None, (all, b) => all | b));
        Assert.All(bits, b => Assert.True(((uint)b & ((uint)b - 1)) == 0, $"{b} is not one bit"));
    }

    [Theory]
    [InlineData(VerifierFlags.None, 0xC00000BBu, 0u)]
    [InlineData(VerifierFlags.PoolTracking, 0u, 0x8u)]
    [InlineData(VerifierFlags.Standard, 0u, 0x209BBu)]
    public void MmIsVerifierEnabled_AnswersFromTheMachinesOptions(VerifierFlags flags, uint expectedStatus, uint expectedFlags)
    {
        using var machine = VerifierBoot.With(flags);
        var status = STATUS_PENDING;
        uint reported = 0xFFFFFFFF;
        MachineAssert.Completed(machine, machine.Run(() => status = MmIsVerifierEnabled(out reported)));
        Assert.Equal(expectedStatus, (uint)status);
        Assert.Equal(expectedFlags, reported);
    }

    [Theory]
    [InlineData(VerifierFlags.None, false)]
    [InlineData(VerifierFlags.IoVerification, true)]
    public void MmIsDriverVerifying_EveryDriverWhenAnyOptionIsOn(VerifierFlags flags, bool expected)
    {
        using var machine = VerifierBoot.With(flags);
        bool? verifying = null;
        MachineAssert.Completed(machine, machine.Run(() =>
            Io.IoTestDriver.Load("Asker", (driver, _) =>
            {
                verifying = MmIsDriverVerifying(driver);
                return STATUS_SUCCESS;
            })));
        Assert.Equal(expected, verifying);
    }

    [Fact]
    public void VerifierRules_EachCodeAndSubcodeOnce_EachGovernedByKnownBits()
    {
        var rules = VerifierRules.All;
        Assert.Equal(rules.Count, rules.Select(r => (r.Code, r.Subcode)).Distinct().Count());
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.True(r.Code is DRIVER_VERIFIER_DETECTED_VIOLATION or DRIVER_VERIFIER_IOMANAGER_VIOLATION, r.ToString());
            Assert.NotEqual(VerifierFlags.None, r.Flag);
            Assert.Equal(VerifierFlags.None, r.Flag & ~VerifierOptions.Known);
            Assert.False(string.IsNullOrWhiteSpace(r.Source), r.ToString());
        });
    }

    [Fact]
    public void VerifierRules_NoneIsOnWithoutDriverVerifier_EveryOneIsOnUnderStandard()
    {
        Assert.All(VerifierRules.All, r =>
        {
            Assert.False(r.IsOn(VerifierFlags.None), r.ToString());
            Assert.True(r.IsOn(VerifierFlags.Standard), r.ToString());
        });
    }
}
