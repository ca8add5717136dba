using System.Text;
using static NtSim.Wdm;

namespace NtSim.Samples.Ioctl;

/// <summary>The four transfer methods: where the input comes from and where the reply goes.</summary>
public sealed partial class SioctlDriver
{
    /// <summary>What the driver writes into every output buffer (ASCII, with its terminating NUL).</summary>
    internal const string Reply = "This string is from the sioctl driver";

    /// <summary>METHOD_BUFFERED: the input is in the system buffer, and the reply overwrites it there;
    /// the I/O manager copies Information bytes of it to the caller's output buffer.</summary>
    private static NTSTATUS SioctlMethodBuffered(IRP Irp, IO_STACK_LOCATION irpSp, out ulong information)
    {
        SioctlPrintIrpInfo(Irp, irpSp, "METHOD_BUFFERED");
        var buffer = Irp.AssociatedIrp.SystemBuffer;
        KdPrint("SIOCTL: input: %s\n", SioctlReadString(buffer, irpSp.Parameters.DeviceIoControl.InputBufferLength));
        information = SioctlWriteReply(buffer, irpSp.Parameters.DeviceIoControl.OutputBufferLength);
        return STATUS_SUCCESS;
    }

    /// <summary>METHOD_IN_DIRECT: the input is in the system buffer, and the second buffer, locked by
    /// the I/O manager and described by Irp.MdlAddress, is more input: the driver only reads it.</summary>
    private static NTSTATUS SioctlMethodInDirect(IRP Irp, IO_STACK_LOCATION irpSp, out ulong information)
    {
        SioctlPrintIrpInfo(Irp, irpSp, "METHOD_IN_DIRECT");
        information = 0;
        KdPrint("SIOCTL: input: %s\n", SioctlReadString(Irp.AssociatedIrp.SystemBuffer, irpSp.Parameters.DeviceIoControl.InputBufferLength));
        var mdl = Irp.MdlAddress;
        if (mdl is null)
        {
            return STATUS_INVALID_PARAMETER;
        }

        // A system-space mapping of the caller's locked pages: usable in any context; read-only suffices.
        var buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute | MdlMappingNoWrite);
        if (buffer.IsNull)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        KdPrint("SIOCTL: second buffer: %s\n", SioctlReadString(buffer, MmGetMdlByteCount(mdl)));
        return STATUS_SUCCESS;
    }

    /// <summary>METHOD_OUT_DIRECT: the input is in the system buffer; the reply goes straight into the
    /// caller's output buffer through the MDL, with no copy by the I/O manager.</summary>
    private static NTSTATUS SioctlMethodOutDirect(IRP Irp, IO_STACK_LOCATION irpSp, out ulong information)
    {
        SioctlPrintIrpInfo(Irp, irpSp, "METHOD_OUT_DIRECT");
        information = 0;
        KdPrint("SIOCTL: input: %s\n", SioctlReadString(Irp.AssociatedIrp.SystemBuffer, irpSp.Parameters.DeviceIoControl.InputBufferLength));
        var mdl = Irp.MdlAddress;
        if (mdl is null)
        {
            return STATUS_INVALID_PARAMETER;
        }

        var buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
        if (buffer.IsNull)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        information = SioctlWriteReply(buffer, MmGetMdlByteCount(mdl));
        return STATUS_SUCCESS;
    }

    /// <summary>
    /// METHOD_NEITHER: the I/O manager passes the caller's own addresses. They mean something only in
    /// the caller's process, so this must run in the caller's context (the top driver's dispatch
    /// routine, at PASSIVE_LEVEL). A user-mode caller's buffers are probed, and every touch is inside
    /// try/catch (__try/__except in C): the application can free or protect them at any time. The
    /// output is locked and mapped through an MDL, as a driver does to use it later or elsewhere.
    /// </summary>
    private static NTSTATUS SioctlMethodNeither(IRP Irp, IO_STACK_LOCATION irpSp, out ulong information)
    {
        SioctlPrintIrpInfo(Irp, irpSp, "METHOD_NEITHER");
        information = 0;
        var inBuf = irpSp.Parameters.DeviceIoControl.Type3InputBuffer;
        var inBufLength = irpSp.Parameters.DeviceIoControl.InputBufferLength;
        var outBuf = Irp.UserBuffer;
        var outBufLength = irpSp.Parameters.DeviceIoControl.OutputBufferLength;
        MDL? mdl = null;
        var locked = false;
        try
        {
            if (Irp.RequestorMode != KernelMode)
            {
                // A user-mode caller's addresses must lie in user space (ProbeForRead/ProbeForWrite raise).
                ProbeForRead(inBuf, inBufLength, 1);
                ProbeForWrite(outBuf, outBufLength, 1);
            }

            KdPrint("SIOCTL: input: %s\n", SioctlReadString(inBuf, inBufLength));

            mdl = IoAllocateMdl(outBuf, outBufLength, false, false, null);
            if (mdl is null)
            {
                return STATUS_INSUFFICIENT_RESOURCES;
            }

            // Probe with the requestor's mode: a user caller may not pass a kernel address here.
            MmProbeAndLockPages(mdl, Irp.RequestorMode, IoWriteAccess);
            locked = true;
            var buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
            if (buffer.IsNull)
            {
                return STATUS_INSUFFICIENT_RESOURCES;
            }

            information = SioctlWriteReply(buffer, outBufLength);
            return STATUS_SUCCESS;
        }
        catch (NtStatusException e)
        {
            KdPrint("SIOCTL: exception 0x%08X while touching the caller's buffers\n", e.Status);
            return GetExceptionCode(e);
        }
        finally
        {
            if (mdl is not null)
            {
                if (locked)
                {
                    // MmUnlockPages also releases the system-space mapping.
                    MmUnlockPages(mdl);
                }

                IoFreeMdl(mdl);
            }
        }
    }

    /// <summary>Shows where the I/O manager put the buffers for this method (the point of the sample).</summary>
    private static void SioctlPrintIrpInfo(IRP Irp, IO_STACK_LOCATION irpSp, string method)
    {
        KdPrint("SIOCTL: %s\n", method);
        KdPrint("SIOCTL:   Irp->AssociatedIrp.SystemBuffer = %p\n", Irp.AssociatedIrp.SystemBuffer);
        KdPrint("SIOCTL:   Irp->UserBuffer = %p\n", Irp.UserBuffer);
        KdPrint("SIOCTL:   Irp->MdlAddress = %s\n", Irp.MdlAddress is null ? "NULL" : "an MDL");
        KdPrint("SIOCTL:   Parameters.DeviceIoControl.Type3InputBuffer = %p\n", irpSp.Parameters.DeviceIoControl.Type3InputBuffer);
        KdPrint("SIOCTL:   Parameters.DeviceIoControl.InputBufferLength = %u\n", irpSp.Parameters.DeviceIoControl.InputBufferLength);
        KdPrint("SIOCTL:   Parameters.DeviceIoControl.OutputBufferLength = %u\n", irpSp.Parameters.DeviceIoControl.OutputBufferLength);
    }

    /// <summary>The ASCII text at <paramref name="buffer"/>, up to its NUL or <paramref name="length"/>
    /// bytes. Read a page at a time, as the C sample's PrintChars reads byte by byte: any ULONG length
    /// is allowed, and a buffer shorter than its length faults where it ends (an exception the
    /// caller's try/catch turns into a status), not before.</summary>
    private static string SioctlReadString(PVOID buffer, uint length)
    {
        var text = new StringBuilder();
        var remaining = (ulong)length;
        while (remaining > 0)
        {
            var chunk = (int)Math.Min(remaining, PAGE_SIZE - (buffer.Address & (PAGE_SIZE - 1)));
            var bytes = buffer.AsReadOnlySpan(chunk);
            var end = bytes.IndexOf((byte)0);
            text.Append(Encoding.ASCII.GetString(end < 0 ? bytes : bytes[..end]));
            if (end >= 0)
            {
                break;
            }

            buffer += (ulong)chunk;
            remaining -= (ulong)chunk;
        }

        return text.ToString();
    }

    /// <summary>Writes as much of the reply and its NUL as fits; returns the bytes written.</summary>
    private static uint SioctlWriteReply(PVOID buffer, uint length)
    {
        var reply = Encoding.ASCII.GetBytes(Reply + "\0");
        var count = Math.Min((uint)reply.Length, length);
        reply.AsSpan(0, (int)count).CopyTo(buffer.AsSpan((int)count));
        return count;
    }
}
