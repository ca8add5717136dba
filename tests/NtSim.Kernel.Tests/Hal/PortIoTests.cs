using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Hal;

/// <summary>READ_PORT_* / WRITE_PORT_* and their buffer forms against machine.Hardware's port space.</summary>
public sealed class PortIoTests
{
    private const ushort Com1 = 0x3F8;

    private static readonly PVOID Data = new(Com1);
    private static readonly PVOID LineStatus = new(Com1 + 5u);
    private static readonly PVOID Scratch = new(Com1 + 7u);

    [Fact]
    public void WritePortUchar_ThenRead_ReachesTheDeviceModel()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        uart.Receive(0x41);
        byte scratch = 0, status = 0, data = 0, statusAfter = 0;
        Completed(machine, machine.Run(() =>
        {
            WRITE_PORT_UCHAR(Scratch, 0xA5);
            scratch = READ_PORT_UCHAR(Scratch);
            status = READ_PORT_UCHAR(LineStatus);
            data = READ_PORT_UCHAR(Data);
            statusAfter = READ_PORT_UCHAR(LineStatus);
            WRITE_PORT_UCHAR(Data, (byte)'K');
        }));

        Assert.Equal(0xA5, scratch);
        Assert.Equal(0xA5, uart.Scratch);
        Assert.Equal(1, status);
        Assert.Equal(0x41, data);
        Assert.Equal(0, statusAfter);
        Assert.Equal("K"u8.ToArray(), uart.Transmitted);
    }

    [Fact]
    public void ReadPort_NoDeviceDecodesIt_ReadsAllOnes_AndWritesAreDropped()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        byte b = 0;
        ushort w = 0;
        uint d = 0;
        Completed(machine, machine.Run(() =>
        {
            WRITE_PORT_ULONG(new PVOID(0x2F8), 0x1234);
            b = READ_PORT_UCHAR(new PVOID(0x2F8));
            w = READ_PORT_USHORT(new PVOID(0x2F8));
            d = READ_PORT_ULONG(new PVOID(0x2F8));
        }));

        Assert.Equal(0xFF, b);
        Assert.Equal(0xFFFF, w);
        Assert.Equal(0xFFFF_FFFFu, d);
        Assert.Empty(uart.Transmitted);
        Assert.Contains(machine.Trace.Events, e => e.Kind == TraceKind.Hardware && e.Detail == "out ULONG 0x2f8 <- 0x00001234 (no device)");
    }

    [Fact]
    public void PortBufferForms_UseOnePortForEveryElement()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        uart.Receive("world"u8.ToArray());
        byte[] received = [];
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 0x74726F50);
            "hello"u8.CopyTo(buffer.AsSpan(5));
            WRITE_PORT_BUFFER_UCHAR(Data, buffer, 5);
            READ_PORT_BUFFER_UCHAR(Data, buffer + 8, 5);
            received = (buffer + 8).AsReadOnlySpan(5).ToArray();
            ExFreePoolWithTag(buffer, 0x74726F50);
        }));

        Assert.Equal("hello"u8.ToArray(), uart.Transmitted);
        Assert.Equal("world"u8.ToArray(), received);
    }

    [Fact]
    public void PortBufferForms_WiderElements_AreLittleEndian_AndUnclaimedFillsWithOnes()
    {
        using var machine = Boot();
        var fifo = new RecordingPort();
        machine.Hardware.MapPorts(0x1F0, 8, fifo);
        byte[] unclaimed = [];
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, 0x74726F50);
            buffer.Write(0x0201u);
            (buffer + 2).Write((ushort)0x0403);
            WRITE_PORT_BUFFER_USHORT(new PVOID(0x1F0), buffer, 2);
            (buffer + 4).Write(0x0A0B0C0Du);
            WRITE_PORT_BUFFER_ULONG(new PVOID(0x1F4), buffer + 4, 1);
            READ_PORT_BUFFER_USHORT(new PVOID(0x170), buffer + 8, 2);
            READ_PORT_BUFFER_ULONG(new PVOID(0x174), buffer + 12, 1);
            unclaimed = (buffer + 8).AsReadOnlySpan(8).ToArray();
            ExFreePoolWithTag(buffer, 0x74726F50);
        }));

        Assert.Equal([(0UL, 2, 0x0201UL), (0UL, 2, 0x0403UL), (4UL, 4, 0x0A0B0C0DUL)], fifo.Writes);
        Assert.All(unclaimed, b => Assert.Equal(0xFF, b));
    }

    [Fact]
    public void PortAccesses_AreTraced_InOrder()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        uart.Receive(0x42);
        Completed(machine, machine.Run(() =>
        {
            WRITE_PORT_UCHAR(Scratch, 0x5A);
            _ = READ_PORT_UCHAR(Scratch);
            _ = READ_PORT_UCHAR(Data);
            _ = READ_PORT_USHORT(new PVOID(0x80));
        }));

        var accesses = machine.Trace.Events.Where(e => e.Kind == TraceKind.Hardware).Select(e => e.Detail).ToArray();
        Assert.Equal(
        [
            "out UCHAR 0x3ff <- 0x5a",
            "in UCHAR 0x3ff -> 0x5a",
            "in UCHAR 0x3f8 -> 0x42",
            "in USHORT 0x80 -> 0xffff (no device)",
        ], accesses);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(15)]
    public void PortIo_AtAnyIrql_IsAllowed(byte level)
    {
        using var machine = Boot(processors: 1);   // verifier /standard: Force IRQL checking is on
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        byte read = 0;
        Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql((KIRQL)level, out var old);
            WRITE_PORT_UCHAR(Scratch, level);
            read = READ_PORT_UCHAR(Scratch);
            KeLowerIrql(old);
        }));

        Assert.Equal(level, read);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void MapPorts_OverlappingARangeAlreadyDecoded_IsRefused()
    {
        using var machine = Boot();
        machine.Hardware.MapPorts(Com1, 8, new ScratchUart());
        var ex = Assert.Throws<InvalidOperationException>(() => machine.Hardware.MapPorts(Com1 + 4, 8, new ScratchUart()));
        Assert.Contains("0x3fc-0x403 overlaps 0x3f8-0x3ff", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => machine.Hardware.MapPorts(0xFFF8, 9, new ScratchUart()));
    }

    [Fact]
    public void Unmap_TakesTheDeviceOffTheBus()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(Com1, 8, uart);
        Assert.True(machine.Hardware.Unmap(uart));
        Assert.False(machine.Hardware.Unmap(uart));
        byte read = 0;
        Completed(machine, machine.Run(() => read = READ_PORT_UCHAR(Scratch)));
        Assert.Equal(0xFF, read);
    }

    private sealed class RecordingPort : IDeviceRegisters
    {
        public List<(ulong Offset, int Width, ulong Value)> Writes { get; } = [];

        public ulong Read(ulong offset, int width) => 0;

        public void Write(ulong offset, int width, ulong value) => Writes.Add((offset, width, value));
    }
}
