using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>
/// The kernel types <c>dt</c> knows: the fields NtSim has, at the offsets of Windows x64 (debugger.md §4 for _IRP; the
/// others as <c>dt nt!_DEVICE_OBJECT</c> ... print them on Windows 10 x64). Fields NtSim has no equivalent for are left
/// out. NtSim keeps these objects' values in managed objects (the pool block at the address is the object's memory,
/// zeroed), so a value is read from the object found at the address; with none there, from the memory itself.
/// </summary>
internal static class KdKernelTypes
{
    internal static IReadOnlyList<KdTypeLayout> All { get; } =
    [
        Type("_IRP", Irp(), machine => Irps(machine).Select(i => (i.Address, (object)i))),
        Type("_DEVICE_OBJECT", DeviceObject(), machine => Objects<DEVICE_OBJECT>(machine)),
        Type("_DRIVER_OBJECT", DriverObject(), machine => Objects<DRIVER_OBJECT>(machine)),
        Type("_MDL", Mdl(), machine => Irps(machine).SelectMany(Mdls).Distinct().Select(m => (m.Address, (object)m))),
        Type("_KEVENT", Event(), machine => Irps(machine).Select(i => i.UserEvent).OfType<KEVENT>().Distinct().Select(e => (e.Address, (object)e))),
        // A LIST_ENTRY's two pointers are simulated memory: dt reads them there.
        Type("_LIST_ENTRY", [new(0x000, "Flink", "Ptr64 _LIST_ENTRY", KdFieldKind.Pointer, 8), new(0x008, "Blink", "Ptr64 _LIST_ENTRY", KdFieldKind.Pointer, 8)],
            _ => []),
    ];

    /// <summary>The kernel types as dt renders them: the same on every machine, so never captured.</summary>
    internal static IReadOnlyList<KdTypeView> Views { get; } = [.. All.Select(t => t.View())];

    private static KdTypeLayout Type(string name, KdField[] fields, Func<Machine, IEnumerable<(ulong, object)>> objects) =>
        new("nt", name, "nt!" + name, fields, objects);

    // The object manager's objects of a body type, at their body addresses (where dt finds them).
    private static IEnumerable<(ulong, object)> Objects<T>(Machine machine) =>
        machine.ObjectManager.LiveObjects().Where(h => h.Body is T).Select(h => (h.BodyAddress, (object)h.Body));

    private static IEnumerable<IRP> Irps(Machine machine) => machine.IoManager.Irps.InUse();

    private static IEnumerable<MDL> Mdls(IRP irp)
    {
        for (var mdl = irp.MdlAddress; mdl is not null; mdl = mdl.Next)
        {
            yield return mdl;
        }
    }

    private static KdField[] Irp() =>
    [
        new(0x000, "Type", "Int2B", KdFieldKind.Signed, 2, o => (ulong)((IRP)o).Type),
        new(0x002, "Size", "Uint2B", KdFieldKind.Unsigned, 2, o => (ulong)((IRP)o).Size),
        new(0x008, "MdlAddress", "Ptr64 _MDL", KdFieldKind.Pointer, 8, o => ((IRP)o).MdlAddress?.Address ?? 0),
        new(0x010, "Flags", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((IRP)o).Flags),
        new(0x018, "AssociatedIrp", "<anonymous-tag>", KdFieldKind.Structure, 0),
        new(0x030, "IoStatus", "_IO_STATUS_BLOCK", KdFieldKind.Structure, 0),
        new(0x040, "RequestorMode", "Char", KdFieldKind.Character, 1, o => (ulong)((IRP)o).RequestorMode),
        new(0x041, "PendingReturned", "UChar", KdFieldKind.Character, 1, o => ((IRP)o).PendingReturned ? 1UL : 0),
        new(0x042, "StackCount", "Char", KdFieldKind.Character, 1, o => (ulong)(byte)((IRP)o).StackCount),
        new(0x043, "CurrentLocation", "Char", KdFieldKind.Character, 1, o => (ulong)(byte)((IRP)o).CurrentLocation),
        new(0x044, "Cancel", "UChar", KdFieldKind.Character, 1, o => ((IRP)o).Cancel ? 1UL : 0),
        new(0x045, "CancelIrql", "UChar", KdFieldKind.Character, 1, o => (ulong)((IRP)o).CancelIrql),
        new(0x050, "UserEvent", "Ptr64 _KEVENT", KdFieldKind.Pointer, 8, o => ((IRP)o).UserEvent?.Address ?? 0),
        new(0x058, "Overlay", "<anonymous-tag>", KdFieldKind.Structure, 0),
        new(0x070, "UserBuffer", "Ptr64 Void", KdFieldKind.Pointer, 8, o => ((IRP)o).UserBuffer.Address),
        new(0x078, "Tail", "<anonymous-tag>", KdFieldKind.Structure, 0),
    ];

