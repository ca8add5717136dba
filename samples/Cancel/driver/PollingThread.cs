using static NtSim.Wdm;

namespace NtSim.Samples.Cancel;

public sealed partial class CancelDriver
{
    /// <summary>The polling thread: one wake-up per queued read (or Unload's last one). The read is
    /// taken from the queue only when the thread is ready for it, so a read waiting in the queue
    /// stays cancelable; a read the thread holds completes within one settling period.</summary>
    private static void CsampPollingThread(object? StartContext)
    {
        var deviceObject = (DEVICE_OBJECT)StartContext!;
        var devExtension = deviceObject.Extension<DEVICE_EXTENSION>();
        while (true)
        {
            KeWaitForSingleObject(devExtension.IrpQueueSemaphore, Executive, KernelMode, false, null);
            if (devExtension.ThreadShouldStop)
            {
                PsTerminateSystemThread(STATUS_SUCCESS);
            }

            // NULL: the read this wake-up stood for was cancelled (or taken by cleanup) meanwhile.
            var irp = IoCsqRemoveNextIrp(devExtension.CancelSafeQueue, null);
            if (irp is null)
            {
                continue;
            }

            NTSTATUS status;
            while ((status = CsampPollDevice(deviceObject, irp)) == STATUS_PENDING)
            {
                // Too soon after the last read: let the device settle, then poll again.
                KeDelayExecutionThread(KernelMode, false, devExtension.PollingInterval);
            }

            irp.IoStatus.Status = status;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
        }
    }

    /// <summary>Reads the device into the IRP's buffer: STATUS_PENDING if it has not settled since
    /// the last read, else STATUS_SUCCESS with one INPUT_DATA.</summary>
    private static NTSTATUS CsampPollDevice(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var devExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        KeQuerySystemTime(out var currentTime);
        if (currentTime.QuadPart < devExtension.LastPollTime.QuadPart - devExtension.PollingInterval.QuadPart)
        {
            return STATUS_PENDING;
        }

        devExtension.LastPollTime = currentTime;
        Irp.AssociatedIrp.SystemBuffer.Write(new INPUT_DATA { Data = ++devExtension.SampleCount });
        Irp.IoStatus.Information = CancelPublic.SIZEOF_INPUT_DATA;
        KdPrint("CancelSamp: sample %u delivered\n", devExtension.SampleCount);
        return STATUS_SUCCESS;
    }
}
