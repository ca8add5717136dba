using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// The machine's buses as a driver reaches them: the I/O port space (64 KiB of ports, as on x86/x64)
/// and the physical memory-mapped register space. A test or a device model decodes a range with
/// <see cref="MapPorts"/> or <see cref="MapRegisters"/>; every access is traced (TraceKind.Hardware)
/// so a test can assert the sequence of device accesses. docs/hardware.md.
/// </summary>
[DebuggerDisplay("ports {_ports.Ranges.Count} register ranges {_registers.Ranges.Count}")]
public sealed partial class Hardware
{
    /// <summary>The I/O port space: 0x0000-0xFFFF.</summary>
    public const uint PortSpaceSize = 0x1_0000;

    private readonly Machine _machine;
    private readonly HardwareRanges _ports = new();
    private readonly HardwareRanges _registers = new();

    internal Hardware(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>The views MmMapIoSpace made of register ranges.</summary>
    internal IoSpaceMappings IoSpace { get; } = new();

    /// <summary>Decodes ports [<paramref name="port"/>, +<paramref name="count"/>) to <paramref name="device"/>
    /// (offset 0 is <paramref name="port"/>). A range overlapping one already decoded is refused.</summary>
    public void MapPorts(ushort port, uint count, IDeviceRegisters device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (count == 0 || port + count > PortSpaceSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"MapPorts: ports 0x{port:x}+{count} must be a non-empty range inside 0x0000-0xFFFF.");
        }

        _ports.Add(new HardwareRange(port, count, device), "port range");
    }

    /// <summary>Decodes physical addresses [<paramref name="physicalAddress"/>, +<paramref name="length"/>) to
    /// <paramref name="device"/>, as a device's memory BAR. A range overlapping one already decoded is refused.</summary>
    public void MapRegisters(ulong physicalAddress, ulong length, IDeviceRegisters device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (length == 0 || physicalAddress + length < physicalAddress)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "MapRegisters: the register range must be non-empty and must not wrap.");
        }

        _registers.Add(new HardwareRange(physicalAddress, length, device), "register range");
    }

    /// <summary>Stops decoding every range of <paramref name="device"/> (a device taken off the bus); false if it had none.</summary>
    public bool Unmap(IDeviceRegisters device)
    {
        var ports = _ports.Remove(device);
        return _registers.Remove(device) | ports;
    }

    /// <summary>An IN of <paramref name="width"/> bytes. A port no device decodes reads as all ones, as an
    /// ISA bus with nothing driving the data lines floats high.</summary>
    internal ulong ReadPort(ushort port, int width) => Read(_ports, "in", port, width);

    /// <summary>An OUT of <paramref name="width"/> bytes; dropped when no device decodes the port.</summary>
    internal void WritePort(ushort port, int width, ulong value) => Write(_ports, "out", port, width, value);

    /// <summary>A read of a physical register address: all ones where no device decodes it (a master abort
    /// on PCI reads as all ones).</summary>
    internal ulong ReadRegister(ulong physical, int width) => Read(_registers, "read", physical, width);

    /// <summary>A write of a physical register address; dropped where no device decodes it.</summary>
    internal void WriteRegister(ulong physical, int width, ulong value) => Write(_registers, "write", physical, width, value);

    /// <summary>A read of <paramref name="width"/> bytes in one space: the decoding device's answer, or all ones.</summary>
    private ulong Read(HardwareRanges space, string verb, ulong address, int width)
    {
        var range = space.Find(address);
        var value = range is null ? AllOnes(width) : range.Device.Read(address - range.Start, width) & AllOnes(width);
        Trace(verb, address, width, value, range is null);
        return value;
    }

    /// <summary>A write of <paramref name="width"/> bytes in one space, dropped where no device decodes it.</summary>
    private void Write(HardwareRanges space, string verb, ulong address, int width, ulong value)
    {
        value &= AllOnes(width);
        var range = space.Find(address);
        range?.Device.Write(address - range.Start, width, value);
        Trace(verb, address, width, value, range is null);
    }

    internal static ulong AllOnes(int width) => width >= 8 ? ulong.MaxValue : (1UL << (width * 8)) - 1;

    private void Trace(string what, ulong address, int width, ulong value, bool unclaimed)
    {
        if (_machine.Trace.Enabled)
        {
            var direction = what is "in" or "read" ? "->" : "<-";
            _machine.Scheduler.Trace(TraceKind.Hardware, string.Create(CultureInfo.InvariantCulture,
                $"{what} {WidthName(width)} 0x{address:x} {direction} 0x{value.ToString("x" + (width * 2).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}{(unclaimed ? " (no device)" : "")}"));
        }
    }

    private static string WidthName(int width) => width switch
    {
        1 => "UCHAR",
        2 => "USHORT",
        4 => "ULONG",
        _ => "ULONG64",
    };
}
