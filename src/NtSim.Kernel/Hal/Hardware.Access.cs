using System.Buffers.Binary;

namespace NtSim;

// The driver's accesses as the DDIs make them: a port number or a virtual register address, one value
// or a buffer of them.
public sealed partial class Hardware
{
    /// <summary>A read at a virtual register address: through the device when it lies in a view MmMapIoSpace
    /// made, else an ordinary (volatile) read of memory, which faults as any access does where nothing is mapped.</summary>
    internal ulong ReadRegisterAt(ulong address, int width)
    {
        if (IoSpace.Translate(address, (ulong)width) is { } physical)
        {
            return ReadRegister(physical, width);
        }

        return Load(new PVOID(address).AsReadOnlySpan(width), width);
    }

    /// <summary>A write at a virtual register address (see <see cref="ReadRegisterAt"/>).</summary>
    internal void WriteRegisterAt(ulong address, int width, ulong value)
    {
        if (IoSpace.Translate(address, (ulong)width) is { } physical)
        {
            WriteRegister(physical, width, value);
            return;
        }

        Store(new PVOID(address).AsSpan(width), width, value);
    }

    // READ_PORT_BUFFER_*: Count INs of the same port (rep ins, __inbytestring on x64) into the buffer.
    internal void ReadPortBuffer(ushort port, int width, PVOID buffer, uint count)
    {
        if (count == 0)
        {
            return;
        }

        var values = new ulong[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadPort(port, width);
        }

        var target = buffer.AsSpan(checked((int)count * width));
        for (var i = 0; i < values.Length; i++)
        {
            Store(target[(i * width)..], width, values[i]);
        }
    }

    // WRITE_PORT_BUFFER_*: Count OUTs of the same port (rep outs) from the buffer.
    internal void WritePortBuffer(ushort port, int width, PVOID buffer, uint count)
    {
        if (count == 0)
        {
            return;
        }

        var source = buffer.AsReadOnlySpan(checked((int)count * width)).ToArray();
        for (var i = 0; i < count; i++)
        {
            WritePort(port, width, Load(source.AsSpan(i * width), width));
        }
    }

    // READ_REGISTER_BUFFER_*: Count registers at consecutive addresses from Register (a movs on x64) into the buffer.
    internal void ReadRegisterBuffer(ulong register, int width, PVOID buffer, uint count)
    {
        if (count == 0)
        {
            return;
        }

        var values = new ulong[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadRegisterAt(register + ((ulong)i * (ulong)width), width);
        }

        var target = buffer.AsSpan(checked((int)count * width));
        for (var i = 0; i < values.Length; i++)
        {
            Store(target[(i * width)..], width, values[i]);
        }
    }

    // WRITE_REGISTER_BUFFER_*: the buffer to Count registers at consecutive addresses from Register.
    internal void WriteRegisterBuffer(ulong register, int width, PVOID buffer, uint count)
    {
        if (count == 0)
        {
            return;
        }

        var source = buffer.AsReadOnlySpan(checked((int)count * width)).ToArray();
        for (var i = 0; i < count; i++)
        {
            WriteRegisterAt(register + ((ulong)i * (ulong)width), width, Load(source.AsSpan(i * width), width));
        }
    }

    private static ulong Load(ReadOnlySpan<byte> bytes, int width) => width switch
    {
        1 => bytes[0],
        2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        _ => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
    };

    private static void Store(Span<byte> bytes, int width, ulong value)
    {
        switch (width)
        {
            case 1:
                bytes[0] = (byte)value;
                break;
            case 2:
                BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
                break;
            case 4:
                BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)value);
                break;
            default:
                BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
                break;
        }
    }
}
