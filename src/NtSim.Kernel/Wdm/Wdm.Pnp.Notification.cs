using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // IO_NOTIFICATION_EVENT_CATEGORY
    /// <summary>Reserved.</summary>
    public const IO_NOTIFICATION_EVENT_CATEGORY EventCategoryReserved = 0;
    /// <summary>Hardware profile changes (GUID_HWPROFILE_QUERY_CHANGE, ...).</summary>
    public const IO_NOTIFICATION_EVENT_CATEGORY EventCategoryHardwareProfileChange = (IO_NOTIFICATION_EVENT_CATEGORY)1;
    /// <summary>Arrivals and removals of the device interfaces of a class.</summary>
    public const IO_NOTIFICATION_EVENT_CATEGORY EventCategoryDeviceInterfaceChange = (IO_NOTIFICATION_EVENT_CATEGORY)2;
    /// <summary>Query-remove, remove and custom events of one device (its file object).</summary>
    public const IO_NOTIFICATION_EVENT_CATEGORY EventCategoryTargetDeviceChange = (IO_NOTIFICATION_EVENT_CATEGORY)3;

    // IoRegisterPlugPlayNotification EventCategoryFlags (EventCategoryDeviceInterfaceChange only).
    /// <summary>EventCategoryDeviceInterfaceChange: also call the routine at once for each interface already enabled.</summary>
    public const uint PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES = 0x00000001;

    // wdmguid.h
    /// <summary>A device interface of the registered class was enabled.</summary>
    public static readonly Guid GUID_DEVICE_INTERFACE_ARRIVAL = new(0xcb3a4004, 0x46f0, 0x11d0, 0xb0, 0x8f, 0x00, 0x60, 0x97, 0x13, 0x05, 0x3f);
    /// <summary>A device interface of the registered class was disabled.</summary>
    public static readonly Guid GUID_DEVICE_INTERFACE_REMOVAL = new(0xcb3a4005, 0x46f0, 0x11d0, 0xb0, 0x8f, 0x00, 0x60, 0x97, 0x13, 0x05, 0x3f);
    /// <summary>The target device is about to be removed; the routine may veto by returning a failure status.</summary>
    public static readonly Guid GUID_TARGET_DEVICE_QUERY_REMOVE = new(0xcb3a4006, 0x46f0, 0x11d0, 0xb0, 0x8f, 0x00, 0x60, 0x97, 0x13, 0x05, 0x3f);
    /// <summary>The removal of the target device was cancelled.</summary>
    public static readonly Guid GUID_TARGET_DEVICE_REMOVE_CANCELLED = new(0xcb3a4007, 0x46f0, 0x11d0, 0xb0, 0x8f, 0x00, 0x60, 0x97, 0x13, 0x05, 0x3f);
    /// <summary>The target device was removed.</summary>
    public static readonly Guid GUID_TARGET_DEVICE_REMOVE_COMPLETE = new(0xcb3a4008, 0x46f0, 0x11d0, 0xb0, 0x8f, 0x00, 0x60, 0x97, 0x13, 0x05, 0x3f);

    /// <summary>
    /// IoRegisterPlugPlayNotification: <paramref name="CallbackRoutine"/> is called at PASSIVE_LEVEL
    /// when an interface of the class <paramref name="EventCategoryData"/> (a <see cref="Guid"/>)
    /// arrives or goes (EventCategoryDeviceInterfaceChange; with
    /// PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES, once for each enabled one before this
    /// returns), or when the device behind the file object <paramref name="EventCategoryData"/> is
    /// queried for removal, removed or kept (EventCategoryTargetDeviceChange). Other categories, or
    /// data of the wrong kind: STATUS_INVALID_PARAMETER.
    /// </summary>
    public static NTSTATUS IoRegisterPlugPlayNotification(IO_NOTIFICATION_EVENT_CATEGORY EventCategory, uint EventCategoryFlags, object? EventCategoryData,
        DRIVER_OBJECT DriverObject, DRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine, object? Context, out object? NotificationEntry,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoRegisterPlugPlayNotification);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        KeContext.NotNull(CallbackRoutine, nameof(CallbackRoutine));
        NotificationEntry = null;
        var machine = thread.Machine;
        var module = machine.Modules.For(CallbackRoutine);
        PlugPlayNotificationEntry entry;
        switch (EventCategory)
        {
            case EventCategoryDeviceInterfaceChange when EventCategoryData is Guid interfaceClass:
                entry = new PlugPlayNotificationEntry(EventCategory, DriverObject, CallbackRoutine, Context, module, file, line) { InterfaceClass = interfaceClass };
                break;
            case EventCategoryTargetDeviceChange when EventCategoryData is FILE_OBJECT fileObject && (EventCategoryFlags & PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES) == 0:
                // Windows asks the file's device stack for its PDO (TargetDeviceRelation); here the
                // attachment chain leads down to it. A device outside a PnP stack has no target to watch.
                if (TargetNodeOf(fileObject) is not { } node)
                {
                    return STATUS_NOT_SUPPORTED;
                }

                entry = new PlugPlayNotificationEntry(EventCategory, DriverObject, CallbackRoutine, Context, module, file, line) { FileObject = fileObject, TargetNode = node };
                break;
            default:
                return STATUS_INVALID_PARAMETER;
        }

        machine.PlugPlayNotifications.Add(thread, entry);
        NotificationEntry = entry;
        if ((EventCategoryFlags & PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES) != 0)
        {
            machine.PlugPlayNotifications.DeliverExisting(thread, entry);
        }

        return STATUS_SUCCESS;
    }

    /// <summary>IoUnregisterPlugPlayNotificationEx: cancels a registration; when it returns, no callback
    /// of it runs or will run (one running on another thread is waited for).</summary>
    public static NTSTATUS IoUnregisterPlugPlayNotificationEx(object NotificationEntry) =>
        UnregisterPlugPlayNotification(NotificationEntry, waitForCallback: true, DdiTable.IoUnregisterPlugPlayNotificationEx);

    /// <summary>IoUnregisterPlugPlayNotification: cancels a registration; "it cannot guarantee that no
    /// further callbacks can occur" (a callback already running on another thread goes on).</summary>
    public static NTSTATUS IoUnregisterPlugPlayNotification(object NotificationEntry) =>
        UnregisterPlugPlayNotification(NotificationEntry, waitForCallback: false, DdiTable.IoUnregisterPlugPlayNotification);

    private static NTSTATUS UnregisterPlugPlayNotification(object notificationEntry, bool waitForCallback, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        if (notificationEntry is not PlugPlayNotificationEntry entry)
        {
            throw new ArgumentException($"{ddi.Name}: NotificationEntry is not a value IoRegisterPlugPlayNotification returned.", nameof(notificationEntry));
        }

        return thread.Machine.PlugPlayNotifications.Remove(thread, entry, waitForCallback) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }

    /// <summary>The device node of the PDO at the bottom of the stack a file object was opened on.</summary>
    private static DeviceNode? TargetNodeOf(FILE_OBJECT fileObject)
    {
        var device = fileObject.DeviceObject;
        while (device?.AttachedTo is { } lower)
        {
            device = lower;
        }

        return device?.DeviceNode;
    }
}
