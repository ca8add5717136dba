namespace NtSim;

public static partial class Wdm
{
    /// <summary>DbgPrint: a printf-formatted message to the kernel debugger (component DEFAULT, INFO level).</summary>
    public static NTSTATUS DbgPrint(string Format, params object?[] Arguments) =>
        DbgPrintEx(DPFLTR_DEFAULT_ID, DPFLTR_INFO_LEVEL, Format, Arguments);

    /// <summary>DbgPrintEx: a message for a component at a level, passed through the debug print filter.</summary>
    public static NTSTATUS DbgPrintEx(uint ComponentId, uint Level, string Format, params object?[] Arguments)
    {
        var thread = DdiGate.Enter(DdiTable.DbgPrintEx);
        KeContext.NotNull(Format, nameof(Format));
        KernelPrint.Print(thread, thread.CurrentModule.Name, ComponentId, Level, Printf.Format(Format, Arguments));
        return STATUS_SUCCESS;
    }

    /// <summary>KdPrint: DbgPrint (kept in every build here).</summary>
    public static void KdPrint(string Format, params object?[] Arguments) => DbgPrint(Format, Arguments);

    /// <summary>KdPrintEx((ComponentId, Level, Format, ...)): DbgPrintEx (kept in every build here).</summary>
    public static void KdPrintEx(uint ComponentId, uint Level, string Format, params object?[] Arguments) =>
        DbgPrintEx(ComponentId, Level, Format, Arguments);

    /// <summary>DbgQueryDebugFilterState: TRUE if a message for this component and level would show.</summary>
    public static NTSTATUS DbgQueryDebugFilterState(uint ComponentId, uint Level) =>
        DdiGate.Enter(DdiTable.DbgQueryDebugFilterState).Machine.DebugOutput.IsEnabled(ComponentId, Level) ? (NTSTATUS)1 : STATUS_SUCCESS;

    /// <summary>DbgSetDebugFilterState: turns a component's level on or off.</summary>
    public static NTSTATUS DbgSetDebugFilterState(uint ComponentId, uint Level, bool State)
    {
        DdiGate.Enter(DdiTable.DbgSetDebugFilterState).Machine.DebugOutput.SetState(ComponentId, Level, State);
        return STATUS_SUCCESS;
    }
}
