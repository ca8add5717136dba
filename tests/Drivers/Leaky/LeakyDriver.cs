using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Leaky: a driver whose DriverUnload forgets everything. What it leaves is chosen by DWORD values
/// under its Parameters key (defaults in brackets): KeepDevice [1] (\Device\Leaky), KeepLink [1]
/// (\??\Leaky), PoolBlocks [2] (64-byte blocks tagged 'Leak'), SetTimer [1] (a one-shot timer due in
/// one second whose DPC prints), WorkItem [1] (an IO_WORKITEM never freed), Thread [0] (a system
/// thread that sleeps 100 ms at a time forever). A static field keeps the driver object, and a
/// read sent to the device stays pending. The "leak:" comments mark the lines the tests expect.
/// </summary>
public sealed class LeakyDriver : IDriver
{
    private static readonly uint Tag = TAG("Leak");
    private static readonly KTIMER s_timer = new();
    private static readonly KDPC s_dpc = new();
    private static DRIVER_OBJECT? s_driver;
    private static IRP? s_pendingRead;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        s_driver = DriverObject;
        var settings = Settings.Read(RegistryPath);
        DriverObject.DriverUnload = LeakyUnload;
        DriverObject.MajorFunction[IRP_MJ_READ] = LeakyRead;

        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(@"\Device\Leaky"), FILE_DEVICE_UNKNOWN, 0, false, out var device); // leak:device
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Leaky"), new UNICODE_STRING(@"\Device\Leaky")); // leak:link
        if (settings.WorkItem != 0)
        {
            IoAllocateWorkItem(device); // leak:workitem
        }

        for (var i = 0; i < settings.PoolBlocks; i++)
        {
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag); // leak:pool
        }

        if (settings.SetTimer != 0)
        {
            KeInitializeTimer(s_timer);
            KeInitializeDpc(s_dpc, LeakyTimerDpc, null);
            KeSetTimer(s_timer, -10_000_000, s_dpc); // leak:timer
        }

        if (settings.Thread != 0)
        {
            status = PsCreateSystemThread(out var thread, THREAD_ALL_ACCESS, null, HANDLE.NULL, out _, LeakyThread, null); // leak:thread
            if (NT_SUCCESS(status))
            {
                ZwClose(thread);
            }
        }

        // What the unload routine will not undo, it undoes here when told to: the device and the link.
        if (settings.KeepLink == 0)
        {
            IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Leaky"));
        }

        if (settings.KeepDevice == 0)
        {
            IoDeleteDevice(device);
        }

        return STATUS_SUCCESS;
    }

    private static void LeakyUnload(DRIVER_OBJECT DriverObject) =>
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Leaky: unloading (and forgetting everything)\n");

    private static NTSTATUS LeakyRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        s_pendingRead = Irp;
        IoMarkIrpPending(Irp);
        return STATUS_PENDING;
    }

    private static void LeakyTimerDpc(KDPC Dpc, object? DeferredContext, object? SystemArgument1, object? SystemArgument2) =>
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "Leaky: timer fired\n");

    private static void LeakyThread(object? StartContext)
    {
        while (true)
        {
            KeDelayExecutionThread(KernelMode, false, -1_000_000);
        }
    }

    /// <summary>The Parameters values, with their defaults.</summary>
    private sealed class Settings
    {
        internal uint KeepDevice { get; private set; } = 1;
        internal uint KeepLink { get; private set; } = 1;
        internal uint PoolBlocks { get; private set; } = 2;
        internal uint SetTimer { get; private set; } = 1;
        internal uint WorkItem { get; private set; } = 1;
        internal uint Thread { get; private set; }

        internal static Settings Read(UNICODE_STRING registryPath)
        {
            var settings = new Settings();
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(registryPath + @"\Parameters"), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            if (!NT_SUCCESS(ZwOpenKey(out var key, KEY_READ, attributes)))
            {
                return settings;
            }

            settings.KeepDevice = Dword(key, "KeepDevice", settings.KeepDevice);
            settings.KeepLink = Dword(key, "KeepLink", settings.KeepLink);
            settings.PoolBlocks = Dword(key, "PoolBlocks", settings.PoolBlocks);
            settings.SetTimer = Dword(key, "SetTimer", settings.SetTimer);
            settings.WorkItem = Dword(key, "WorkItem", settings.WorkItem);
            settings.Thread = Dword(key, "Thread", settings.Thread);
            ZwClose(key);
            return settings;
        }

        private static uint Dword(HANDLE key, string name, uint fallback)
        {
            var buffer = new byte[KEY_VALUE_PARTIAL_INFORMATION.FixedSize + 4];
            return NT_SUCCESS(ZwQueryValueKey(key, new UNICODE_STRING(name), KeyValuePartialInformation, buffer, out _))
                ? BitConverter.ToUInt32(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data)
                : fallback;
        }
    }
}
