using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

public static partial class Wdm
{
    // IoGetDeviceInterfaces Flags: also the interfaces that are registered but not enabled.
    /// <summary>IoGetDeviceInterfaces: also list the interfaces that are registered but not enabled.</summary>
    public const uint DEVICE_INTERFACE_INCLUDE_NONACTIVE = 0x00000001;

    /// <summary>
    /// IoRegisterDeviceInterface: registers an interface of class <paramref name="InterfaceClassGuid"/>
    /// for the device whose PDO is <paramref name="PhysicalDeviceObject"/> (the registry keys under
    /// Control\DeviceClasses) and returns its name, <c>\??\ROOT#SYSTEM#0000#{class}</c> (plus
    /// <c>\</c><paramref name="ReferenceString"/>). Registering it again gives the same name. Not a
    /// PDO of a device node, or a reference string with a path separator: STATUS_INVALID_DEVICE_REQUEST.
    /// </summary>
    public static NTSTATUS IoRegisterDeviceInterface(DEVICE_OBJECT PhysicalDeviceObject, in Guid InterfaceClassGuid, UNICODE_STRING? ReferenceString,
        out UNICODE_STRING SymbolicLinkName)
    {
        var thread = DdiGate.Enter(DdiTable.IoRegisterDeviceInterface);
        KeContext.NotNull(PhysicalDeviceObject, nameof(PhysicalDeviceObject));
        var reference = ReferenceString is { } given && given.Length > 0 ? given.ToString() : null;
        var status = DeviceInterfaces.Register(thread, PhysicalDeviceObject, InterfaceClassGuid, reference, out var name);
        SymbolicLinkName = NT_SUCCESS(status) ? new UNICODE_STRING(name) : default;
        return status;
    }

    /// <summary>
    /// IoSetDeviceInterfaceState: enabling links <c>\GLOBAL??\&lt;name&gt;</c> to the PDO, so that
    /// applications can open the interface, and tells the callbacks registered for its class
    /// (GUID_DEVICE_INTERFACE_ARRIVAL); disabling undoes both (GUID_DEVICE_INTERFACE_REMOVAL).
    /// Enabling an enabled interface: STATUS_OBJECT_NAME_EXISTS; disabling a disabled one:
    /// STATUS_OBJECT_NAME_NOT_FOUND. PASSIVE_LEVEL only (0xC4/0x2000A, IrqlIoPassive1).
    /// </summary>
    public static NTSTATUS IoSetDeviceInterfaceState(UNICODE_STRING SymbolicLinkName, bool Enable) =>
        DeviceInterfaces.SetState(DdiGate.Enter(DdiTable.IoSetDeviceInterfaceState), SymbolicLinkName.ToString(), Enable);

    /// <summary>
    /// IoGetDeviceInterfaces: the names of the enabled interfaces of a class (all registered ones with
    /// DEVICE_INTERFACE_INCLUDE_NONACTIVE), of one device if <paramref name="PhysicalDeviceObject"/> is
    /// given, as a list of NUL-terminated UTF-16 strings ended by an empty one, in paged pool that the
    /// caller frees with ExFreePool.
    /// </summary>
    public static NTSTATUS IoGetDeviceInterfaces(in Guid InterfaceClassGuid, DEVICE_OBJECT? PhysicalDeviceObject, uint Flags, out PVOID SymbolicLinkList,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoGetDeviceInterfaces);
        SymbolicLinkList = default;
        string? instancePath = null;
        if (PhysicalDeviceObject is not null)
        {
            if (PhysicalDeviceObject.DeviceNode is not { } node || node.PhysicalDeviceObject != PhysicalDeviceObject)
            {
                return STATUS_INVALID_DEVICE_REQUEST;
            }

            instancePath = node.InstancePath;
        }

        var names = DeviceInterfaces.List(thread.Machine, InterfaceClassGuid, instancePath, (Flags & DEVICE_INTERFACE_INCLUDE_NONACTIVE) != 0);
        var chars = DeviceInterfaceList.Build(names.Select(n => n.Name.SymbolicLinkName));
        PoolRequest.TryFromFlags(POOL_FLAG_PAGED, out var request);
        var list = AllocatePool(thread, request, (ulong)chars.Length * 2, TAG("PnpI"), file, line, DdiTable.IoGetDeviceInterfaces);
        if (list.IsNull)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        MemoryMarshal.AsBytes(chars.AsSpan()).CopyTo(list.AsSpan(chars.Length * 2));
        SymbolicLinkList = list;
        return STATUS_SUCCESS;
    }
}
