namespace NtSim;

public static partial class Wdm
{
    /// <summary>vDbgPrintEx: DbgPrintEx with its arguments as one list (a va_list).</summary>
    public static NTSTATUS vDbgPrintEx(uint ComponentId, uint Level, string Format, object?[] arglist)
    {
        var thread = DdiGate.Enter(DdiTable.vDbgPrintEx);
        KeContext.NotNull(Format, nameof(Format));
        KernelPrint.Print(thread, thread.CurrentModule.Name, ComponentId, Level, Printf.Format(Format, arglist ?? []));
        return STATUS_SUCCESS;
    }

    /// <summary>vDbgPrintExWithPrefix: vDbgPrintEx with <paramref name="Prefix"/> before the message.</summary>
    public static NTSTATUS vDbgPrintExWithPrefix(string Prefix, uint ComponentId, uint Level, string Format, object?[] arglist)
    {
        var thread = DdiGate.Enter(DdiTable.vDbgPrintExWithPrefix);
        KeContext.NotNull(Prefix, nameof(Prefix));
        KeContext.NotNull(Format, nameof(Format));
        KernelPrint.Print(thread, thread.CurrentModule.Name, ComponentId, Level, Prefix + Printf.Format(Format, arglist ?? []));
        return STATUS_SUCCESS;
    }
}
