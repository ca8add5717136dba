using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Irps;

/// <summary>The parts of !irp's output for one IRP (debugger.md §4, the x64 layout).</summary>
internal sealed class IrpText(KdContext context, IRP irp)
{
    private Machine Machine => context.Machine;

    /// <summary>"Irp is active with 1 stacks 1 is current (= 0x...)" and the MDL, buffer and thread line.</summary>
    internal void Header()
    {
        if (irp.State == IrpState.Completed)
        {
            context.Line("Irp is completed. " + (irp.PendingReturned ? " Pending has been returned" : ""));
        }
        else
        {
            var current = IrpFinder.LocationAddress(irp, irp.CurrentLocation);
            context.Line($"Irp is active with {irp.StackCount} stacks {irp.CurrentLocation} is current (= 0x{KdFormat.Hex64(current)})");
        }

        var mdl = irp.MdlAddress is { } m ? $"Mdl={KdFormat.Hex64(m.Address)}" : "No Mdl";
        var buffer = irp.AssociatedIrp.SystemBuffer.IsNull ? "No System Buffer" : $"System buffer={KdFormat.Hex64(irp.AssociatedIrp.SystemBuffer.Address)}";
        var thread = KdFormat.Hex64(irp.Tail.Overlay.Thread?.Address ?? 0);
        context.Line($" {mdl}: {buffer}: Thread {thread}:  Irp stack trace.");
    }

    /// <summary>!irp's detail fields (those NtSim's IRP has; the others are left out).</summary>
    internal void Fields()
    {
        context.Line($"Flags = {KdFormat.Hex32(irp.Flags)}");
        context.Line($"IoStatus.Status = {KdFormat.Hex32(unchecked((uint)irp.IoStatus.Status))}");
        context.Line(string.Create(CultureInfo.InvariantCulture, $"IoStatus.Information = {irp.IoStatus.Information:x8}"));
        context.Line($"RequestorMode = {KdFormat.Hex32((uint)irp.RequestorMode)}");
        context.Line($"Cancel = {(irp.Cancel ? "01" : "00")}");
        context.Line(string.Create(CultureInfo.InvariantCulture, $"CancelIrql = {(int)irp.CancelIrql}"));
        context.Line($"UserEvent = {KdAddresses.Column(irp.UserEvent)}");
        context.Line($"CancelRoutine = {KdAddresses.Routine(Machine, irp.CancelRoutine)}");
        context.Line($"UserBuffer = {KdAddresses.Column(irp.UserBuffer.IsNull ? null : irp.UserBuffer)}");
        context.Line($"Tail.Overlay.Thread = {KdAddresses.Column(irp.Tail.Overlay.Thread)}");
        var current = irp.CurrentLocation <= irp.StackCount ? IrpFinder.LocationAddress(irp, irp.CurrentLocation) : 0;
        context.Line($"Tail.Overlay.CurrentStackLocation = {(current == 0 ? "00000000" : KdFormat.Hex64(current))}");
        context.Line($"Tail.Overlay.OriginalFileObject = {KdAddresses.Column(irp.Tail.Overlay.OriginalFileObject)}");
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

    private void Location(IO_STACK_LOCATION stack, bool current)
    {
        var mark = current ? ">" : " ";
        var major = MajorFunctionNames.Of(stack.MajorFunction);
        var used = stack.DeviceObject is not null || stack.MajorFunction != 0 || stack.CompletionRoutine is not null;
        var majorText = used ? $"{major}({stack.MajorFunction:x})" : "N/A(0)";
        var minorText = $"{MinorFunctionNames.Of(stack.MajorFunction, stack.MinorFunction)}({stack.MinorFunction:x})";
        context.Line($"{mark}[{majorText}, {minorText}]");

        var routine = stack.CompletionRoutine is { } r ? KdFormat.Hex64(KdSymbols.AddressOf(Machine, r)) : "00000000";
        var contextColumn = stack.CompletionRoutine is null ? "00000000" : KdAddresses.Column(stack.Context);
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"{stack.Flags,13:x}{stack.Control,3:x} {KdAddresses.Column(stack.DeviceObject)} {KdAddresses.Column(stack.FileObject)} {routine}-{contextColumn}{ControlWords(stack)}"));

        if (stack.DeviceObject is { } device)
        {
            var symbol = stack.CompletionRoutine is { } c ? "\t" + KdSymbols.NameOf(Machine, c) : "";
            context.Line($"\t       {device.DriverObject.DriverName}{symbol}");
        }

        context.Line($"\t\t\tArgs: {string.Join(" ", Arguments(stack))}");
    }

    /// <summary>" Success Error Cancel pending": when the completion routine runs, and SL_PENDING_RETURNED.
    /// With no routine, "pending" stands after three spaces, as in the x64 example.</summary>
    private static string ControlWords(IO_STACK_LOCATION stack)
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

    /// <summary>The four words of Parameters, as the request's member lays them out on x64.</summary>
    private static IEnumerable<string> Arguments(IO_STACK_LOCATION stack)
    {
        var p = stack.Parameters;
        ulong[] words = stack.MajorFunction switch
        {
            Wdm.IRP_MJ_READ or Wdm.IRP_MJ_WRITE => [p.Read.Length, p.Read.Key, (ulong)p.Read.ByteOffset.QuadPart, 0],
            Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL =>
                [p.DeviceIoControl.OutputBufferLength, p.DeviceIoControl.InputBufferLength, p.DeviceIoControl.IoControlCode, p.DeviceIoControl.Type3InputBuffer.Address],
            Wdm.IRP_MJ_CREATE => [p.Create.DesiredAccess, p.Create.Options, (ulong)p.Create.FileAttributes | ((ulong)p.Create.ShareAccess << 16), p.Create.EaLength],
            Wdm.IRP_MJ_QUERY_INFORMATION => [p.QueryFile.Length, (ulong)p.QueryFile.FileInformationClass, 0, 0],
            Wdm.IRP_MJ_SET_INFORMATION => [p.SetFile.Length, (ulong)p.SetFile.FileInformationClass, 0, 0],
            _ => [0, 0, 0, 0],
        };
        var ioctl = stack.MajorFunction is Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL;
        for (var i = 0; i < words.Length; i++)
        {
            // The IOCTL code is printed with 0x, as in the reference's example.
            var prefix = ioctl && i == 2 ? "0x" : "";
            yield return prefix + (words[i] > uint.MaxValue ? KdFormat.Hex64(words[i]) : KdFormat.Hex32((uint)words[i]));
        }
    }

    /// <summary>The IRP's last moves (NtSim's: the state it entered, the device, IRQL, status, thread and the
    /// driver line that moved it), oldest first; nothing when the machine keeps no trace.</summary>
    internal void History()
    {
        var history = irp.Life.History;
        if (history.Count == 0)
        {
            return;
        }

        context.Line();
        context.Line("Irp history (oldest first):");
        foreach (var move in history)
        {
            context.Line("    " + move);
        }
    }
}
