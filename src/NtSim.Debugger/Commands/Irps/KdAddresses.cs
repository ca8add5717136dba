using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Irps;

/// <summary>Addresses of what an IRP points at: kernel objects by their simulated address (read at capture), and the
/// pointer and routine columns of !irp (rendered from the views).</summary>
internal static class KdAddresses
{
    /// <summary>The simulated address of a kernel object an IRP field or a completion context holds; null for
    /// a managed object that has none (a driver's own class given as a context).</summary>
    internal static ulong? AddressOf(object? value) => value switch
    {
        null => 0,
        IRP irp => irp.Address,
        DEVICE_OBJECT device => device.Address,
        FILE_OBJECT file => file.Address,
        DRIVER_OBJECT driver => driver.Address,
        KTHREAD thread => thread.Address,
        DispatcherObject dispatcher => dispatcher.Address,
        MDL mdl => mdl.Address,
        PVOID pointer => pointer.Address,
        _ => null,
    };

    /// <summary>A pointer column of !irp: 8 zeros for NULL (as the x64 example prints a NULL device, file or
    /// routine), 16 digits otherwise; a managed object without an address (<paramref name="managedType"/>) shows its
    /// type in parentheses.</summary>
    internal static string Column(ulong address, string? managedType = null) =>
        managedType is not null ? "(" + managedType + ")" : address == 0 ? "00000000" : KdFormat.Hex64(address);

    /// <summary>"fffff80600001230: cancel!CancelRoutine" or "00000000" for none.</summary>
    internal static string Routine(KdRoutineView? routine) => routine is null
        ? "00000000"
        : string.Create(CultureInfo.InvariantCulture, $"{KdFormat.Hex64(routine.Address)}: {routine.Name}");
}
