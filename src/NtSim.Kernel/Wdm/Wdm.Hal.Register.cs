namespace NtSim;

// The memory-mapped register routines of wdm.h: volatile moves at a virtual address, normally one MmMapIoSpace
// returned (then the device decoding the physical address answers, traced as TraceKind.Hardware); any other
// address is ordinary memory and faults as memory does (PAGE_FAULT_IN_NONPAGED_AREA where nothing is mapped). Any IRQL.
public static partial class Wdm
{
    /// <summary>READ_REGISTER_UCHAR: reads the UCHAR register at <paramref name="Register"/>. Any IRQL.</summary>
    public static byte READ_REGISTER_UCHAR(PVOID Register)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_UCHAR);
        return (byte)thread.Machine.Hardware.ReadRegisterAt(Register.Address, 1);
    }

    /// <summary>WRITE_REGISTER_UCHAR: writes <paramref name="Value"/> to the UCHAR register at <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_UCHAR(PVOID Register, byte Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_UCHAR);
        thread.Machine.Hardware.WriteRegisterAt(Register.Address, 1, Value);
    }

    /// <summary>READ_REGISTER_USHORT: reads the USHORT register at <paramref name="Register"/>. Any IRQL.</summary>
    public static ushort READ_REGISTER_USHORT(PVOID Register)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_USHORT);
        return (ushort)thread.Machine.Hardware.ReadRegisterAt(Register.Address, 2);
    }

    /// <summary>WRITE_REGISTER_USHORT: writes <paramref name="Value"/> to the USHORT register at <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_USHORT(PVOID Register, ushort Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_USHORT);
        thread.Machine.Hardware.WriteRegisterAt(Register.Address, 2, Value);
    }

    /// <summary>READ_REGISTER_ULONG: reads the ULONG register at <paramref name="Register"/>. Any IRQL.</summary>
    public static uint READ_REGISTER_ULONG(PVOID Register)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_ULONG);
        return (uint)thread.Machine.Hardware.ReadRegisterAt(Register.Address, 4);
    }

    /// <summary>WRITE_REGISTER_ULONG: writes <paramref name="Value"/> to the ULONG register at <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_ULONG(PVOID Register, uint Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_ULONG);
        thread.Machine.Hardware.WriteRegisterAt(Register.Address, 4, Value);
    }

    /// <summary>READ_REGISTER_ULONG64: reads the ULONG64 register at <paramref name="Register"/>. Any IRQL.</summary>
    public static ulong READ_REGISTER_ULONG64(PVOID Register)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_ULONG64);
        return (ulong)thread.Machine.Hardware.ReadRegisterAt(Register.Address, 8);
    }

    /// <summary>WRITE_REGISTER_ULONG64: writes <paramref name="Value"/> to the ULONG64 register at <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_ULONG64(PVOID Register, ulong Value)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_ULONG64);
        thread.Machine.Hardware.WriteRegisterAt(Register.Address, 8, Value);
    }

    /// <summary>READ_REGISTER_BUFFER_UCHAR: reads <paramref name="Count"/> UCHAR registers at consecutive addresses from
    /// <paramref name="Register"/> into <paramref name="Buffer"/>. Any IRQL.</summary>
    public static void READ_REGISTER_BUFFER_UCHAR(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_BUFFER_UCHAR);
        thread.Machine.Hardware.ReadRegisterBuffer(Register.Address, 1, Buffer, Count);
    }

    /// <summary>WRITE_REGISTER_BUFFER_UCHAR: writes <paramref name="Count"/> UCHARs from <paramref name="Buffer"/> to the
    /// registers at consecutive addresses from <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_BUFFER_UCHAR(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_BUFFER_UCHAR);
        thread.Machine.Hardware.WriteRegisterBuffer(Register.Address, 1, Buffer, Count);
    }

    /// <summary>READ_REGISTER_BUFFER_USHORT: reads <paramref name="Count"/> USHORT registers at consecutive addresses from
    /// <paramref name="Register"/> into <paramref name="Buffer"/>. Any IRQL.</summary>
    public static void READ_REGISTER_BUFFER_USHORT(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_BUFFER_USHORT);
        thread.Machine.Hardware.ReadRegisterBuffer(Register.Address, 2, Buffer, Count);
    }

    /// <summary>WRITE_REGISTER_BUFFER_USHORT: writes <paramref name="Count"/> USHORTs from <paramref name="Buffer"/> to the
    /// registers at consecutive addresses from <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_BUFFER_USHORT(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_BUFFER_USHORT);
        thread.Machine.Hardware.WriteRegisterBuffer(Register.Address, 2, Buffer, Count);
    }

    /// <summary>READ_REGISTER_BUFFER_ULONG: reads <paramref name="Count"/> ULONG registers at consecutive addresses from
    /// <paramref name="Register"/> into <paramref name="Buffer"/>. Any IRQL.</summary>
    public static void READ_REGISTER_BUFFER_ULONG(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_BUFFER_ULONG);
        thread.Machine.Hardware.ReadRegisterBuffer(Register.Address, 4, Buffer, Count);
    }

    /// <summary>WRITE_REGISTER_BUFFER_ULONG: writes <paramref name="Count"/> ULONGs from <paramref name="Buffer"/> to the
    /// registers at consecutive addresses from <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_BUFFER_ULONG(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_BUFFER_ULONG);
        thread.Machine.Hardware.WriteRegisterBuffer(Register.Address, 4, Buffer, Count);
    }

    /// <summary>READ_REGISTER_BUFFER_ULONG64: reads <paramref name="Count"/> ULONG64 registers at consecutive addresses from
    /// <paramref name="Register"/> into <paramref name="Buffer"/>. Any IRQL.</summary>
    public static void READ_REGISTER_BUFFER_ULONG64(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.READ_REGISTER_BUFFER_ULONG64);
        thread.Machine.Hardware.ReadRegisterBuffer(Register.Address, 8, Buffer, Count);
    }

    /// <summary>WRITE_REGISTER_BUFFER_ULONG64: writes <paramref name="Count"/> ULONG64s from <paramref name="Buffer"/> to the
    /// registers at consecutive addresses from <paramref name="Register"/>. Any IRQL.</summary>
    public static void WRITE_REGISTER_BUFFER_ULONG64(PVOID Register, PVOID Buffer, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.WRITE_REGISTER_BUFFER_ULONG64);
        thread.Machine.Hardware.WriteRegisterBuffer(Register.Address, 8, Buffer, Count);
    }
}
