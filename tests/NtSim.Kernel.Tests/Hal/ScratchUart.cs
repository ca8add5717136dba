namespace NtSim.Tests.Hal;

/// <summary>A UART-like device model of eight byte ports: offset 0 transmits what is written and reads the next
/// received byte (0 when none), offset 5 is the line status (bit 0: data ready), offset 7 a scratch register.</summary>
internal sealed class ScratchUart : IDeviceRegisters
{
    private readonly Queue<byte> _received = new();

    public List<byte> Transmitted { get; } = [];

    public byte Scratch { get; private set; }

    public void Receive(params byte[] bytes)
    {
        foreach (var b in bytes)
        {
            _received.Enqueue(b);
        }
    }

    public ulong Read(ulong offset, int width) => offset switch
    {
        0 => _received.TryDequeue(out var b) ? b : 0UL,
        5 => _received.Count > 0 ? 1UL : 0UL,
        7 => Scratch,
        _ => 0,
    };

    public void Write(ulong offset, int width, ulong value)
    {
        switch (offset)
        {
            case 0:
                Transmitted.Add((byte)value);
                break;
            case 7:
                Scratch = (byte)value;
                break;
        }
    }
}

/// <summary>A memory-mapped register block: offset 0 a read-only id (0x5A5A0001), then plain read/write registers
/// of any width backed by bytes, as a device's scratch RAM.</summary>
internal sealed class RegisterBlock : IDeviceRegisters
{
    public const uint Id = 0x5A5A_0001;

    private readonly byte[] _bytes;

    public RegisterBlock(int size)
    {
        _bytes = new byte[size];
        BitConverter.TryWriteBytes(_bytes, Id);
    }

    public List<(ulong Offset, int Width, ulong Value)> Writes { get; } = [];

    public ulong Read(ulong offset, int width)
    {
        ulong value = 0;
        for (var i = width - 1; i >= 0; i--)
        {
            value = (value << 8) | _bytes[(int)offset + i];
        }

        return value;
    }

    public void Write(ulong offset, int width, ulong value)
    {
        Writes.Add((offset, width, value));
        if (offset < 4)
        {
            return;   // the id register ignores writes
        }

        for (var i = 0; i < width; i++)
        {
            _bytes[(int)offset + i] = (byte)(value >> (8 * i));
        }
    }
}
