namespace NtSim.Debugger.Commands.Irps;

/// <summary>The IRPs a debugger can find: those allocated now (the I/O manager's lookaside lists hold the
/// free ones), by address.</summary>
internal static class IrpFinder
{
    /// <summary>Every IRP in use, by address.</summary>
    internal static List<IRP> InUse(Machine machine) => [.. machine.IoManager.Irps.InUse().OrderBy(i => i.Address)];

    /// <summary>The IRP in use at <paramref name="address"/>, or null.</summary>
    internal static IRP? At(Machine machine, ulong address) => machine.IoManager.Irps.InUse().FirstOrDefault(i => i.Address == address);

    /// <summary>The address of stack location <paramref name="location"/> (1-based): they follow the
    /// 0xD0-byte IRP body, 0x48 bytes each (x64).</summary>
    internal static ulong LocationAddress(IRP irp, int location) => irp.Address + 0xD0 + (ulong)((location - 1) * 0x48);
}
