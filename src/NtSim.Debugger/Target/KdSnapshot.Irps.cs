using NtSim.Debugger.Commands.Irps;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The IRPs in use, by address (!irp, !irpfind); null in a dump that keeps none (a small dump).</summary>
    [KdSection("irps")]
    internal IReadOnlyList<KdIrpView>? Irps => Section<IReadOnlyList<KdIrpView>?>("irps", CaptureIrps, null);

    private static List<KdIrpView> CaptureIrps(Machine machine) =>
        [.. machine.IoManager.Irps.InUse().OrderBy(i => i.Address).Select(irp => CaptureIrp(machine, irp))];

    private static KdIrpView CaptureIrp(Machine machine, IRP irp) => new(
        irp.Address, irp.State == IrpState.Completed, irp.PendingReturned, irp.StackCount, irp.CurrentLocation,
        irp.MdlAddress?.Address, irp.AssociatedIrp.SystemBuffer.Address, irp.Tail.Overlay.Thread?.Address ?? 0,
        irp.Flags, unchecked((uint)irp.IoStatus.Status), irp.IoStatus.Information, (uint)irp.RequestorMode, irp.Cancel,
        (int)irp.CancelIrql, irp.UserEvent?.Address, Routine(machine, irp.CancelRoutine), irp.UserBuffer.Address,
        irp.Tail.Overlay.OriginalFileObject?.Address ?? 0,
        irp.Current?.DeviceObject is { } device && irp.State != IrpState.Allocated ? device.DriverObject.DriverName.ToString() : null,
        [.. Enumerable.Range(1, irp.StackCount).Select(n => CaptureLocation(machine, irp.Location(n)))],
        [.. irp.Life.History.Select(move => move.ToString())]);

    private static KdStackLocationView CaptureLocation(Machine machine, IO_STACK_LOCATION stack)
    {
        // A driver's own object given as the completion context has no address: its type name stands for it.
        var context = KdAddresses.AddressOf(stack.Context);
        return new(stack.MajorFunction, stack.MinorFunction, stack.Flags, stack.Control, stack.DeviceObject?.Address ?? 0,
            stack.DeviceObject?.DriverObject.DriverName.ToString(), stack.FileObject?.Address ?? 0, Routine(machine, stack.CompletionRoutine),
            context ?? 0, context is null ? stack.Context!.GetType().Name : null, Arguments(stack));
    }


    /// <summary>The four words of Parameters, as the request's member lays them out on x64.</summary>
    private static ulong[] Arguments(IO_STACK_LOCATION stack)
    {
        var p = stack.Parameters;
        return stack.MajorFunction switch
        {
            Wdm.IRP_MJ_READ or Wdm.IRP_MJ_WRITE => [p.Read.Length, p.Read.Key, (ulong)p.Read.ByteOffset.QuadPart, 0],
            Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL =>
                [p.DeviceIoControl.OutputBufferLength, p.DeviceIoControl.InputBufferLength, p.DeviceIoControl.IoControlCode, p.DeviceIoControl.Type3InputBuffer.Address],
            Wdm.IRP_MJ_CREATE => [p.Create.DesiredAccess, p.Create.Options, (ulong)p.Create.FileAttributes | ((ulong)p.Create.ShareAccess << 16), p.Create.EaLength],
            Wdm.IRP_MJ_QUERY_INFORMATION => [p.QueryFile.Length, (ulong)p.QueryFile.FileInformationClass, 0, 0],
            Wdm.IRP_MJ_SET_INFORMATION => [p.SetFile.Length, (ulong)p.SetFile.FileInformationClass, 0, 0],
            _ => [0, 0, 0, 0],
        };
    }
}
