using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// IoInitializeIrp: makes <paramref name="Irp"/> a fresh IRP of <paramref name="PacketSize"/> bytes
    /// (at least IoSizeOfIrp(StackSize)) with <paramref name="StackSize"/> stack locations: fields and
    /// locations cleared, CurrentLocation one past the last location. In C the driver hands it memory of
    /// its own; NtSim's IRPs are objects, so the IRP is one the driver got from IoAllocateIrp with that many
    /// locations (another count, or a packet too small for them, is an ArgumentException). Any IRQL.
    /// </summary>
    public static void IoInitializeIrp(IRP Irp, ushort PacketSize, sbyte StackSize,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoInitializeIrp);
        KeContext.NotNull(Irp, nameof(Irp));
        if (StackSize != Irp.StackCount)
        {
            throw new ArgumentException(
                $"IoInitializeIrp: StackSize {StackSize} is not the {Irp.StackCount} stack locations of {Irp.Describe()}; NtSim's IRPs keep the count IoAllocateIrp gave them.",
                nameof(StackSize));
        }

        if (PacketSize < IoSizeOfIrp(StackSize))
        {
            throw new ArgumentException(
                $"IoInitializeIrp: PacketSize {PacketSize} is less than IoSizeOfIrp({StackSize}) = {IoSizeOfIrp(StackSize)}; the IRP would not fit.",
                nameof(PacketSize));
        }

        Irp.Reset();
        Irp.Size = PacketSize;
        Irp.Life.Move(Irp, IrpState.Allocated, thread, null, file, line);
    }
}
