namespace NtSim;

/// <summary>One message to the debug print channel, from a driver's DbgPrintEx or from the kernel
/// itself: recorded through the filter, and traced.</summary>
internal static class KernelPrint
{
    internal static DebugMessage Print(KTHREAD thread, string module, uint componentId, uint level, string text)
    {
        var machine = thread.Machine;
        var message = machine.DebugOutput.Add(machine.InterruptTime, thread.Processor!.Number, thread.Id, module, componentId, level, text);
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.DebugPrint, (message.Shown ? "" : "(filtered) ") + text.TrimEnd('\n', '\r'));
        }

        return message;
    }
}
