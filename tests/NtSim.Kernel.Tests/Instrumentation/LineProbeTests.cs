using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Instrumentation;

/// <summary>The line probes of an instrumented image: one at each visible sequence point, mapped to its line, armed only
/// while a line breakpoint resolves to a probe (or a step goes by line), so that a line costs one static read otherwise.</summary>
public sealed class LineProbeTests
{
    [Fact]
    public void ProbeTable_HasALineProbeAtEachSourceLine_ThatStacksStillNameRight()
    {
        using var machine = Boot();
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));
        var probes = machine.IoManager.Drivers.Single(d => d.Name == "Runaway").Image!.Probes!;

        // "while (true) { _spins++; }" is four sequence points on one line; a breakpoint on it binds to the first.
        var site = RunawayDriver.Site("entry spin");
        Assert.Equal(4, probes.Sites.Count(s => s.Kind == ProbeKind.Line && s.Site == site));
        var line = probes.FindLine("RunawayDriver.cs", int.Parse(site.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))!;
        var spin = Assert.Single(line.Sites);
        Assert.Equal("RunawayDriver.DriverEntry", spin.Method);
        Assert.Equal(probes.Sites.Where(s => s.Kind == ProbeKind.Line && s.Site == site).Min(s => s.IlOffset), spin.IlOffset);
        Assert.Same(spin, ProbeTable.Find(spin.Id));
        Assert.Null(probes.FindLine("RunawayDriver.cs", 100_000));
        Assert.Null(probes.FindLine("Other.cs", 1));
        Assert.All(probes.Sites.Where(s => s.Kind == ProbeKind.Line), s => Assert.NotNull(s.File));
        // Every method whose entry has a line has line probes too.
        Assert.All(probes.Sites.Where(s => s.Kind == ProbeKind.MethodEntry && s.File is not null),
            e => Assert.Contains(probes.Sites, s => s.Kind == ProbeKind.Line && s.Method == e.Method));
    }

    [Fact]
    public void LineProbes_AreArmedOnlyWhileALineBreakpointResolvesToOne()
    {
        using var machine = Machine.Boot(new MachineOptions { KernelDebugging = KernelDebugging.Attached });
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));
        var table = machine.Breakpoints;
        Assert.False(table.ArmsLines);

        // Neither a routine breakpoint nor a line no loaded image has arms the line probes.
        table.Set(BreakpointTarget.Routine("Runaway", "RunawayDriver.DriverEntry"));
        var elsewhere = table.Set(BreakpointTarget.SourceLine("", "Elsewhere.cs", 10));
        Assert.False(table.ArmsLines);
        Assert.Null(table.Resolve(elsewhere.Target));

        var line = int.Parse(RunawayDriver.Site("entry spin").Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var onSpin = table.Set(BreakpointTarget.SourceLine("Runaway", "RunawayDriver.cs", line));
        Assert.True(table.ArmsLines);
        Assert.True(BreakpointTable.LinesArmed);
        Assert.Equal(line, table.Resolve(onSpin.Target)!.Value.Line.Line);

        table.Enable(onSpin.Id, false);
        Assert.False(table.ArmsLines);
        table.Enable(onSpin.Id, true);
        Assert.True(table.ArmsLines);
        table.Clear(onSpin.Id);
        Assert.False(table.ArmsLines);
    }

    [Fact]
    public void LineBreakpoint_OnAnUnloadedImage_IsDisarmedWhenItUnloads()
    {
        using var machine = Machine.Boot(new MachineOptions { KernelDebugging = KernelDebugging.Attached });
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));
        machine.Breakpoints.Set(BreakpointTarget.SourceLine("", "RunawayDriver.cs", 1));
        Assert.True(machine.Breakpoints.ArmsLines);

        Assert.True(machine.Services.Stop("Runaway").IsClean);

        Assert.False(machine.Breakpoints.ArmsLines);
    }
}
