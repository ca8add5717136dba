using System.Text;
using NtSim.Samples.Ioctl;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

/// <summary>The requests the sioctl tests send from kernel mode, and the reply they expect.</summary>
internal static class SioctlRequests
{
    /// <summary>The service (and module) name sioctl's tests start it under.</summary>
    public const string Service = "sioctl";

    /// <summary>The driver's reply with its NUL, as it lands in an output buffer.</summary>
    public static readonly byte[] Reply = Encoding.ASCII.GetBytes(SioctlDriver.Reply + "\0");

    /// <summary>Sends <paramref name="text"/> (a string buffer) with <paramref name="send"/> and a new
    /// output buffer of <paramref name="bufferSize"/> bytes filled with 0xCC; returns the status block
    /// and the output buffer's bytes after the request.</summary>
    public static (IO_STATUS_BLOCK Iosb, byte[] Output) SendString(Machine machine, string text, uint bufferSize,
        Func<PVOID, uint, PVOID, IO_STATUS_BLOCK> send)
    {
        var iosb = new IO_STATUS_BLOCK();
        byte[] output = [];
        machine.RunToCompletion(() =>
        {
            var input = AllocateString(text, out var inputLength);
            var outBuf = KernelRequests.Allocate(bufferSize, fill: 0xCC);
            iosb = send(input, inputLength, outBuf);
            output = outBuf.AsReadOnlySpan((int)bufferSize).ToArray();
            KernelRequests.Free(outBuf);
            KernelRequests.Free(input);
        });
        return (iosb, output);
    }

    /// <summary>A NUL-terminated ASCII string in a new nonpaged buffer.</summary>
    public static PVOID AllocateString(string text, out uint length)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        length = (uint)bytes.Length;
        var buffer = KernelRequests.Allocate(length);
        bytes.CopyTo(buffer.AsSpan(bytes.Length));
        return buffer;
    }

    /// <summary>
    /// A METHOD_IN_DIRECT or METHOD_OUT_DIRECT request set up as the I/O manager sets it up for
    /// DeviceIoControl: the input in the system buffer, the second buffer described by an MDL whose
    /// pages are probed and locked for the access the method names, unlocked after completion.
    /// </summary>
    public static IO_STATUS_BLOCK SendDirect(DEVICE_OBJECT device, uint code, PVOID input, uint inputLength, PVOID second, uint secondLength)
    {
        var mdl = IoAllocateMdl(second, secondLength, false, false, null);
        Assert.NotNull(mdl);
        var operation = METHOD_FROM_CTL_CODE(code) == METHOD_IN_DIRECT ? IoReadAccess : IoWriteAccess;
        MmProbeAndLockPages(mdl, KernelMode, operation);
        var iosb = KernelRequests.Send(device, (irp, next) =>
        {
            irp.AssociatedIrp.SystemBuffer = input;
            irp.MdlAddress = mdl;
            next.MajorFunction = IRP_MJ_DEVICE_CONTROL;
            next.Parameters.DeviceIoControl.IoControlCode = code;
            next.Parameters.DeviceIoControl.InputBufferLength = inputLength;
            next.Parameters.DeviceIoControl.OutputBufferLength = secondLength;
        });
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return iosb;
    }
}
