namespace NtSim.Tests.Kd;

/// <summary>RoutineLayout: where routines sit in a module's image, and that the place of one does not
/// depend on which other routines the assembly has.</summary>
public sealed class RoutineLayoutTests
{
    private const int Slots = KernelModule.SlotCount;

    private static RoutineLayout.Routine R(string name, int token, int parameters = 2) =>
        new("Sample.Driver", name, parameters, 0, token);

    [Fact]
    public void AddingARoutine_LeavesTheOthersInTheirSlots()
    {
        RoutineLayout.Routine[] before = [R("DriverEntry", 0x06000001), R("SampleRead", 0x06000002), R("SampleUnload", 0x06000003, 1)];
        // A new method added first in the source: every later method's token (and row) moves by one.
        RoutineLayout.Routine[] after = [R("SampleCreate", 0x06000001), R("DriverEntry", 0x06000002), R("SampleRead", 0x06000003), R("SampleUnload", 0x06000004, 1)];

        var old = new RoutineLayout(before, Slots);
        var @new = new RoutineLayout(after, Slots);

        Assert.Equal(old.SlotOf(0x06000001), @new.SlotOf(0x06000002));
        Assert.Equal(old.SlotOf(0x06000002), @new.SlotOf(0x06000003));
        Assert.Equal(old.SlotOf(0x06000003), @new.SlotOf(0x06000004));
    }

    [Fact]
    public void Overloads_GetDifferentSlots_AndCollisionsProbeToAFreeOne()
    {
        var overloads = new RoutineLayout([R("Complete", 0x06000001), R("Complete", 0x06000002)], Slots);
        Assert.NotEqual(overloads.SlotOf(0x06000001), overloads.SlotOf(0x06000002));

        // Three slots for three routines: every one still gets its own.
        var crowded = new RoutineLayout([R("A", 1), R("B", 2), R("C", 3)], 3);
        Assert.Equal([0, 1, 2], new[] { crowded.SlotOf(1)!.Value, crowded.SlotOf(2)!.Value, crowded.SlotOf(3)!.Value }.Order());
    }

    [Fact]
    public void AnUnknownToken_HasNoSlot()
    {
        Assert.Null(new RoutineLayout([R("A", 1)], Slots).SlotOf(99));
    }
}
