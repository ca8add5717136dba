namespace NtSim;

// The port I/O routines of wdm.h. On x64 they are inline IN/OUT instructions on the low 16 bits of Port;
// here each is an access to machine.Hardware's port space, traced as TraceKind.Hardware. Any IRQL.
public static partial class Wdm
{
    /// <summary>READ_PORT_UCHAR: reads a UCHAR from the I/O port at <paramref name="Port"/> (an unclaimed port reads all ones). Any IRQL.</summary>
    public static byte READ_PORT_UCHAR(PVOID Port)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_UCHAR);
        return (byte)thread.Machine.Hardware.ReadPort((ushort)Port.Address, 1);
    }

    /// <summary>WRITE_PORT_UCHAR: writes a UCHAR to the I/O port at <paramref name="Port"/> (dropped if no device decodes it). Any IRQL.</summary>
    public static void WRITE_PORT_UCHAR(PVOID Port, byte Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_UCHAR);
        thread.Machine.Hardware.WritePort((ushort)Port.Address, 1, Value);
    }

    /// <summary>READ_PORT_USHORT: reads a USHORT from the I/O port at <paramref name="Port"/> (an unclaimed port reads all ones). Any IRQL.</summary>
    public static ushort READ_PORT_USHORT(PVOID Port)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_USHORT);
        return (ushort)thread.Machine.Hardware.ReadPort((ushort)Port.Address, 2);
    }

    /// <summary>WRITE_PORT_USHORT: writes a USHORT to the I/O port at <paramref name="Port"/> (dropped if no device decodes it). Any IRQL.</summary>
    public static void WRITE_PORT_USHORT(PVOID Port, ushort Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_USHORT);
        thread.Machine.Hardware.WritePort((ushort)Port.Address, 2, Value);
    }

    /// <summary>READ_PORT_ULONG: reads a ULONG from the I/O port at <paramref name="Port"/> (an unclaimed port reads all ones). Any IRQL.</summary>
    public static uint READ_PORT_ULONG(PVOID Port)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_ULONG);
        return (uint)thread.Machine.Hardware.ReadPort((ushort)Port.Address, 4);
    }

    /// <summary>WRITE_PORT_ULONG: writes a ULONG to the I/O port at <paramref name="Port"/> (dropped if no device decodes it). Any IRQL.</summary>
    public static void WRITE_PORT_ULONG(PVOID Port, uint Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_ULONG);
        thread.Machine.Hardware.WritePort((ushort)Port.Address, 4, Value);
    }

    /// <summary>READ_PORT_BUFFER_UCHAR: reads <paramref name="Count"/> UCHARs from the one port at <paramref name="Port"/>
    /// into <paramref name="Buffer"/> (a string IN, as a FIFO is drained). Any IRQL.</summary>
    public static void READ_PORT_BUFFER_UCHAR(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_BUFFER_UCHAR);
        thread.Machine.Hardware.ReadPortBuffer((ushort)Port.Address, 1, Buffer, Count);
    }

    /// <summary>WRITE_PORT_BUFFER_UCHAR: writes <paramref name="Count"/> UCHARs from <paramref name="Buffer"/> to the one
    /// port at <paramref name="Port"/> (a string OUT). Any IRQL.</summary>
    public static void WRITE_PORT_BUFFER_UCHAR(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_BUFFER_UCHAR);
        thread.Machine.Hardware.WritePortBuffer((ushort)Port.Address, 1, Buffer, Count);
    }

    /// <summary>READ_PORT_BUFFER_USHORT: reads <paramref name="Count"/> USHORTs from the one port at <paramref name="Port"/>
    /// into <paramref name="Buffer"/> (a string IN, as a FIFO is drained). Any IRQL.</summary>
    public static void READ_PORT_BUFFER_USHORT(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_BUFFER_USHORT);
        thread.Machine.Hardware.ReadPortBuffer((ushort)Port.Address, 2, Buffer, Count);
    }

    /// <summary>WRITE_PORT_BUFFER_USHORT: writes <paramref name="Count"/> USHORTs from <paramref name="Buffer"/> to the one
    /// port at <paramref name="Port"/> (a string OUT). Any IRQL.</summary>
    public static void WRITE_PORT_BUFFER_USHORT(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_BUFFER_USHORT);
        thread.Machine.Hardware.WritePortBuffer((ushort)Port.Address, 2, Buffer, Count);
    }

    /// <summary>READ_PORT_BUFFER_ULONG: reads <paramref name="Count"/> ULONGs from the one port at <paramref name="Port"/>
    /// into <paramref name="Buffer"/> (a string IN, as a FIFO is drained). Any IRQL.</summary>
    public static void READ_PORT_BUFFER_ULONG(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_PORT_BUFFER_ULONG);
        thread.Machine.Hardware.ReadPortBuffer((ushort)Port.Address, 4, Buffer, Count);
    }

    /// <summary>WRITE_PORT_BUFFER_ULONG: writes <paramref name="Count"/> ULONGs from <paramref name="Buffer"/> to the one
    /// port at <paramref name="Port"/> (a string OUT). Any IRQL.</summary>
    public static void WRITE_PORT_BUFFER_ULONG(PVOID Port, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_PORT_BUFFER_ULONG);
        thread.Machine.Hardware.WritePortBuffer((ushort)Port.Address, 4, Buffer, Count);
    }
}
