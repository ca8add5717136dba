using System.Diagnostics;

namespace NtSim;

/// <summary>One IoRegisterPlugPlayNotification registration: the NotificationEntry a driver gets
/// back and passes to IoUnregisterPlugPlayNotification(Ex).</summary>
[DebuggerDisplay("{Describe(),nq}")]
internal sealed class PlugPlayNotificationEntry
{
    internal PlugPlayNotificationEntry(IO_NOTIFICATION_EVENT_CATEGORY category, DRIVER_OBJECT driver, DRIVER_NOTIFICATION_CALLBACK_ROUTINE callback,
        object? context, KernelModule module, string file, int line)
    {
        Category = category;
        Driver = driver;
        Callback = callback;
        Context = context;
        Module = module;
        File = file;
        Line = line;
    }

    internal IO_NOTIFICATION_EVENT_CATEGORY Category { get; }

    internal DRIVER_OBJECT Driver { get; }

    internal DRIVER_NOTIFICATION_CALLBACK_ROUTINE Callback { get; }

    internal object? Context { get; }

    /// <summary>The module the callback runs in.</summary>
    internal KernelModule Module { get; }

    internal string File { get; }

    internal int Line { get; }

    /// <summary>EventCategoryDeviceInterfaceChange: the interface class.</summary>
    internal Guid InterfaceClass { get; init; }

    /// <summary>EventCategoryTargetDeviceChange: the file object and the device node behind it.</summary>
    internal FILE_OBJECT? FileObject { get; init; }

    internal DeviceNode? TargetNode { get; init; }

    /// <summary>Set by IoUnregisterPlugPlayNotification(Ex): no callback starts after it.</summary>
    internal bool Unregistered { get; set; }

    /// <summary>The thread running the callback now, or null.</summary>
    internal KTHREAD? RunningOn { get; set; }

    /// <summary>Signaled while no callback of the entry runs (IoUnregisterPlugPlayNotificationEx waits on it).</summary>
    internal KEVENT Idle { get; } = new();

    internal string Describe() => Category == Wdm.EventCategoryDeviceInterfaceChange
        ? $"interface change {InterfaceClass:B} for {Driver.DriverName}"
        : $"target device change of {TargetNode?.InstancePath ?? "?"} for {Driver.DriverName}";

    public override string ToString() => Describe();
}
