using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A driver that breaks the IRQL rule of KeWaitForSingleObject: DriverEntry initializes two executive
/// resources and holds one exclusively, takes a spin lock (so runs
/// at DISPATCH_LEVEL), queues a DPC (which cannot run on its processor until the IRQL drops), then waits on an
/// event with a timeout: the machine bug checks inside the wait, with the lock held and the DPC queued.</summary>
public sealed class DispatchWaitDriver : IDriver
{
    private readonly KSPIN_LOCK _lock = new();
    private readonly KDPC _dpc = new();
    private readonly KEVENT _event = new();
    private readonly ERESOURCE _held = new();
    private readonly ERESOURCE _free = new();

    /// <summary>Takes a resource and the lock, queues the DPC and waits at DISPATCH_LEVEL.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        ExInitializeResourceLite(_held);
        ExInitializeResourceLite(_free);
        KeEnterCriticalRegion();
        ExAcquireResourceExclusiveLite(_held, true);
        KeInitializeSpinLock(_lock);
        KeInitializeDpc(_dpc, DispatchWaitDpc, null);
        KeInitializeEvent(_event, NotificationEvent, false);
        KeAcquireSpinLock(_lock, out var oldIrql);
        KeInsertQueueDpc(_dpc, null, null);
        var status = KeWaitForSingleObject(_event, Executive, KernelMode, false, new LARGE_INTEGER(-10_000));
        KeReleaseSpinLock(_lock, oldIrql);
        return status;
    }

    private static void DispatchWaitDpc(KDPC Dpc, object? DeferredContext, object? SystemArgument1, object? SystemArgument2)
    {
    }
}
