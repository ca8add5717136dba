using static NtSim.Wdm;

namespace NtSim.Tests.Win32Api;

/// <summary>A small legacy driver for the completion port tests: \Device\Later with link \??\Later, buffered
/// I/O. A read is pended and a timer DPC completes every pended read 1 ms after the last one came in, its
/// buffer filled with its length and Information the length; a read at byte offset 1 completes there with
/// STATUS_DEVICE_NOT_READY instead. A read of 0 bytes fails at once (STATUS_INVALID_PARAMETER); a write
/// succeeds at once with its length.</summary>
internal sealed class TimerCompletedDevice
{
    private readonly List<IRP> _pended = [];
    private readonly KSPIN_LOCK _lock = new();
    private readonly KTIMER _timer = new();
    private readonly KDPC _dpc = new();

    public void Load()
    {
        Io.IoTestDriver.Load("Later", (driver, _) =>
        {
            KeInitializeSpinLock(_lock);
            KeInitializeTimer(_timer);
            KeInitializeDpc(_dpc, LaterEvtTimerDpc, null);
            driver.MajorFunction[IRP_MJ_CREATE] = Succeed;
            driver.MajorFunction[IRP_MJ_CLEANUP] = Succeed;
            driver.MajorFunction[IRP_MJ_CLOSE] = Succeed;
            driver.MajorFunction[IRP_MJ_READ] = Read;
            driver.MajorFunction[IRP_MJ_WRITE] = Write;
            var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Later"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
            Assert.Equal(STATUS_SUCCESS, status);
            device!.Flags |= DO_BUFFERED_IO;
            device.Flags &= ~DO_DEVICE_INITIALIZING;
            return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Later"), new UNICODE_STRING(@"\Device\Later"));
        });
    }

    private static NTSTATUS Finish(IRP irp, NTSTATUS status, ulong information)
    {
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = information;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }

    private static NTSTATUS Succeed(DEVICE_OBJECT device, IRP irp) => Finish(irp, STATUS_SUCCESS, 0);

    private static NTSTATUS Write(DEVICE_OBJECT device, IRP irp) =>
        Finish(irp, STATUS_SUCCESS, IoGetCurrentIrpStackLocation(irp).Parameters.Write.Length);

    private NTSTATUS Read(DEVICE_OBJECT device, IRP irp)
    {
        if (IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length == 0)
        {
            return Finish(irp, STATUS_INVALID_PARAMETER, 0);
        }

        KeAcquireSpinLock(_lock, out var irql);
        IoMarkIrpPending(irp);
        _pended.Add(irp);
        KeReleaseSpinLock(_lock, irql);
        KeSetTimer(_timer, -10_000, _dpc);
        return STATUS_PENDING;
    }

    private void LaterEvtTimerDpc(KDPC dpc, object? context, object? argument1, object? argument2)
    {
        KeAcquireSpinLockAtDpcLevel(_lock);
        var all = _pended.ToArray();
        _pended.Clear();
        KeReleaseSpinLockFromDpcLevel(_lock);
        foreach (var irp in all)
        {
            var parameters = IoGetCurrentIrpStackLocation(irp).Parameters.Read;
            if (parameters.ByteOffset.QuadPart == 1)
            {
                Finish(irp, STATUS_DEVICE_NOT_READY, 0);
                continue;
            }

            irp.AssociatedIrp.SystemBuffer.AsSpan((int)parameters.Length).Fill((byte)parameters.Length);
            Finish(irp, STATUS_SUCCESS, parameters.Length);
        }
    }
}
