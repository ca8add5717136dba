namespace NtSim;

/// <summary>IO_NOTIFICATION_EVENT_CATEGORY: EventCategoryDeviceInterfaceChange, EventCategoryTargetDeviceChange, ...</summary>
public enum IO_NOTIFICATION_EVENT_CATEGORY { }

/// <summary>DRIVER_NOTIFICATION_CALLBACK_ROUTINE: gets a DEVICE_INTERFACE_CHANGE_NOTIFICATION or a
/// TARGET_DEVICE_REMOVAL_NOTIFICATION (both PLUGPLAY_NOTIFICATION_HEADERs) and the registration's context.</summary>
public delegate NTSTATUS DRIVER_NOTIFICATION_CALLBACK_ROUTINE(PLUGPLAY_NOTIFICATION_HEADER NotificationStructure, object? Context);

/// <summary>PLUGPLAY_NOTIFICATION_HEADER: what every PnP notification structure starts with.</summary>
public abstract class PLUGPLAY_NOTIFICATION_HEADER
{
    private protected PLUGPLAY_NOTIFICATION_HEADER(ushort size, Guid eventGuid)
    {
        Size = size;
        Event = eventGuid;
    }

    /// <summary>The structure's version (1).</summary>
    public ushort Version { get; init; } = 1;

    /// <summary>sizeof the C structure on x64.</summary>
    public ushort Size { get; }

    /// <summary>GUID_DEVICE_INTERFACE_ARRIVAL, GUID_TARGET_DEVICE_QUERY_REMOVE, ...</summary>
    public Guid Event { get; }
}

/// <summary>DEVICE_INTERFACE_CHANGE_NOTIFICATION: an interface of the registered class was enabled
/// (GUID_DEVICE_INTERFACE_ARRIVAL) or disabled (GUID_DEVICE_INTERFACE_REMOVAL).</summary>
public sealed class DEVICE_INTERFACE_CHANGE_NOTIFICATION : PLUGPLAY_NOTIFICATION_HEADER
{
    // x64: USHORT, USHORT, GUID, GUID, then a pointer aligned to 8: 2 + 2 + 16 + 16 + 4 (padding) + 8.
    internal DEVICE_INTERFACE_CHANGE_NOTIFICATION(Guid eventGuid, Guid interfaceClassGuid, string symbolicLinkName)
        : base(48, eventGuid)
    {
        InterfaceClassGuid = interfaceClassGuid;
        SymbolicLinkName = new UNICODE_STRING(symbolicLinkName);
    }

    /// <summary>The interface class whose interface arrived or was removed.</summary>
    public Guid InterfaceClassGuid { get; }

    /// <summary>The interface's name, as IoRegisterDeviceInterface returned it (\??\...).</summary>
    public UNICODE_STRING SymbolicLinkName { get; }
}

/// <summary>TARGET_DEVICE_REMOVAL_NOTIFICATION: the device behind <see cref="FileObject"/> is about to
/// go (GUID_TARGET_DEVICE_QUERY_REMOVE), stayed (GUID_TARGET_DEVICE_REMOVE_CANCELLED) or went
/// (GUID_TARGET_DEVICE_REMOVE_COMPLETE).</summary>
public sealed class TARGET_DEVICE_REMOVAL_NOTIFICATION : PLUGPLAY_NOTIFICATION_HEADER
{
    // x64: USHORT, USHORT, GUID, then a pointer aligned to 8: 2 + 2 + 16 + 4 (padding) + 8.
    internal TARGET_DEVICE_REMOVAL_NOTIFICATION(Guid eventGuid, FILE_OBJECT fileObject)
        : base(32, eventGuid)
    {
        FileObject = fileObject;
    }

    /// <summary>The file object the driver registered with.</summary>
    public FILE_OBJECT FileObject { get; }
}
