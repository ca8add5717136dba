using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Pnp;

public sealed class PlugPlayNotificationTests
{
    private static readonly Guid s_toaster = InterfaceStack.GUID_DEVINTERFACE_TOASTER;

    /// <summary>What a callback saw: the event, the link, the IRQL, whether it ran on a worker thread.</summary>
    private sealed record Seen(Guid Event, Guid Class, string Link, KIRQL Irql, ThreadKind Thread, ushort Version, ushort Size);

    private static DRIVER_NOTIFICATION_CALLBACK_ROUTINE Recorder(List<Seen> seen, KEVENT? done = null, int count = 1) => (n, _) =>
    {
        var change = (DEVICE_INTERFACE_CHANGE_NOTIFICATION)n;
        seen.Add(new Seen(change.Event, change.InterfaceClassGuid, change.SymbolicLinkName.ToString(), KeGetCurrentIrql(), KTHREAD.Current!.Kind,
            change.Version, change.Size));
        if (done is not null && seen.Count == count)
        {
            KeSetEvent(done, 0, false);
        }

        return STATUS_SUCCESS;
    };

    private static KEVENT NewEvent()
    {
        var e = new KEVENT();
        KeInitializeEvent(e, NotificationEvent, false);
        return e;
    }

    [Fact]
    public void IoRegisterPlugPlayNotification_InterfaceChange_ArrivalAndRemovalAtPassiveOnWorker()
    {
        using var machine = Boot();
        var seen = new List<Seen>();
        string link = "";
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            var done = NewEvent();
            Assert.Equal(STATUS_SUCCESS, IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, s_toaster, stack.FdoDriver,
                Recorder(seen, done, 2), null, out var entry));
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            link = name.ToString();
            IoSetDeviceInterfaceState(name, true);
            IoSetDeviceInterfaceState(name, false);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            Assert.Equal(STATUS_SUCCESS, IoUnregisterPlugPlayNotificationEx(entry!));
        }));

        Assert.Equal(
            [
                new Seen(GUID_DEVICE_INTERFACE_ARRIVAL, s_toaster, link, PASSIVE_LEVEL, ThreadKind.Worker, 1, 48),
                new Seen(GUID_DEVICE_INTERFACE_REMOVAL, s_toaster, link, PASSIVE_LEVEL, ThreadKind.Worker, 1, 48),
            ],
            seen);
    }

    [Fact]
    public void IoRegisterPlugPlayNotification_IncludeExistingInterfaces_CalledBeforeReturnForEachEnabled()
    {
        using var machine = Boot();
        var seen = new List<Seen>();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var enabled);
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, new UNICODE_STRING("Off"), out _);
            IoSetDeviceInterfaceState(enabled, true);
            // Let the arrival queued by the enable reach nobody before registering.
            KeDelayExecutionThread(KernelMode, false, -10_000);
            Assert.Equal(STATUS_SUCCESS, IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,
                PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES, s_toaster, stack.FdoDriver, Recorder(seen), null, out var entry));
            Assert.Single(seen);
            Assert.Equal(enabled.ToString(), seen[0].Link);
            Assert.Equal(GUID_DEVICE_INTERFACE_ARRIVAL, seen[0].Event);
            IoUnregisterPlugPlayNotificationEx(entry!);
        }));
    }

    [Fact]
    public void IoUnregisterPlugPlayNotificationEx_BeforeEvent_CallbackNotCalled()
    {
        using var machine = Boot();
        var gone = new List<Seen>();
        var kept = new List<Seen>();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            var done = NewEvent();
            IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, s_toaster, stack.FdoDriver, Recorder(gone), null, out var first);
            IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, s_toaster, stack.FdoDriver, Recorder(kept, done), null, out var second);
            Assert.Equal(STATUS_SUCCESS, IoUnregisterPlugPlayNotificationEx(first!));
            Assert.Equal(STATUS_INVALID_PARAMETER, IoUnregisterPlugPlayNotification(first!));
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            IoSetDeviceInterfaceState(name, true);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            IoUnregisterPlugPlayNotification(second!);
        }));

        Assert.Empty(gone);
        Assert.Single(kept);
    }

    [Fact]
    public void IoRegisterPlugPlayNotification_OtherClass_NotCalled()
    {
        using var machine = Boot();
        var other = new List<Seen>();
        var toaster = new List<Seen>();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            var done = NewEvent();
            IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, Guid.NewGuid(), stack.FdoDriver, Recorder(other), null, out var a);
            IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, s_toaster, stack.FdoDriver, Recorder(toaster, done), null, out var b);
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            IoSetDeviceInterfaceState(name, true);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            IoUnregisterPlugPlayNotificationEx(a!);
            IoUnregisterPlugPlayNotificationEx(b!);
        }));

        Assert.Empty(other);
        Assert.Single(toaster);
    }

    [Fact]
    public void IoRegisterPlugPlayNotification_BadCategoryOrData_InvalidParameter()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            DRIVER_NOTIFICATION_CALLBACK_ROUTINE callback = (_, _) => STATUS_SUCCESS;
            Assert.Equal(STATUS_INVALID_PARAMETER, IoRegisterPlugPlayNotification(EventCategoryReserved, 0, null, stack.FdoDriver, callback, null, out var entry));
            Assert.Null(entry);
            Assert.Equal(STATUS_INVALID_PARAMETER, IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, "not a guid", stack.FdoDriver, callback, null, out _));
            Assert.Equal(STATUS_INVALID_PARAMETER, IoRegisterPlugPlayNotification(EventCategoryTargetDeviceChange, 0, s_toaster, stack.FdoDriver, callback, null, out _));
        }));
    }

    [Fact]
    public void NotifyTargetDevice_FileOnInterface_CallbackGetsFileAndVetoIsReturned()
    {
        using var machine = Boot();
        var events = new List<string>();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            IoSetDeviceInterfaceState(name, true);
            InitializeObjectAttributes(out var attributes, name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            Assert.Equal(STATUS_SUCCESS, ZwCreateFile(out var handle, GENERIC_READ, attributes, new IO_STATUS_BLOCK(), null, 0, 0, FILE_OPEN, 0, null, 0));
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(handle, 0, IoFileObjectType, KernelMode, out var body));
            var file = (FILE_OBJECT)body!;
            Assert.Equal(STATUS_SUCCESS, IoRegisterPlugPlayNotification(EventCategoryTargetDeviceChange, 0, file, stack.FdoDriver, (n, _) =>
            {
                var removal = (TARGET_DEVICE_REMOVAL_NOTIFICATION)n;
                Assert.Same(file, removal.FileObject);
                Assert.Equal(32, removal.Size);
                events.Add(removal.Event == GUID_TARGET_DEVICE_QUERY_REMOVE ? "query" : removal.Event == GUID_TARGET_DEVICE_REMOVE_CANCELLED ? "cancelled" : "complete");
                return removal.Event == GUID_TARGET_DEVICE_QUERY_REMOVE ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
            }, null, out var entry));

            var thread = KTHREAD.Current!;
            Assert.Equal(STATUS_UNSUCCESSFUL, PlugPlayNotifications.NotifyTargetDevice(thread, stack.Node, GUID_TARGET_DEVICE_QUERY_REMOVE));
            Assert.Equal(STATUS_SUCCESS, PlugPlayNotifications.NotifyTargetDevice(thread, stack.Node, GUID_TARGET_DEVICE_REMOVE_CANCELLED));
            IoUnregisterPlugPlayNotificationEx(entry!);
            Assert.Equal(STATUS_SUCCESS, PlugPlayNotifications.NotifyTargetDevice(thread, stack.Node, GUID_TARGET_DEVICE_REMOVE_COMPLETE));
            ObDereferenceObject(file);
            ZwClose(handle);
        }));

        Assert.Equal(["query", "cancelled"], events);
    }

    [Fact]
    public void NotificationGuids_AgainstWdmguidH_Match()
    {
        var header = Path.Combine(Environment.GetEnvironmentVariable("NTSIM_MINGW_INCLUDE") ?? "/usr/share/mingw-w64/include", "ddk", "wdmguid.h");
        if (!File.Exists(header))
        {
            return;
        }

        var text = File.ReadAllText(header).Replace("\n", " ");
        foreach (var (field, value) in new[]
        {
            (nameof(GUID_DEVICE_INTERFACE_ARRIVAL), GUID_DEVICE_INTERFACE_ARRIVAL),
            (nameof(GUID_DEVICE_INTERFACE_REMOVAL), GUID_DEVICE_INTERFACE_REMOVAL),
            (nameof(GUID_TARGET_DEVICE_QUERY_REMOVE), GUID_TARGET_DEVICE_QUERY_REMOVE),
            (nameof(GUID_TARGET_DEVICE_REMOVE_CANCELLED), GUID_TARGET_DEVICE_REMOVE_CANCELLED),
            (nameof(GUID_TARGET_DEVICE_REMOVE_COMPLETE), GUID_TARGET_DEVICE_REMOVE_COMPLETE),
        })
        {
            var match = System.Text.RegularExpressions.Regex.Match(text, @"DEFINE_GUID\(\s*" + field + @"\s*,([^)]*)\)");
            Assert.True(match.Success, $"{field} is not in {header}");
            var parts = match.Groups[1].Value.Split(',').Select(p => Convert.ToUInt32(p.Trim(), 16)).ToArray();
            var expected = new Guid(parts[0], (ushort)parts[1], (ushort)parts[2], (byte)parts[3], (byte)parts[4], (byte)parts[5], (byte)parts[6],
                (byte)parts[7], (byte)parts[8], (byte)parts[9], (byte)parts[10]);
            Assert.Equal(expected, value);
        }
    }
}
