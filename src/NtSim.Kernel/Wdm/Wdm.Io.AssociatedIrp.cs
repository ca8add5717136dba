using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoMakeAssociatedIrp: an IRP associated with <paramref name="Irp"/> (its master), with
    /// <paramref name="StackSize"/> stack locations; NULL if none can be allocated. The caller sets the master's
    /// AssociatedIrp.IrpCount; the I/O manager frees each associated IRP at its completion and completes the
    /// master after the last one. Only a highest-level driver may call it.</summary>
    public static IRP? IoMakeAssociatedIrp(IRP Irp, sbyte StackSize,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoMakeAssociatedIrp);
        KeContext.NotNull(Irp, nameof(Irp));
        if (DdiGate.InjectFault(thread, DdiTable.IoMakeAssociatedIrp))
        {
            return null;
        }

        return AssociatedIrps.Make(thread, Irp, StackSize, file, line);
    }
}
