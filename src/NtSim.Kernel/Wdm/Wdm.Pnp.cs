using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoInvalidateDeviceRelations: tells the PnP manager that the relations of a PDO
    /// changed; for BusRelations it sends IRP_MN_QUERY_DEVICE_RELATIONS again, later, from its
    /// worker (the call returns at once). IRQL &lt;= DISPATCH_LEVEL; a device that is not a
    /// reported PDO is 0xCA/0x2.</summary>
    public static void IoInvalidateDeviceRelations(DEVICE_OBJECT DeviceObject, DEVICE_RELATION_TYPE Type)
    {
        var thread = DdiGate.Enter(DdiTable.IoInvalidateDeviceRelations);
        var node = PnpRules.RequirePdo(thread, DeviceObject, nameof(IoInvalidateDeviceRelations));
        if (Type == BusRelations)
        {
            thread.Machine.Pnp.Request(thread, new PnpRequest(node, PnpRequestKind.Reenumerate));
        }
    }

    /// <summary>IoInvalidateDeviceState: the PnP manager sends IRP_MN_QUERY_PNP_DEVICE_STATE to the
    /// stack, later; a stack that answers PNP_DEVICE_FAILED is taken down. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void IoInvalidateDeviceState(DEVICE_OBJECT PhysicalDeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoInvalidateDeviceState);
        var node = PnpRules.RequirePdo(thread, PhysicalDeviceObject, nameof(IoInvalidateDeviceState));
        thread.Machine.Pnp.Request(thread, new PnpRequest(node, PnpRequestKind.QueryState));
    }

    /// <summary>IoRequestDeviceEject: the bus driver reports that the user asked to eject the
    /// device; the PnP manager query-removes and removes it, then sends IRP_MN_EJECT. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void IoRequestDeviceEject(DEVICE_OBJECT PhysicalDeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoRequestDeviceEject);
        var node = PnpRules.RequirePdo(thread, PhysicalDeviceObject, nameof(IoRequestDeviceEject));
        thread.Machine.Pnp.Request(thread, new PnpRequest(node, PnpRequestKind.Eject));
    }

    /// <summary>IoGetDeviceProperty into a buffer in memory: STATUS_BUFFER_TOO_SMALL with the
    /// needed size in ResultLength when it does not fit; STATUS_OBJECT_NAME_NOT_FOUND when the
    /// device has no such property. PASSIVE_LEVEL; a PDO only (0xCA/0x2).</summary>
    public static NTSTATUS IoGetDeviceProperty(DEVICE_OBJECT DeviceObject, DEVICE_REGISTRY_PROPERTY DeviceProperty, uint BufferLength,
        PVOID PropertyBuffer, out uint ResultLength) =>
        GetDeviceProperty(DeviceObject, DeviceProperty, BufferLength, out ResultLength, (data, length) => data.CopyTo(PropertyBuffer.AsSpan(length)));

    /// <summary>IoGetDeviceProperty into a managed buffer (its length is BufferLength).
    /// A NULL buffer has length 0: the call reports the size needed (STATUS_BUFFER_TOO_SMALL), as the
    /// documented two-call pattern does.</summary>
    public static NTSTATUS IoGetDeviceProperty(DEVICE_OBJECT DeviceObject, DEVICE_REGISTRY_PROPERTY DeviceProperty, byte[]? PropertyBuffer,
        out uint ResultLength) =>
        GetDeviceProperty(DeviceObject, DeviceProperty, (uint)(PropertyBuffer?.Length ?? 0), out ResultLength, (data, _) => data.CopyTo(PropertyBuffer.AsSpan()));

    /// <summary>IoOpenDeviceRegistryKey: a kernel handle to the device's hardware key
    /// (PLUGPLAY_REGKEY_DEVICE: <c>Enum\&lt;instance&gt;\Device Parameters</c>) or software key
    /// (PLUGPLAY_REGKEY_DRIVER: <c>Control\Class\{guid}\NNNN</c>), created if missing. PASSIVE_LEVEL;
    /// a PDO only (0xCA/0x2); STATUS_INVALID_PARAMETER for other key types, STATUS_OBJECT_NAME_NOT_FOUND
    /// for a driver key of a device without a driver.</summary>
    public static NTSTATUS IoOpenDeviceRegistryKey(DEVICE_OBJECT DeviceObject, uint DevInstKeyType, uint DesiredAccess, out HANDLE DeviceRegKey,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        DeviceRegKey = HANDLE.NULL;
        var thread = DdiGate.Enter(DdiTable.IoOpenDeviceRegistryKey);
        var node = PnpRules.RequirePdo(thread, DeviceObject, nameof(IoOpenDeviceRegistryKey));
        var registry = thread.Machine.Registry;
        string path;
        switch (DevInstKeyType)
        {
            case PLUGPLAY_REGKEY_DEVICE:
                path = DeviceRegistry.HardwareKey(node) + @"\Device Parameters";
                break;
            case PLUGPLAY_REGKEY_DRIVER:
                if (registry.GetValue(DeviceRegistry.HardwareKey(node), "Driver")?.String is not { Length: > 0 } driverKey)
                {
                    return STATUS_OBJECT_NAME_NOT_FOUND;
                }

                path = DeviceRegistry.ClassPath + @"\" + driverKey;
                break;
            default:
                return STATUS_INVALID_PARAMETER;
        }

        InitializeObjectAttributes(out var attributes, new UNICODE_STRING(path), OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        return ZwCreateKey(out DeviceRegKey, DesiredAccess, attributes, 0, null, REG_OPTION_NON_VOLATILE, out _, file, line);
    }

    private static NTSTATUS GetDeviceProperty(DEVICE_OBJECT device, DEVICE_REGISTRY_PROPERTY property, uint bufferLength, out uint resultLength,
        Action<byte[], int> copy)
    {
        resultLength = 0;
        var thread = DdiGate.Enter(DdiTable.IoGetDeviceProperty);
        var node = PnpRules.RequirePdo(thread, device, nameof(IoGetDeviceProperty));
        var data = DeviceProperties.Read(thread.Machine, node, property, out var known);
        if (!known)
        {
            return STATUS_INVALID_PARAMETER_2;
        }

        if (data is null)
        {
            return STATUS_OBJECT_NAME_NOT_FOUND;
        }

        resultLength = (uint)data.Length;
        if (bufferLength < data.Length)
        {
            return STATUS_BUFFER_TOO_SMALL;
        }

        copy(data, data.Length);
        return STATUS_SUCCESS;
    }
}
