namespace NtSim;

// The DDI table: the hardware access routines (HAL on x86, wdm.h inlines over IN/OUT and volatile moves on x64).
// Their WDK pages put no IRQL limit on them ("IRQL: Any level"): a DPC, an ISR and a passive thread all touch registers.
internal static partial class DdiTable
{
    internal static readonly Ddi READ_PORT_UCHAR = new(nameof(READ_PORT_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_UCHAR = new(nameof(WRITE_PORT_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_PORT_USHORT = new(nameof(READ_PORT_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_USHORT = new(nameof(WRITE_PORT_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_PORT_ULONG = new(nameof(READ_PORT_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_ULONG = new(nameof(WRITE_PORT_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_PORT_BUFFER_UCHAR = new(nameof(READ_PORT_BUFFER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_BUFFER_UCHAR = new(nameof(WRITE_PORT_BUFFER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_PORT_BUFFER_USHORT = new(nameof(READ_PORT_BUFFER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_BUFFER_USHORT = new(nameof(WRITE_PORT_BUFFER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_PORT_BUFFER_ULONG = new(nameof(READ_PORT_BUFFER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_PORT_BUFFER_ULONG = new(nameof(WRITE_PORT_BUFFER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_UCHAR = new(nameof(READ_REGISTER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_UCHAR = new(nameof(WRITE_REGISTER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_USHORT = new(nameof(READ_REGISTER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_USHORT = new(nameof(WRITE_REGISTER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_ULONG = new(nameof(READ_REGISTER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_ULONG = new(nameof(WRITE_REGISTER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_ULONG64 = new(nameof(READ_REGISTER_ULONG64), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_ULONG64 = new(nameof(WRITE_REGISTER_ULONG64), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_BUFFER_UCHAR = new(nameof(READ_REGISTER_BUFFER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_BUFFER_UCHAR = new(nameof(WRITE_REGISTER_BUFFER_UCHAR), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_BUFFER_USHORT = new(nameof(READ_REGISTER_BUFFER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_BUFFER_USHORT = new(nameof(WRITE_REGISTER_BUFFER_USHORT), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_BUFFER_ULONG = new(nameof(READ_REGISTER_BUFFER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_BUFFER_ULONG = new(nameof(WRITE_REGISTER_BUFFER_ULONG), Wdm.HIGH_LEVEL);

    internal static readonly Ddi READ_REGISTER_BUFFER_ULONG64 = new(nameof(READ_REGISTER_BUFFER_ULONG64), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WRITE_REGISTER_BUFFER_ULONG64 = new(nameof(WRITE_REGISTER_BUFFER_ULONG64), Wdm.HIGH_LEVEL);
}
