using System.Text;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.NonPnp;

/// <summary>The queue's handlers: read and write at offset 0 of the device's file, and the four IOCTL methods.</summary>
public sealed partial class NonPnpDriver
{
    /// <summary>What every IOCTL writes to its output: the string and its NUL.</summary>
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("this String is from Device Driver !!!\0");

    /// <summary>EvtIoInCallerContext: in the caller's thread, before any queue. A METHOD_NEITHER request's
    /// buffers are user addresses meaning something only here: probe and lock them into WDFMEMORY objects
    /// kept in the request's context; every other request goes straight to the queue.</summary>
    private static void NonPnpEvtDeviceIoInCallerContext(WDFDEVICE Device, WDFREQUEST Request)
    {
        WDF_REQUEST_PARAMETERS_INIT(out var parameters);
        WdfRequestGetParameters(Request, parameters);
        NTSTATUS status;
        if (!(parameters.Type == WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl
            && parameters.Parameters.DeviceIoControl.IoControlCode == NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER))
        {
            status = WdfDeviceEnqueueRequest(Device, Request);
            if (!NT_SUCCESS(status))
            {
                WdfRequestComplete(Request, status);
            }

            return;
        }

        status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 0, out var inBuf, out var inBufLen);
        if (NT_SUCCESS(status))
        {
            status = WdfRequestRetrieveUnsafeUserOutputBuffer(Request, 0, out var outBuf, out var outBufLen);
            if (NT_SUCCESS(status))
            {
                WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<REQUEST_CONTEXT>(out var attributes);
                status = WdfObjectAllocateContext<REQUEST_CONTEXT>(Request, attributes, out var reqContext);
                if (NT_SUCCESS(status))
                {
                    status = WdfRequestProbeAndLockUserBufferForRead(Request, inBuf, inBufLen, out reqContext!.InputMemoryBuffer);
                }

                if (NT_SUCCESS(status))
                {
                    status = WdfRequestProbeAndLockUserBufferForWrite(Request, outBuf, outBufLen, out reqContext!.OutputMemoryBuffer);
                }

                if (NT_SUCCESS(status))
                {
                    status = WdfDeviceEnqueueRequest(Device, Request);
                    if (NT_SUCCESS(status))
                    {
                        return;
                    }
                }
            }
        }

