using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A driver whose three system threads wait for three reasons: one removes from an empty KQUEUE (WrQueue), one
/// waits alertably on an event for a user request (UserRequest, the reason it passes), one wants an executive
/// resource that a fourth thread holds while it waits on an event (Executive), so it waits for it (WrResource).</summary>
public sealed class WaitingThreadsDriver : IDriver
{
    private readonly KQUEUE _queue = new();
    private readonly KEVENT _request = new();
    private readonly KEVENT _never = new();
    private readonly ERESOURCE _resource = new();

    /// <summary>Starts the owner of the resource, then the three waiters.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KeInitializeQueue(_queue, 0);
        KeInitializeEvent(_request, NotificationEvent, false);
        KeInitializeEvent(_never, NotificationEvent, false);
        ExInitializeResourceLite(_resource);
        Start(Owner);
        Start(_ => KeRemoveQueue(_queue, KernelMode, null));
        Start(_ => KeWaitForSingleObject(_request, UserRequest, KernelMode, true, null));
        Start(Contender);
        return STATUS_SUCCESS;
    }

    private static void Start(KSTART_ROUTINE routine)
    {
        PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, out _, routine, null);
        ZwClose(handle);
    }

    // Holds the resource while it waits for ever (Executive).
    private void Owner(object? context)
    {
        KeEnterCriticalRegion();
        ExAcquireResourceExclusiveLite(_resource, true);
        KeWaitForSingleObject(_never, Executive, KernelMode, false, null);
    }

    private void Contender(object? context)
    {
        KeEnterCriticalRegion();
        ExAcquireResourceSharedLite(_resource, true);
    }
}
