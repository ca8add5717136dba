using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoDriverObjectExtensionTests
{
    private static readonly object ClientId = new();

    [Fact]
    public void IoAllocateDriverObjectExtension_ThenGet_ReturnsTheSameArea_SecondAllocateCollides()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new List<NTSTATUS>();
        ClientData? allocated = null, found = null, other = null, duplicate = new();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoTestDriver.Load("Ext", (driver, _) =>
            {
                statuses.Add(IoAllocateDriverObjectExtension(driver, ClientId, out allocated));
                allocated!.Count = 7;
                found = IoGetDriverObjectExtension<ClientData>(driver, ClientId);
                other = IoGetDriverObjectExtension<ClientData>(driver, new object());
                statuses.Add(IoAllocateDriverObjectExtension(driver, ClientId, out duplicate));
                return STATUS_SUCCESS;
            });
        }));

        Assert.Equal([STATUS_SUCCESS, STATUS_OBJECT_NAME_COLLISION], statuses);
        Assert.Same(allocated, found);
        Assert.Equal(7, found!.Count);
        Assert.Null(other);
        Assert.Null(duplicate);
    }

    private sealed class ClientData
    {
        public int Count { get; set; }
    }
}
