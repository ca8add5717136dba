using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoCallDriverTests
{
    private static NTSTATUS CompleteRead(DEVICE_OBJECT device, IRP irp)
    {
        var stack = IoGetCurrentIrpStackLocation(irp);
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = stack.Parameters.Read.Length;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    [Fact]
    public void IoCallDriver_ThroughPassThroughFilter_CompletesWithFunctionDriversStatus()
    {
        using var machine = MachineAssert.Boot();
        var iosb = new IO_STATUS_BLOCK();
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var function = IoTestDriver.LoadWithDevice("Func", d => d.MajorFunction[IRP_MJ_READ] = (dev, irp) =>
            {
                log.Add($"func loc {irp.CurrentLocation}");
                return CompleteRead(dev, irp);
            });
            DEVICE_OBJECT? filter = null;
            IoTestDriver.Load("Filter", (driver, _) =>
            {
                driver.MajorFunction[IRP_MJ_READ] = (dev, irp) =>
                {
                    log.Add($"filter loc {irp.CurrentLocation}");
                    IoSkipCurrentIrpStackLocation(irp);
                    return IoCallDriver(dev.Extension<FilterExtension>().Lower!, irp);
                };
                var status = IoCreateDevice<FilterExtension>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out filter);
                filter!.Extension<FilterExtension>().Lower = IoAttachDeviceToDeviceStack(filter, function);
                return status;
            });
            Assert.Equal((sbyte)2, filter!.StackSize);
            Assert.Same(filter, IoGetAttachedDevice(function));
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var status = IoTestDriver.SendRead(filter, 42, iosb, evt);
            Assert.Equal(STATUS_SUCCESS, status);
        }));
        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(42UL, iosb.Information);
        // IoSkipCurrentIrpStackLocation hands the filter's own location (2) down.
        Assert.Equal(["filter loc 2", "func loc 2"], log);
        Assert.Equal(2, machine.IoManager.Served(IRP_MJ_READ));
    }

    private sealed class FilterExtension
    {
        public DEVICE_OBJECT? Lower { get; set; }
    }

    [Fact]
    public void IoCompleteRequest_CompletionRoutineMoreProcessing_StopsAndReturnsIrp()
    {
        using var machine = MachineAssert.Boot();
        var calls = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Dev", d => d.MajorFunction[IRP_MJ_READ] = CompleteRead);
            var irp = IoAllocateIrp(2, false);
            var top = IoGetNextIrpStackLocation(irp);
            top.MajorFunction = IRP_MJ_READ;
            top.Parameters.Read.Length = 7;
            IoSetCompletionRoutine(irp, (_, i, ctx) =>
            {
                calls.Add($"routine {ctx} {i.IoStatus.Information}");
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, "ctx", true, true, true);
            IoCallDriver(device, irp);
            calls.Add($"owned again at {irp.CurrentLocation}");
            IoFreeIrp(irp);
        }));
        // The routine set on location 2 runs with CurrentLocation past the top (3), as on Windows.
        Assert.Equal(["routine ctx 7", "owned again at 3"], calls);
    }

    [Fact]
    public void IoCompleteRequest_FromDpc_PendingReturnedReachesCompletionRoutine()
    {
        using var machine = MachineAssert.Boot();
        var pendingSeen = false;
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            IRP? queued = null;
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                queued!.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(queued, IO_NO_INCREMENT);
            }, null);
            var device = IoTestDriver.LoadWithDevice("Pend", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoMarkIrpPending(irp);
                queued = irp;
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                KeInsertQueueDpc(dpc, null, null);
                KeLowerIrql(old);
                return STATUS_PENDING;
            });
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var irp2 = IoAllocateIrp(device.StackSize, false);
            IoGetNextIrpStackLocation(irp2).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp2, (_, i, _) =>
            {
                pendingSeen = i.PendingReturned;
                KeSetEvent(done, 0, false);
                IoFreeIrp(i);
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, null, true, true, true);
            status = IoCallDriver(device, irp2);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(STATUS_PENDING, status);
        Assert.True(pendingSeen);
    }

    [Fact]
    public void IoCallDriver_NoDispatchRoutine_InvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot();
        var iosb = new IO_STATUS_BLOCK();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Empty", _ => { });
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, IoTestDriver.SendRead(device, 1, iosb, evt));
        }));
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, iosb.Status);
    }

    [Fact]
    public void IoCallDriver_StackTooShort_BugChecksNoMoreIrpStackLocations()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Deep", d => d.MajorFunction[IRP_MJ_READ] = (dev, irp) =>
            {
                IoCopyCurrentIrpStackLocationToNext(irp);
                return IoCallDriver(dev, irp);
            });
            var irp = IoAllocateIrp(1, false);
            irpAddress = irp.Address;
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, NO_MORE_IRP_STACK_LOCATIONS, irpAddress, 0, 0, 0);
    }

    [Fact]
    public void IoCompleteRequest_Twice_BugChecksMultipleIrpCompleteRequests()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Twice", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                irpAddress = irp.Address;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            });
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, MULTIPLE_IRP_COMPLETE_REQUESTS, irpAddress, 0, 0, 0);
    }

    [Fact]
    public void IoCompleteRequest_StatusPending_BugChecksC9_06()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Pending", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                irpAddress = irp.Address;
                irp.IoStatus.Status = STATUS_PENDING;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_PENDING;
            });
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x06, 0x103, irpAddress, 0);
    }

    [Fact]
    public void DispatchRoutine_ReturnsPendingWithoutMarking_BugChecksC9_23D()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Unmarked", d => d.MajorFunction[IRP_MJ_READ] = (_, _) => STATUS_PENDING);
            var irp = IoAllocateIrp(1, false);
            irpAddress = irp.Address;
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x23D, irpAddress, 0, 0);
        Assert.Contains("without calling IoMarkIrpPending", info.Detail);
    }

    [Fact]
    public void DispatchRoutine_ReturnsAtDispatchLevel_BugChecksC9_05()
    {
        using var machine = MachineAssert.Boot();
        ulong deviceAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Raiser", d => d.MajorFunction[IRP_MJ_READ] = (dev, irp) =>
            {
                KeRaiseIrql(DISPATCH_LEVEL, out KIRQL _);
                return CompleteRead(dev, irp);
            });
            deviceAddress = device.Address;
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp, (_, i, _) => STATUS_MORE_PROCESSING_REQUIRED, null, true, true, true);
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x05, deviceAddress, 0, 2);
    }

    [Fact]
    public void IoCallDriver_AboveDispatch_BugChecksC9_10()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("High", d => d.MajorFunction[IRP_MJ_READ] = CompleteRead);
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x10, 15, 0, 0);
    }

    [Fact]
    public void IoFreeIrp_Twice_BugChecksC9_01()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var irp = IoAllocateIrp(1, false);
            irpAddress = irp.Address;
            IoFreeIrp(irp);
            IoFreeIrp(irp);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x01, irpAddress, 0, 0);
    }

    [Fact]
    public void IoAllocateIrp_SteadyState_ReusesIrpsWithoutAllocating()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Trace = false });
        long allocated = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Steady", d => d.MajorFunction[IRP_MJ_READ] = CompleteRead);
            IO_COMPLETION_ROUTINE done = (_, i, _) => STATUS_MORE_PROCESSING_REQUIRED;
            void Once()
            {
                var irp = IoAllocateIrp(1, false);
                var next = IoGetNextIrpStackLocation(irp);
                next.MajorFunction = IRP_MJ_READ;
                next.Parameters.Read.Length = 64;
                IoSetCompletionRoutine(irp, done, null, true, true, true);
                IoCallDriver(device, irp);
                IoFreeIrp(irp);
            }

            Once();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 500; i++)
            {
                Once();
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }));
        Assert.Equal(0, allocated);
    }
}
