using static NtSim.Wdm;

namespace NtSim.Samples.Cancel;

/// <summary>
/// The cancel sample: a legacy (non-PnP) driver for a hypothetical data-acquisition device that
/// must settle between two reads. Reads are queued in a cancel-safe queue (IoCsqXxx) and served
/// one at a time by a polling system thread; cancellation, cleanup and unload never race with it.
/// </summary>
public sealed partial class CancelDriver : IDriver
{
    internal const string NT_DEVICE_NAME = @"\Device\CancelSamp";
    internal const string DOS_DEVICE_NAME = @"\DosDevices\CancelSamp";

    /// <summary>MAXLONG (ntdef.h): the semaphore's limit.</summary>
    private const int MAXLONG = 0x7FFFFFFF;

    /// <summary>The device settles for one second between reads (relative time, 100 ns units).</summary>
    private const long CSAMP_RETRY_INTERVAL = -10_000_000;

    /// <summary>The one device's extension: the CSQ routines get only the IO_CSQ, which C maps back
    /// with CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue).</summary>
    private DEVICE_EXTENSION _devExtension = null!;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        var status = IoCreateDevice<DEVICE_EXTENSION>(DriverObject, NT_DEVICE_NAME, FILE_DEVICE_UNKNOWN, 0, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = IoCreateSymbolicLink(DOS_DEVICE_NAME, NT_DEVICE_NAME);
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(deviceObject!);
            return status;
        }

        DriverObject.MajorFunction[IRP_MJ_CREATE] = CsampCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = CsampCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = CsampRead;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = CsampCleanup;
        DriverObject.DriverUnload = CsampUnload;

        // Buffered I/O: the read's data goes to Irp->AssociatedIrp.SystemBuffer.
        deviceObject!.Flags |= DO_BUFFERED_IO;

        var devExtension = _devExtension = deviceObject.Extension<DEVICE_EXTENSION>();
        InitializeListHead(devExtension.PendingIrpQueue);
        KeInitializeSpinLock(devExtension.QueueLock);
        KeInitializeSemaphore(devExtension.IrpQueueSemaphore, 0, MAXLONG);
        IoCsqInitialize(devExtension.CancelSafeQueue, CsampInsertIrp, CsampRemoveIrp, CsampPeekNextIrp,
            CsampAcquireLock, CsampReleaseLock, CsampCompleteCanceledIrp);
        devExtension.PollingInterval = CSAMP_RETRY_INTERVAL;
        KeQuerySystemTime(out devExtension.LastPollTime);

        devExtension.ThreadShouldStop = false;
        status = PsCreateSystemThread(out var threadHandle, 0, null, default, CsampPollingThread, deviceObject);
        if (!NT_SUCCESS(status))
        {
            IoDeleteSymbolicLink(DOS_DEVICE_NAME);
            IoDeleteDevice(deviceObject);
            return status;
        }

        // Keep the thread object (Unload waits on it) and close the handle.
        ObReferenceObjectByHandle(threadHandle, THREAD_ALL_ACCESS, PsThreadType, KernelMode, out var threadObject);
        devExtension.ThreadObject = (KTHREAD)threadObject!;
        ZwClose(threadHandle);

        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private static NTSTATUS CsampCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_READ: queue the read (IoCsqInsertIrp marks it pending) and wake the polling thread.</summary>
    private static NTSTATUS CsampRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var devExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        if (IoGetCurrentIrpStackLocation(Irp).Parameters.Read.Length < CancelPublic.SIZEOF_INPUT_DATA)
        {
            // No room for one INPUT_DATA: STATUS_BUFFER_TOO_SMALL, as in the sample.
            Irp.IoStatus.Status = STATUS_BUFFER_TOO_SMALL;
            Irp.IoStatus.Information = 0;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return STATUS_BUFFER_TOO_SMALL;
        }

        IoCsqInsertIrp(devExtension.CancelSafeQueue, Irp, null);
        KeReleaseSemaphore(devExtension.IrpQueueSemaphore, 0, 1, false);
        return STATUS_PENDING;
    }

    /// <summary>IRP_MJ_CLEANUP: the last handle to a file object closed; its queued reads are
    /// completed with STATUS_CANCELLED (the CSQ's peek routine matches them by file object).</summary>
    private static NTSTATUS CsampCleanup(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var devExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        var fileObject = IoGetCurrentIrpStackLocation(Irp).FileObject;
        CompleteQueuedReads(devExtension, fileObject);
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>Stops the polling thread (flag, wake it, wait on the thread object), then deletes the
    /// device. The I/O manager unloads only when no file is open, so cleanup has emptied the queue of
    /// every file's reads; reads from kernel callers without a file object are cancelled here.</summary>
    private static void CsampUnload(DRIVER_OBJECT DriverObject)
    {
        var deviceObject = DriverObject.DeviceObject!;
        var devExtension = deviceObject.Extension<DEVICE_EXTENSION>();

        devExtension.ThreadShouldStop = true;
        KeReleaseSemaphore(devExtension.IrpQueueSemaphore, 0, 1, false);
        KeWaitForSingleObject(devExtension.ThreadObject!, Executive, KernelMode, false, null);
        ObDereferenceObject(devExtension.ThreadObject!);
        devExtension.ThreadObject = null;
        KdPrint("CancelSamp: polling thread stopped\n");

        CompleteQueuedReads(devExtension, null);
        IoDeleteSymbolicLink(DOS_DEVICE_NAME);
        IoDeleteDevice(deviceObject);
    }

    /// <summary>Completes with STATUS_CANCELLED every queued read of <paramref name="fileObject"/>
    /// (every read if NULL).</summary>
    private static void CompleteQueuedReads(DEVICE_EXTENSION devExtension, FILE_OBJECT? fileObject)
    {
        var count = 0;
        while (IoCsqRemoveNextIrp(devExtension.CancelSafeQueue, fileObject) is { } pendingIrp)
        {
            pendingIrp.IoStatus.Status = STATUS_CANCELLED;
            pendingIrp.IoStatus.Information = 0;
            IoCompleteRequest(pendingIrp, IO_NO_INCREMENT);
            count++;
        }

        if (count > 0)
        {
            KdPrint("CancelSamp: %d queued read(s) cancelled\n", count);
        }
    }
}
