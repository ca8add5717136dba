using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>An IRP in use, as !irp and !irpfind show it: its header fields, its stack locations (index 0 is
/// location 1) and its history. Objects it points at are kept as their addresses; routines with their names.</summary>
/// <param name="Mdl">The MDL's address, or null when the IRP has none.</param>
/// <param name="UserEvent">The user event's address, or null when the IRP has none.</param>
/// <param name="Owner">The driver of the current stack location's device once the IRP is sent, else null.</param>
/// <param name="History">NtSim's record of the IRP's last moves, oldest first (empty on an untraced machine).</param>
[DebuggerDisplay("IRP {Address,h}")]
internal sealed record KdIrpView(ulong Address, bool Completed, bool PendingReturned, int StackCount, int CurrentLocation,
    ulong? Mdl, ulong SystemBuffer, ulong Thread, uint Flags, uint Status, ulong Information, uint RequestorMode, bool Cancel,
    int CancelIrql, ulong? UserEvent, KdRoutineView? CancelRoutine, ulong UserBuffer, ulong OriginalFileObject, string? Owner,
    IReadOnlyList<KdStackLocationView> Locations, IReadOnlyList<string> History)
{
    /// <summary>Stack location <paramref name="location"/> (1-based, as IRP.Location numbers them).</summary>
    public KdStackLocationView Location(int location) => Locations[location - 1];
}

/// <summary>One IO_STACK_LOCATION: codes, flags, device (with its driver's name), file, completion routine and context,
/// and the four words of Parameters as the request's member lays them out on x64.</summary>
/// <param name="ContextType">The type of a completion context that is a driver's own object with no address, else null.</param>
internal sealed record KdStackLocationView(byte MajorFunction, byte MinorFunction, byte Flags, byte Control, ulong Device,
    string? DriverName, ulong File, KdRoutineView? CompletionRoutine, ulong Context, string? ContextType, IReadOnlyList<ulong> Arguments);
