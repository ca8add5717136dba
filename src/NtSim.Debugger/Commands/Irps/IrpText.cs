using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Irps;

/// <summary>The parts of !irp's output for one IRP (debugger.md §4, the x64 layout), from its view.</summary>
internal sealed class IrpText(KdContext context, KdIrpView irp)
{
    /// <summary>"Irp is active with 1 stacks 1 is current (= 0x...)" and the MDL, buffer and thread line.</summary>
    internal void Header()
    {
        if (irp.Completed)
        {
            context.Line("Irp is completed. " + (irp.PendingReturned ? " Pending has been returned" : ""));
        }
        else
        {
            var current = IrpFinder.LocationAddress(irp, irp.CurrentLocation);
            context.Line($"Irp is active with {irp.StackCount} stacks {irp.CurrentLocation} is current (= 0x{KdFormat.Hex64(current)})");
        }

        var mdl = irp.Mdl is { } m ? $"Mdl={KdFormat.Hex64(m)}" : "No Mdl";
        var buffer = irp.SystemBuffer == 0 ? "No System Buffer" : $"System buffer={KdFormat.Hex64(irp.SystemBuffer)}";
        context.Line($" {mdl}: {buffer}: Thread {KdFormat.Hex64(irp.Thread)}:  Irp stack trace.");
    }

    /// <summary>!irp's detail fields (those NtSim's IRP has; the others are left out).</summary>
    internal void Fields()
    {
        context.Line($"Flags = {KdFormat.Hex32(irp.Flags)}");
        context.Line($"IoStatus.Status = {KdFormat.Hex32(irp.Status)}");
        context.Line(string.Create(CultureInfo.InvariantCulture, $"IoStatus.Information = {irp.Information:x8}"));
        context.Line($"RequestorMode = {KdFormat.Hex32(irp.RequestorMode)}");
        context.Line($"Cancel = {(irp.Cancel ? "01" : "00")}");
        context.Line(string.Create(CultureInfo.InvariantCulture, $"CancelIrql = {irp.CancelIrql}"));
        context.Line($"UserEvent = {KdAddresses.Column(irp.UserEvent ?? 0)}");
        context.Line($"CancelRoutine = {KdAddresses.Routine(irp.CancelRoutine)}");
        context.Line($"UserBuffer = {KdAddresses.Column(irp.UserBuffer)}");
        context.Line($"Tail.Overlay.Thread = {KdAddresses.Column(irp.Thread)}");
        var current = irp.CurrentLocation <= irp.StackCount ? IrpFinder.LocationAddress(irp, irp.CurrentLocation) : 0;
        context.Line($"Tail.Overlay.CurrentStackLocation = {(current == 0 ? "00000000" : KdFormat.Hex64(current))}");
        context.Line($"Tail.Overlay.OriginalFileObject = {KdAddresses.Column(irp.OriginalFileObject)}");
    }

    /// <summary>The stack locations from the top (StackCount) down to 1, as WinDbg lists them.</summary>
    internal void Stack()
    {
        context.Line("     cmd  flg cl Device   File     Completion-Context");
        for (var n = irp.StackCount; n >= 1; n--)
        {
            Location(irp.Location(n), n == irp.CurrentLocation);
        }
    }

    private void Location(KdStackLocationView stack, bool current)
    {
        var mark = current ? ">" : " ";
        var major = MajorFunctionNames.Of(stack.MajorFunction);
        var used = stack.Device != 0 || stack.MajorFunction != 0 || stack.CompletionRoutine is not null;
        var majorText = used ? $"{major}({stack.MajorFunction:x})" : "N/A(0)";
        var minorText = $"{MinorFunctionNames.Of(stack.MajorFunction, stack.MinorFunction)}({stack.MinorFunction:x})";
        context.Line($"{mark}[{majorText}, {minorText}]");

        var routine = stack.CompletionRoutine is { } r ? KdFormat.Hex64(r.Address) : "00000000";
        var contextColumn = stack.CompletionRoutine is null ? "00000000" : KdAddresses.Column(stack.Context, stack.ContextType);
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"{stack.Flags,13:x}{stack.Control,3:x} {KdAddresses.Column(stack.Device)} {KdAddresses.Column(stack.File)} {routine}-{contextColumn}{ControlWords(stack)}"));

        if (stack.DriverName is { } driver)
        {
            var symbol = stack.CompletionRoutine is { } c ? "\t" + c.Name : "";
            context.Line($"\t       {driver}{symbol}");
        }

        context.Line($"\t\t\tArgs: {string.Join(" ", Arguments(stack))}");
    }

    /// <summary>" Success Error Cancel pending": when the completion routine runs, and SL_PENDING_RETURNED.
    /// With no routine, "pending" stands after three spaces, as in the x64 example.</summary>
    private static string ControlWords(KdStackLocationView stack)
    {
        var words = new List<string>();
        if ((stack.Control & Wdm.SL_INVOKE_ON_SUCCESS) != 0)
        {
            words.Add("Success");
        }

        if ((stack.Control & Wdm.SL_INVOKE_ON_ERROR) != 0)
        {
            words.Add("Error");
        }

        if ((stack.Control & Wdm.SL_INVOKE_ON_CANCEL) != 0)
        {
            words.Add("Cancel");
        }

        var invoke = words.Count > 0;
        if ((stack.Control & Wdm.SL_PENDING_RETURNED) != 0)
        {
            words.Add("pending");
        }

        return words.Count == 0 ? "" : (invoke ? " " : "    ") + string.Join(" ", words);
    }

    /// <summary>The four words of Parameters (captured with the view).</summary>
    private static IEnumerable<string> Arguments(KdStackLocationView stack)
    {
        var ioctl = stack.MajorFunction is Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL;
        for (var i = 0; i < stack.Arguments.Count; i++)
        {
            // The IOCTL code is printed with 0x, as in the reference's example.
            var prefix = ioctl && i == 2 ? "0x" : "";
            var word = stack.Arguments[i];
            yield return prefix + (word > uint.MaxValue ? KdFormat.Hex64(word) : KdFormat.Hex32((uint)word));
        }
    }

    /// <summary>The IRP's last moves (NtSim's: the state it entered, the device, IRQL, status, thread and the
    /// driver line that moved it), oldest first; nothing when the machine keeps no trace.</summary>
    internal void History()
    {
        if (irp.History.Count == 0)
        {
            return;
        }

        context.Line();
        context.Line("Irp history (oldest first):");
        foreach (var move in irp.History)
        {
            context.Line("    " + move);
        }
    }
}
