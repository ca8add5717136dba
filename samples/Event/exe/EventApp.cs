using System.Runtime.InteropServices;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Event;

/// <summary>
/// eventapp: asks the event driver for notifications and reports what happened.
/// <code>
/// eventapp [both|event|irp|cancel|close|exit|bad] [seconds]
/// </code>
/// both (the default): one EVENT_BASED and one IRP_BASED registration, each waited for;
/// event, irp: one of them; cancel: an IRP_BASED registration cancelled with CancelIo;
/// close: one of each, then CloseHandle before they are due (the driver's cleanup cancels them);
/// exit: one of each, then return from Main with both pending (process exit cancels them);
/// bad: an IOCTL_REGISTER_EVENT with a short input buffer. The due time defaults to 2 seconds.
/// </summary>
public static class EventApp
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "both";
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var dueTime = seconds * -10_000_000L;

        var device = CreateFile(EventPublic.DOS_DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            puts($"CreateFile {EventPublic.DOS_DEVICE_NAME} failed: error {GetLastError()}");
            return 1;
        }

        var result = mode switch
        {
            "both" => EventBased(device, dueTime, wait: true) | IrpBased(device, dueTime, wait: true),
            "event" => EventBased(device, dueTime, wait: true),
            "irp" => IrpBased(device, dueTime, wait: true),
            "cancel" => CancelIrpBased(device, dueTime),
            "close" => CloseWithPending(device, dueTime),
            "exit" => EventBased(device, dueTime, wait: false) | IrpBased(device, dueTime, wait: false),
            "bad" => ShortInput(device),
            _ => Usage(),
        };

        if (mode is not ("close" or "exit"))
        {
            CloseHandle(device);
        }

        if (mode == "exit")
        {
            puts("Exiting with both registrations pending");
        }

        return result;
    }

    private static int Usage()
    {
        puts("usage: eventapp [both|event|irp|cancel|close|exit|bad] [seconds]");
        return 2;
    }

    /// <summary>REGISTER_EVENT as the bytes DeviceIoControl sends.</summary>
    private static byte[] Input(NOTIFY_TYPE type, HANDLE hEvent, long dueTime)
    {
        var registerEvent = new REGISTER_EVENT { Type = type, hEvent = hEvent, DueTime = dueTime };
        return MemoryMarshal.AsBytes(new ReadOnlySpan<REGISTER_EVENT>(ref registerEvent)).ToArray();
    }

    /// <summary>Registers an event the driver signals at the due time; with <paramref name="wait"/>, waits for it.</summary>
    private static int EventBased(HANDLE device, long dueTime, bool wait)
    {
        var hEvent = CreateEvent(null, true, false, null);
        var input = Input(NOTIFY_TYPE.EVENT_BASED, hEvent, dueTime);
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        if (!DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, input, (uint)input.Length, null, 0, out _, ov)
            && !(GetLastError() == ERROR_IO_PENDING && GetOverlappedResult(device, ov, out _, true)))
        {
            puts($"Event-based: IOCTL_REGISTER_EVENT failed: error {GetLastError()}");
            return 1;
        }

        puts("Event-based: registered");
        CloseHandle(ov.hEvent);
        if (!wait)
        {
            return 0;
        }

        var wait1 = WaitForSingleObject(hEvent, INFINITE);
        puts(wait1 == WAIT_OBJECT_0 ? "Event-based: the event was signaled" : $"Event-based: wait returned {wait1}");
        CloseHandle(hEvent);
        return wait1 == WAIT_OBJECT_0 ? 0 : 1;
    }

    /// <summary>Registers an IOCTL the driver completes at the due time; with <paramref name="wait"/>, waits for it.</summary>
    private static int IrpBased(HANDLE device, long dueTime, bool wait)
    {
        var input = Input(NOTIFY_TYPE.IRP_BASED, default, dueTime);
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        if (DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, input, (uint)input.Length, null, 0, out _, ov))
        {
            puts("IRP-based: completed at once (unexpected)");
            return 1;
        }

        if (GetLastError() != ERROR_IO_PENDING)
        {
            puts($"IRP-based: IOCTL_REGISTER_EVENT failed: error {GetLastError()}");
            return 1;
        }

        puts("IRP-based: registered, the IOCTL is pending");
        if (!wait)
        {
            return 0;
        }

        return ReportIrpBased(device, ov, expectSuccess: true);
    }

    private static int ReportIrpBased(HANDLE device, OVERLAPPED ov, bool expectSuccess)
    {
        var ok = GetOverlappedResult(device, ov, out _, true);
        var error = ok ? 0 : GetLastError();
        puts(ok ? "IRP-based: the IOCTL completed" : $"IRP-based: the IOCTL failed: error {error}");
        CloseHandle(ov.hEvent);
        return ok == expectSuccess ? 0 : 1;
    }

    /// <summary>An IRP_BASED registration cancelled with CancelIo before it is due: ERROR_OPERATION_ABORTED.</summary>
    private static int CancelIrpBased(HANDLE device, long dueTime)
    {
        var input = Input(NOTIFY_TYPE.IRP_BASED, default, dueTime);
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        if (DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, input, (uint)input.Length, null, 0, out _, ov) || GetLastError() != ERROR_IO_PENDING)
        {
            puts($"IRP-based: expected a pending IOCTL, got error {GetLastError()}");
            return 1;
        }

        puts("IRP-based: registered, cancelling it");
        CancelIo(device);
        return ReportIrpBased(device, ov, expectSuccess: false);
    }

    /// <summary>One registration of each kind, then the handle closed before they are due.</summary>
    private static int CloseWithPending(HANDLE device, long dueTime)
    {
        var hEvent = CreateEvent(null, true, false, null);
        var eventInput = Input(NOTIFY_TYPE.EVENT_BASED, hEvent, dueTime);
        var irpInput = Input(NOTIFY_TYPE.IRP_BASED, default, dueTime);
        var ovEvent = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        var ovIrp = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        var registered = DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, eventInput, (uint)eventInput.Length, null, 0, out _, ovEvent)
            || (GetLastError() == ERROR_IO_PENDING && GetOverlappedResult(device, ovEvent, out _, true));
        var pending = !DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, irpInput, (uint)irpInput.Length, null, 0, out _, ovIrp)
            && GetLastError() == ERROR_IO_PENDING;
        if (!registered || !pending)
        {
            puts($"Registration failed: error {GetLastError()}");
            return 1;
        }

        puts("Both registered, closing the handle");
        CloseHandle(device);

        // The driver's cleanup cancels the IOCTL; the event is released without being signaled.
        // (GetOverlappedResult waits on the OVERLAPPED's event: the closed file handle is not used.)
        var ok = GetOverlappedResult(device, ovIrp, out _, true);
        var error = ok ? 0 : GetLastError();
        var aborted = !ok && error == ERROR_OPERATION_ABORTED;
        puts(aborted ? "IRP-based: the IOCTL was cancelled" : $"IRP-based: completed, error {error}");
        var signaled = WaitForSingleObject(hEvent, (uint)(-dueTime / 10_000) + 1000) == WAIT_OBJECT_0;
        puts(signaled ? "Event-based: the event was signaled (unexpected)" : "Event-based: the event was not signaled");
        CloseHandle(hEvent);
        CloseHandle(ovEvent.hEvent);
        CloseHandle(ovIrp.hEvent);
        return aborted && !signaled ? 0 : 1;
    }

    /// <summary>An input buffer one byte short of REGISTER_EVENT: ERROR_INVALID_PARAMETER.</summary>
    private static int ShortInput(HANDLE device)
    {
        var input = Input(NOTIFY_TYPE.IRP_BASED, default, -10_000_000);
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        var ok = DeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, input, (uint)input.Length - 1, null, 0, out _, ov)
            || (GetLastError() == ERROR_IO_PENDING && GetOverlappedResult(device, ov, out _, true));
        var error = ok ? 0 : GetLastError();
        puts(ok ? "Short input: accepted (unexpected)" : $"Short input: error {error}");
        CloseHandle(ov.hEvent);
        return !ok && error == ERROR_INVALID_PARAMETER ? 0 : 1;
    }
}
