using System.Runtime.CompilerServices;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>The default queue: sequential, so the framework hands the driver one request at a time;
/// a write keeps its data, a read returns it, IOCTL_MYDRIVER_GET_LENGTH says how much there is.</summary>
public sealed partial class Driver
{
    private static NTSTATUS MyDriverQueueInitialize(WDFDEVICE Device)
    {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoRead = MyDriverEvtIoRead;
        queueConfig.EvtIoWrite = MyDriverEvtIoWrite;
        queueConfig.EvtIoDeviceControl = MyDriverEvtIoDeviceControl;
        var status = WdfIoQueueCreate(Device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        if (!NT_SUCCESS(status))
        {
            KdPrint("MyDriver: WdfIoQueueCreate failed 0x%08X\n", status);
        }

        return status;
    }

    /// <summary>EvtIoWrite: keep a copy of the data (at most MYDRIVER_BUFFER_SIZE bytes).</summary>
    private static void MyDriverEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var context = DeviceGetContext(WdfIoQueueGetDevice(Queue))!;
        if (Length > MYDRIVER_BUFFER_SIZE)
        {
            WdfRequestCompleteWithInformation(Request, STATUS_INVALID_BUFFER_SIZE, 0);
            return;
        }

        var status = WdfRequestRetrieveInputMemory(Request, out var memory);
        if (NT_SUCCESS(status))
        {
            status = WdfMemoryCopyToBuffer(memory, 0, WdfMemoryGetBuffer(context.Data, out _), Length);
        }

        if (!NT_SUCCESS(status))
        {
            WdfRequestCompleteWithInformation(Request, status, 0);
            return;
        }

        context.Length = Length;
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
    }

    /// <summary>EvtIoRead: return what the last write kept, as much of it as the request's buffer holds.</summary>
    private static void MyDriverEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var context = DeviceGetContext(WdfIoQueueGetDevice(Queue))!;
        var count = Math.Min(Length, context.Length);
        if (count == 0)
        {
            WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
            return;
        }

        var status = WdfRequestRetrieveOutputMemory(Request, out var memory);
        if (NT_SUCCESS(status))
        {
            status = WdfMemoryCopyFromBuffer(memory, 0, WdfMemoryGetBuffer(context.Data, out _), count);
        }

        WdfRequestCompleteWithInformation(Request, status, NT_SUCCESS(status) ? count : 0);
    }

    /// <summary>EvtIoDeviceControl: IOCTL_MYDRIVER_GET_LENGTH returns the kept length; other codes fail.</summary>
    private static void MyDriverEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode)
    {
        if (IoControlCode != IOCTL_MYDRIVER_GET_LENGTH)
        {
            WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
            return;
        }

        // Fails with STATUS_BUFFER_TOO_SMALL when the caller's output buffer cannot hold a ULONG.
        var size = (ulong)Unsafe.SizeOf<uint>();
        var status = WdfRequestRetrieveOutputBuffer(Request, size, out var buffer, out _);
        if (!NT_SUCCESS(status))
        {
            WdfRequestComplete(Request, status);
            return;
        }

        buffer.Write((uint)DeviceGetContext(WdfIoQueueGetDevice(Queue))!.Length);
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, size);
    }
}