    private static KdField[] DeviceObject() =>
    [
        new(0x004, "ReferenceCount", "Int4B", KdFieldKind.Signed, 4, o => (ulong)((DEVICE_OBJECT)o).ReferenceCount),
        new(0x008, "DriverObject", "Ptr64 _DRIVER_OBJECT", KdFieldKind.Pointer, 8, o => ((DEVICE_OBJECT)o).DriverObject.Address),
        new(0x010, "NextDevice", "Ptr64 _DEVICE_OBJECT", KdFieldKind.Pointer, 8, o => ((DEVICE_OBJECT)o).NextDevice?.Address ?? 0),
        new(0x018, "AttachedDevice", "Ptr64 _DEVICE_OBJECT", KdFieldKind.Pointer, 8, o => ((DEVICE_OBJECT)o).AttachedDevice?.Address ?? 0),
        new(0x020, "CurrentIrp", "Ptr64 _IRP", KdFieldKind.Pointer, 8, o => ((DEVICE_OBJECT)o).CurrentIrp?.Address ?? 0),
        new(0x030, "Flags", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((DEVICE_OBJECT)o).Flags),
        new(0x034, "Characteristics", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((DEVICE_OBJECT)o).Characteristics),
        new(0x040, "DeviceExtension", "Ptr64 Void", KdFieldKind.Pointer, 8, o => ((DEVICE_OBJECT)o).ExtensionAddress),
        new(0x048, "DeviceType", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((DEVICE_OBJECT)o).DeviceType),
        new(0x04c, "StackSize", "Char", KdFieldKind.Character, 1, o => (ulong)(byte)((DEVICE_OBJECT)o).StackSize),
        new(0x078, "AlignmentRequirement", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((DEVICE_OBJECT)o).AlignmentRequirement),
        new(0x080, "DeviceQueue", "_KDEVICE_QUEUE", KdFieldKind.Structure, 0),
    ];

    private static KdField[] DriverObject() =>
    [
        new(0x008, "DeviceObject", "Ptr64 _DEVICE_OBJECT", KdFieldKind.Pointer, 8, o => ((DRIVER_OBJECT)o).DeviceObject?.Address ?? 0),
        new(0x010, "Flags", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((DRIVER_OBJECT)o).Flags),
        new(0x038, "DriverName", "_UNICODE_STRING", KdFieldKind.Structure, 0, o => $"_UNICODE_STRING \"{((DRIVER_OBJECT)o).DriverName}\""),
        new(0x058, "DriverInit", "Ptr64     long", KdFieldKind.Pointer, 8, o => Routine((DRIVER_OBJECT)o, ((DRIVER_OBJECT)o).DriverInit)),
        new(0x060, "DriverStartIo", "Ptr64     void", KdFieldKind.Pointer, 8, o => Routine((DRIVER_OBJECT)o, ((DRIVER_OBJECT)o).DriverStartIo)),
        new(0x068, "DriverUnload", "Ptr64     void", KdFieldKind.Pointer, 8, o => Routine((DRIVER_OBJECT)o, ((DRIVER_OBJECT)o).DriverUnload)),
        // dt prints an array's first element after its count.
        new(0x070, "MajorFunction", "[28] Ptr64     long", KdFieldKind.Pointer, 8,
            o => $"[28] 0x{KdFormat.Pointer(Routine((DRIVER_OBJECT)o, ((DRIVER_OBJECT)o).MajorFunction[0]))}"),
    ];

    private static KdField[] Mdl() =>
    [
        new(0x000, "Next", "Ptr64 _MDL", KdFieldKind.Pointer, 8, o => ((MDL)o).Next?.Address ?? 0),
        new(0x008, "Size", "Int2B", KdFieldKind.Signed, 2, o => (ulong)((MDL)o).Size),
        new(0x00a, "MdlFlags", "Int2B", KdFieldKind.Signed, 2, o => (ulong)((MDL)o).MdlFlags),
        new(0x010, "Process", "Ptr64 _EPROCESS", KdFieldKind.Pointer, 8, o => ((MDL)o).Process?.Address ?? 0),
        new(0x018, "MappedSystemVa", "Ptr64 Void", KdFieldKind.Pointer, 8, o => ((MDL)o).MappedSystemVa.Address),
        new(0x020, "StartVa", "Ptr64 Void", KdFieldKind.Pointer, 8, o => ((MDL)o).StartVa.Address),
        new(0x028, "ByteCount", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((MDL)o).ByteCount),
        new(0x02c, "ByteOffset", "Uint4B", KdFieldKind.Unsigned, 4, o => (ulong)((MDL)o).ByteOffset),
    ];

    // dt nt!_KEVENT prints only Header; its fields follow as dt -r1 prints them (the ones NtSim has).
    private static KdField[] Event() =>
    [
        new(0x000, "Header", "_DISPATCHER_HEADER", KdFieldKind.Structure, 0),
        new(0x004, "SignalState", "Int4B", KdFieldKind.Signed, 4, o => (ulong)((KEVENT)o).SignalState, Depth: 1),
    ];

    private static ulong Routine(DRIVER_OBJECT driver, Delegate? routine) =>
        routine is null ? 0 : driver.Machine.Modules.For(routine).AddressOf(routine.Method);
}
