using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Io;

/// <summary>IoInitializeIrp: a used IRP made fresh again; a stack size or packet size that does not fit is refused.</summary>
public sealed class IoInitializeIrpTests
{
    [Fact]
    public void IoInitializeIrp_ClearsTheIrpAndItsLocations()
    {
        using var machine = Boot();
        sbyte location = 0;
        ushort size = 0;
        uint flags = 1;
        ulong information = 1;
        byte major = 1;
        string wrongCount = "", tooSmall = "";
        Completed(machine, machine.Run(() =>
        {
            var irp = IoAllocateIrp(2, false);
            irp.Flags = IRP_BUFFERED_IO;
            irp.IoStatus.Information = 99;
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_WRITE;
            KeRaiseIrql(HIGH_LEVEL, out var old);
            IoInitializeIrp(irp, (ushort)(IoSizeOfIrp(2) + 8), 2);
            KeLowerIrql(old);
            (location, size, flags, information, major) = (irp.CurrentLocation, irp.Size, irp.Flags, irp.IoStatus.Information, IoGetNextIrpStackLocation(irp).MajorFunction);
            try
            {
                IoInitializeIrp(irp, IoSizeOfIrp(3), 3);
            }
            catch (ArgumentException e)
            {
                wrongCount = e.Message;
            }

            try
            {
                IoInitializeIrp(irp, (ushort)(IoSizeOfIrp(2) - 1), 2);
            }
            catch (ArgumentException e)
            {
                tooSmall = e.Message;
            }

            IoFreeIrp(irp);
        }));

        Assert.Equal(3, location);
        Assert.Equal(IoSizeOfIrp(2) + 8, size);
        Assert.Equal(0u, flags);
        Assert.Equal(0UL, information);
        Assert.Equal(0, major);
        Assert.Contains("StackSize 3 is not the 2 stack locations", wrongCount);
        Assert.Contains("less than IoSizeOfIrp(2)", tooSmall);
    }
}
