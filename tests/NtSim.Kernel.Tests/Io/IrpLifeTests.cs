using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>An IRP's life: its states, the moves the table allows, and the history a bug check reads.</summary>
public sealed class IrpLifeTests
{
    [Fact]
    public void History_RecordsEachMove_WithTheDriverLine()
    {
        using var machine = MachineAssert.Boot();
        IReadOnlyList<IrpMove> history = [];
        var completeLine = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Life", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                irp.IoStatus.Status = STATUS_SUCCESS;
                completeLine = LineOf(() => IoCompleteRequest(irp, IO_NO_INCREMENT));
                return STATUS_SUCCESS;
            });
            var irp = IoAllocateIrp(1, false);
            IoSetCompletionRoutine(irp, (_, _, _) => STATUS_MORE_PROCESSING_REQUIRED, null, true, true, true);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
            Assert.Equal(IrpState.Reclaimed, irp.State);
            IoFreeIrp(irp);
            Assert.Equal(IrpState.Free, irp.State);
            history = irp.Life.History;
        }));

        Assert.Equal([IrpState.Allocated, IrpState.Dispatched, IrpState.Completing, IrpState.Reclaimed, IrpState.Free],
            history.TakeLast(5).Select(m => m.To));
        var completing = history.Last(m => m.To == IrpState.Completing);
        Assert.EndsWith("IrpLifeTests.cs", completing.File);
        Assert.Equal(completeLine, completing.Line);
        Assert.Equal(@"\Device\Life", completing.Device);
    }

    [Fact]
    public void CompletedTwice_TheAccountNamesTheFirstCompletion()
    {
        using var machine = MachineAssert.Boot();
        var firstLine = 0;
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Twice", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                irpAddress = irp.Address;
                firstLine = LineOf(() => IoCompleteRequest(irp, IO_NO_INCREMENT));
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            });
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, MULTIPLE_IRP_COMPLETE_REQUESTS, irpAddress, 0, 0, 0);
        Assert.Contains($"first completed by NtSim.Kernel.Tests at IrpLifeTests.cs:{firstLine}", machine.BugCheck!.Detail);
    }

    [Fact]
    public void Table_AllowsTheDocumentedLife_AndNoCompletionOfAFreeOrCompletedIrp()
    {
        Assert.True(IrpLife.Allows(IrpState.Free, IrpState.Allocated));
        Assert.True(IrpLife.Allows(IrpState.Dispatched, IrpState.Completing));
        Assert.True(IrpLife.Allows(IrpState.Completing, IrpState.Reclaimed));
        Assert.True(IrpLife.Allows(IrpState.Reclaimed, IrpState.Completing));
        Assert.False(IrpLife.Allows(IrpState.Free, IrpState.Completing));
        Assert.False(IrpLife.Allows(IrpState.Completed, IrpState.Completing));
        Assert.False(IrpLife.Allows(IrpState.Completing, IrpState.Completing));
        Assert.False(IrpLife.Allows(IrpState.Free, IrpState.Dispatched));
    }

    /// <summary>Runs <paramref name="call"/> and returns the line it was written on (the caller's line).</summary>
    private static int LineOf(Action call, [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        call();
        return line;
    }
}
