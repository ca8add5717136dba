using System.Diagnostics;

namespace NtSim;

/// <summary>A resource a device decodes, as its start resources give it to the driver: an I/O port range
/// (CmResourceTypePort) or a memory-mapped register range (CmResourceTypeMemory).</summary>
[DebuggerDisplay("{Type} 0x{Start,h}+0x{Length,h}")]
public sealed record HardwareResource(byte Type, ulong Start, uint Length)
{
    /// <summary>Ports [<paramref name="port"/>, +<paramref name="count"/>).</summary>
    public static HardwareResource Port(ushort port, uint count) => new(Wdm.CmResourceTypePort, port, count);

    /// <summary>Physical register space [<paramref name="physicalAddress"/>, +<paramref name="length"/>).</summary>
    public static HardwareResource Memory(ulong physicalAddress, uint length) => new(Wdm.CmResourceTypeMemory, physicalAddress, length);
}
