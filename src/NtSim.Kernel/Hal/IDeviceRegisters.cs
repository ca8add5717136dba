namespace NtSim;

/// <summary>
/// A device model's registers as a bus sees them: an I/O port range or a memory-mapped register
/// range answers reads and writes at an offset from the range's start, 1, 2, 4 or 8 bytes wide.
/// Machine.Hardware routes the driver's READ_PORT_*/WRITE_PORT_* and READ_REGISTER_*/WRITE_REGISTER_*
/// accesses here (docs/hardware.md). Called on the simulated thread that made the access, at its IRQL.
/// </summary>
public interface IDeviceRegisters
{
    /// <summary>The value the device drives on the bus for a read of <paramref name="width"/> bytes at
    /// <paramref name="offset"/>; only the low <paramref name="width"/> bytes are used.</summary>
    ulong Read(ulong offset, int width);

    /// <summary>A write of the low <paramref name="width"/> bytes of <paramref name="value"/> at <paramref name="offset"/>.</summary>
    void Write(ulong offset, int width, ulong value);
}
