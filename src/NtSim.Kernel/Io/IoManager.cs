namespace NtSim;

/// <summary>The I/O manager of a machine: its drivers, its IRP lookaside lists, and the count of
/// requests served per major function.</summary>
public sealed class IoManager
{
    private readonly long[] _served = new long[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];
    private readonly Lock _lock = new();
    private readonly List<DRIVER_OBJECT> _drivers = [];
    private readonly List<DEVICE_OBJECT> _shutdown = [];

    internal IoManager(Machine machine)
    {
        Machine = machine;
        Irps = new IrpAllocator(machine);
    }

    internal Machine Machine { get; }

    internal IrpAllocator Irps { get; }

    /// <summary>The system-wide cancel spin lock (IoAcquireCancelSpinLock).</summary>
    internal KSPIN_LOCK CancelSpinLock { get; } = new();

    /// <summary>Guards the threads' IRP lists and the file objects' lists of requests in flight.</summary>
    internal Lock IrpListLock { get; } = new();

    /// <summary>The drivers loaded now.</summary>
    public IReadOnlyList<DRIVER_OBJECT> Drivers
    {
        get
        {
            lock (_lock)
            {
                return [.. _drivers];
            }
        }
    }

    /// <summary>IRPs dispatched to drivers, by major function (IRP_MJ_*).</summary>
    public long Served(byte majorFunction) => Interlocked.Read(ref _served[majorFunction]);

    internal void CountDispatch(byte majorFunction) => Interlocked.Increment(ref _served[majorFunction]);

    internal void Add(DRIVER_OBJECT driver)
    {
        lock (_lock)
        {
            _drivers.Add(driver);
        }
    }

    internal void Remove(DRIVER_OBJECT driver)
    {
        lock (_lock)
        {
            _drivers.Remove(driver);
        }
    }

    internal void RegisterShutdown(DEVICE_OBJECT device)
    {
        lock (_lock)
        {
            _shutdown.Insert(0, device);
        }
    }

    internal void UnregisterShutdown(DEVICE_OBJECT device)
    {
        lock (_lock)
        {
            _shutdown.Remove(device);
        }
    }

    /// <summary>IoShutdownSystem: IRP_MJ_SHUTDOWN to every registered device, last registered
    /// first, each waited for; runs on a system thread.</summary>
    internal void SendShutdown(KTHREAD thread)
    {
        List<DEVICE_OBJECT> devices;
        lock (_lock)
        {
            devices = [.. _shutdown];
            _shutdown.Clear();
        }

        foreach (var device in devices)
        {
            var evt = new KEVENT();
            Wdm.KeInitializeEvent(evt, Wdm.NotificationEvent, false);
            var iosb = new IO_STATUS_BLOCK();
            var irp = Wdm.IoBuildSynchronousFsdRequest(Wdm.IRP_MJ_SHUTDOWN, device, PVOID.NULL, 0, null, evt, iosb)!;
            if (Wdm.IoCallDriver(device, irp) == Wdm.STATUS_PENDING)
            {
                Wdm.KeWaitForSingleObject(evt, Wdm.Executive, Wdm.KernelMode, false, null);
            }
        }
    }

    /// <summary>IopInvalidDeviceRequest: where a MajorFunction entry left NULL sends the IRP.</summary>
    internal static NTSTATUS InvalidDeviceRequest(DEVICE_OBJECT deviceObject, IRP irp)
    {
        irp.IoStatus.Status = Wdm.STATUS_INVALID_DEVICE_REQUEST;
        irp.IoStatus.Information = 0;
        Wdm.IoCompleteRequest(irp, Wdm.IO_NO_INCREMENT);
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }
}
