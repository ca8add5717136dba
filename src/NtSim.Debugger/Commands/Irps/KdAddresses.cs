using System.Globalization;
using System.Reflection;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Irps;

/// <summary>Addresses and names of what an IRP points at: kernel objects by their simulated address, a
/// routine as <c>module!Type.Method</c> at its address in the module's image.</summary>
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
    /// routine), 16 digits otherwise; a managed object without an address shows its type in parentheses.</summary>
    internal static string Column(object? value) => AddressOf(value) switch
    {
        0 => "00000000",
        { } address => KdFormat.Hex64(address),
        null => "(" + value!.GetType().Name + ")",
    };

    /// <summary>"fffff80600001230: cancel!CancelRoutine" or "00000000" for none.</summary>
    internal static string Routine(Machine machine, Delegate? routine) => routine is null
        ? "00000000"
        : string.Create(CultureInfo.InvariantCulture, $"{KdFormat.Hex64(KdSymbols.AddressOf(machine, routine))}: {KdSymbols.NameOf(machine, routine)}");
}