        WdfRequestComplete(Request, status);
    }

    /// <summary>EvtIoRead: the file's data from offset 0.</summary>
    private static void FileEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var status = WdfRequestRetrieveOutputBuffer(Request, 0, out var outBuf, out _);
        if (!NT_SUCCESS(status))
        {
            WdfRequestComplete(Request, status);
            return;
        }

        var devExt = ControlGetData(WdfIoQueueGetDevice(Queue))!;
        var bytesRead = Math.Min(Length, devExt.FileLength);
        if (bytesRead > 0)
        {
            RtlCopyMemory(outBuf, devExt.FileData, bytesRead);
        }

        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, bytesRead);
    }

    /// <summary>EvtIoWrite: the data replaces the file's, from offset 0.</summary>
    private static void FileEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var status = WdfRequestRetrieveInputBuffer(Request, 0, out var inBuf, out _);
        if (!NT_SUCCESS(status))
        {
            WdfRequestComplete(Request, status);
            return;
        }

        var devExt = ControlGetData(WdfIoQueueGetDevice(Queue))!;
        if (!devExt.FileData.IsNull)
        {
            ExFreePoolWithTag(devExt.FileData, POOL_TAG);
            devExt.FileData = default;
            devExt.FileLength = 0;
        }

        devExt.FileData = ExAllocatePool2(POOL_FLAG_PAGED, Length, POOL_TAG);
        if (devExt.FileData.IsNull)
        {
            WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
            return;
        }

        RtlCopyMemory(devExt.FileData, inBuf, Length);
        devExt.FileLength = Length;
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
    }

    /// <summary>EvtIoDeviceControl: each method's input and output, where KMDF says they are.</summary>
    private static void FileEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode)
    {
        if (OutputBufferLength == 0 || InputBufferLength == 0)
        {
            WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
            return;
        }

        var datalen = (ulong)Data.Length;
        NTSTATUS status;
        if (IoControlCode == NonPnpPublic.IOCTL_NONPNP_METHOD_BUFFERED)
        {
            // Input and output share the system buffer: read the input before writing the reply.
            status = WdfRequestRetrieveInputBuffer(Request, 0, out var inBuf, out _);
            if (NT_SUCCESS(status))
            {
                PrintChars(inBuf, InputBufferLength);
                status = WdfRequestRetrieveOutputBuffer(Request, 0, out var outBuf, out _);
                if (NT_SUCCESS(status))
                {
                    WriteData(outBuf, OutputBufferLength);
                    WdfRequestSetInformation(Request, Math.Min(OutputBufferLength, datalen));
                }
            }

            status = NT_SUCCESS(status) ? status : STATUS_INSUFFICIENT_RESOURCES;
        }
        else if (IoControlCode == NonPnpPublic.IOCTL_NONPNP_METHOD_IN_DIRECT)
        {
            // The "output" buffer is a second input, locked and mapped by the I/O manager.
            status = WdfRequestRetrieveInputBuffer(Request, 0, out var inBuf, out _);
            if (NT_SUCCESS(status))
            {
                PrintChars(inBuf, InputBufferLength);
                status = WdfRequestRetrieveOutputBuffer(Request, 0, out var buffer, out _);
                if (NT_SUCCESS(status))
                {
                    PrintChars(buffer, OutputBufferLength);
                    WdfRequestSetInformation(Request, OutputBufferLength);
                }
            }
        }
        else if (IoControlCode == NonPnpPublic.IOCTL_NONPNP_METHOD_OUT_DIRECT)
        {
            status = WdfRequestRetrieveInputBuffer(Request, 0, out var inBuf, out _);
            if (NT_SUCCESS(status))
            {
                PrintChars(inBuf, InputBufferLength);
                status = WdfRequestRetrieveOutputBuffer(Request, 0, out var buffer, out _);
                if (NT_SUCCESS(status))
                {
                    WriteData(buffer, OutputBufferLength);
                    WdfRequestSetInformation(Request, Math.Min(OutputBufferLength, datalen));
                }
            }
        }
        else if (IoControlCode == NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER)
        {
            // The buffers EvtIoInCallerContext probed and locked, usable here in any context.
            var reqContext = GetRequestContext(Request)!;
            var inBuf = WdfMemoryGetBuffer(reqContext.InputMemoryBuffer, out var inBufLength);
            var outBuf = WdfMemoryGetBuffer(reqContext.OutputMemoryBuffer, out var outBufLength);
            status = inBuf.IsNull || outBuf.IsNull ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS;
            if (NT_SUCCESS(status))
            {
                PrintChars(inBuf, inBufLength);
                WriteData(outBuf, outBufLength);
                WdfRequestSetInformation(Request, Math.Min(outBufLength, datalen));
            }
        }
        else
        {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }

        WdfRequestComplete(Request, status);
    }

    /// <summary>Copies as much of <see cref="Data"/> as fits.</summary>
    private static void WriteData(PVOID buffer, ulong length)
    {
        var count = (int)Math.Min(length, (ulong)Data.Length);
        Data.AsSpan(0, count).CopyTo(buffer.AsSpan(count));
    }

    /// <summary>PrintChars: the buffer's printable characters, the others as '.'.</summary>
    private static void PrintChars(PVOID buffer, ulong count)
    {
        if (count == 0)
        {
            return;
        }

        var bytes = buffer.AsReadOnlySpan((int)count);
        var text = new StringBuilder((int)count + 1);
        foreach (var b in bytes)
        {
            text.Append(b > 31 && b != 127 ? (char)b : '.');
        }

        KdPrint("%s\n", text.ToString());
    }
}
