using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Runaway: the service's Parameters\Mode (a DWORD, <see cref="RunawayMode"/>) picks what it does.
/// Mode 0 is an ordinary driver (\Device\Runaway; IOCTL_RUNAWAY_SUM sums its input with loops,
/// recursive calls and a DPC); the others run away in DriverEntry, a DPC, a work item or a dispatch
/// routine. The lines the tests expect carry a marker comment; each runaway loop is written on one
/// line, so its back-edge has that line in a Debug build and in a Release build alike.
/// </summary>
public sealed class RunawayDriver : IDriver
{
    /// <summary>Returns a ulong computed from the input bytes (METHOD_BUFFERED).</summary>
    public static readonly uint IOCTL_RUNAWAY_SUM = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>Spins in the dispatch routine at PASSIVE_LEVEL (mode DispatchSpin).</summary>
    public static readonly uint IOCTL_RUNAWAY_SPIN = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS);

    private static readonly uint Tag = TAG("Rnwy");
    private readonly KDPC _dpc = new();
    private readonly KEVENT _dpcDone = new();
    private readonly KSPIN_LOCK _lock = new();
    private readonly KTIMER _timer = new();
    private ulong _dpcResult;
    private volatile bool _flag;
    private long _spins;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        var mode = (RunawayMode)ReadMode(RegistryPath);
        DbgPrint("Runaway: mode %d\n", (int)mode);
        KeInitializeSpinLock(_lock);
        KeInitializeEvent(_dpcDone, NotificationEvent, false);
        switch (mode)
        {
            case RunawayMode.EntrySpin:
                while (true) { _spins++; } // entry spin

            case RunawayMode.EntrySpinUntilFlag:
                // The flag's thread takes 50 scheduling points (spin lock pairs) before it sets it.
                PsCreateSystemThread(out var handle, 0, null, HANDLE.NULL, _ => SetFlagLater(), null);
                ZwClose(handle);
                while (!_flag)
                {
                    _spins++;
                }

                DbgPrint("Runaway: the flag was set\n");
                return STATUS_SUCCESS;
            case RunawayMode.DpcSpin:
                KeInitializeDpc(_dpc, SpinningDpc, this);
                KeInsertQueueDpc(_dpc, null, null);
                return STATUS_SUCCESS;
            case RunawayMode.DpcRecursion:
                KeInitializeDpc(_dpc, RecursingDpc, this);
                KeInsertQueueDpc(_dpc, null, null);
                return STATUS_SUCCESS;
            case RunawayMode.WorkItemSpin:
                var item = new WORK_QUEUE_ITEM();
                ExInitializeWorkItem(item, _ =>
                {
                    while (true) { _spins++; } // work item spin
                }, null);
                ExQueueWorkItem(item, DelayedWorkQueue);
                return STATUS_SUCCESS;
            case RunawayMode.SpinLockSpin:
                KeAcquireSpinLock(_lock, out _);
                while (true) { _spins++; } // spin lock spin

            case RunawayMode.Recursion:
                return (NTSTATUS)(int)Recurse(1);
            case RunawayMode.MutualRecursion:
                return (NTSTATUS)(int)Ping(1);
            case RunawayMode.TimerDpcSpin:
                // A one-shot timer 10 ms from now whose DPC never returns.
                KeInitializeTimer(_timer);
                KeInitializeDpc(_dpc, SpinningDpc, this);
                KeSetTimer(_timer, -100_000, _dpc);
                return STATUS_SUCCESS;
            case RunawayMode.SystemThreadSpin:
                PsCreateSystemThread(out var spinner, 0, null, HANDLE.NULL, _ => SpinForever(), null);
                ZwClose(spinner);
                return STATUS_SUCCESS;
            case RunawayMode.RecursionCaught:
                try
                {
                    Recurse(1);
                }
                catch (Exception)
                {
                    // Catches everything, NtSim's bug check included, and goes on as if nothing happened.
                    DbgPrint("Runaway: caught the overflow\n");
                }

                return STATUS_SUCCESS;
            case RunawayMode.BlockedOnHost:
                // A .NET wait no DDI knows about: the test holds the gate.
                ((ManualResetEventSlim)AppContext.GetData("NtSim.Runaway.Gate")!).Wait();
                return STATUS_SUCCESS;
            default:
                return CreateDevice(DriverObject);
        }
    }

    private void SetFlagLater()
    {
        for (var i = 0; i < 50; i++)
        {
            KeAcquireSpinLock(_lock, out var old);
            KeReleaseSpinLock(_lock, old);
        }

        _flag = true;
    }

    private void SpinForever()
    {
        while (true) { _spins++; } // system thread spin
    }

    private static ulong Recurse(ulong depth) => Recurse(depth + 1) + 1; // recursion

    private static ulong Ping(ulong depth) => Pong(depth + 1) + 1; // ping

    private static ulong Pong(ulong depth) => Ping(depth + 1) + 2; // pong

    private static void SpinningDpc(KDPC dpc, object? context, object? argument1, object? argument2)
    {
        var driver = (RunawayDriver)context!;
        while (true) { driver._spins++; } // dpc spin
    }

    private static void RecursingDpc(KDPC dpc, object? context, object? argument1, object? argument2) =>
        Recurse(1); // dpc recursion

    private NTSTATUS CreateDevice(DRIVER_OBJECT driver)
    {
        driver.MajorFunction[IRP_MJ_CREATE] = RunawayCreateClose;
        driver.MajorFunction[IRP_MJ_CLOSE] = RunawayCreateClose;
        driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = RunawayDeviceControl;
        driver.DriverUnload = _ =>
        {
            IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Runaway"));
            IoDeleteDevice(driver.DeviceObject!);
        };
        var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Runaway"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags |= DO_BUFFERED_IO;
        device.Flags &= ~DO_DEVICE_INITIALIZING;
        return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Runaway"), new UNICODE_STRING(@"\Device\Runaway"));
    }

    private static NTSTATUS RunawayCreateClose(DEVICE_OBJECT device, IRP irp) => Complete(irp, STATUS_SUCCESS, 0);

    private NTSTATUS RunawayDeviceControl(DEVICE_OBJECT device, IRP irp)
    {
        var parameters = IoGetCurrentIrpStackLocation(irp).Parameters.DeviceIoControl;
        if (parameters.IoControlCode == IOCTL_RUNAWAY_SPIN)
        {
            while (true) { _spins++; } // dispatch spin
        }

        if (parameters.IoControlCode != IOCTL_RUNAWAY_SUM || parameters.OutputBufferLength < sizeof(ulong))
        {
            return Complete(irp, STATUS_INVALID_PARAMETER, 0);
        }

        var buffer = irp.AssociatedIrp.SystemBuffer;
        var input = buffer.AsReadOnlySpan((int)parameters.InputBufferLength).ToArray();
        ulong sum = 0;
        for (var i = 0; i < input.Length; i++)
        {
            sum = (sum * 31) + input[i];
        }

        sum += Fibonacci(input.Length % 16);
        sum += LoopShapes(input);
        sum ^= SumInDpc(input);
        var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag);
        ExFreePoolWithTag(pool, Tag);
        BitConverter.TryWriteBytes(buffer.AsSpan(sizeof(ulong)), sum);
        return Complete(irp, STATUS_SUCCESS, sizeof(ulong));
    }

    /// <summary>Loops of the shapes the rewriter must get right: round a try/finally with continue
    /// and a caught exception, a do-while, a goto, a switch inside a loop, an iterator.</summary>
    private static ulong LoopShapes(byte[] input)
    {
        ulong total = 0;
        for (var i = 0; i < input.Length; i++)
        {
            try
            {
                if (input[i] % 3 == 0)
                {
                    continue;
                }

                total += checked((byte)(input[i] + 200));
            }
            catch (OverflowException)
            {
                total += 7;
            }
            finally
            {
                total++;
            }
        }

        var k = 0;
        do
        {
            total = (total << 1) ^ (ulong)k;
            k++;
        }
        while (k < 10);

        var n = 0;
    again:
        total += (ulong)n;
        if (++n < 5)
        {
            goto again;
        }

        foreach (var b in input)
        {
            switch (b & 3)
            {
                case 0: total += 1; break;
                case 1: total *= 3; break;
                case 2: total ^= 0x55; break;
                default: total -= 1; break;
            }
        }

        foreach (var value in Evens(input))
        {
            total += value;
        }

        return total;
    }

    private static IEnumerable<ulong> Evens(byte[] input)
    {
        for (var i = 0; i < input.Length; i += 2)
        {
            yield return input[i];
        }
    }

    private static ulong Fibonacci(int n) => n < 2 ? (ulong)n : Fibonacci(n - 1) + Fibonacci(n - 2);

    /// <summary>A DPC sums the bytes at DISPATCH_LEVEL under the spin lock; the dispatch routine waits for it.</summary>
    private ulong SumInDpc(byte[] input)
    {
        KeClearEvent(_dpcDone);
        KeInitializeDpc(_dpc, (_, context, argument, _) =>
        {
            var bytes = (byte[])argument!;
            KeAcquireSpinLockAtDpcLevel(_lock);
            ulong total = 0;
            foreach (var b in bytes)
            {
                total += b;
            }

            _dpcResult = total;
            KeReleaseSpinLockFromDpcLevel(_lock);
            KeSetEvent(_dpcDone, IO_NO_INCREMENT, false);
        }, null);
        KeInsertQueueDpc(_dpc, input, null);
        KeWaitForSingleObject(_dpcDone, Executive, KernelMode, false, null);
        return _dpcResult;
    }

    private static NTSTATUS Complete(IRP irp, NTSTATUS status, ulong information)
    {
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = information;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }

    private static uint ReadMode(UNICODE_STRING registryPath)
    {
        var path = new UNICODE_STRING(registryPath + @"\Parameters");
        InitializeObjectAttributes(out var attributes, path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        if (!NT_SUCCESS(ZwOpenKey(out var key, KEY_READ, attributes)))
        {
            return 0;
        }

        var buffer = new byte[64];
        var status = ZwQueryValueKey(key, new UNICODE_STRING("Mode"), KeyValuePartialInformation, buffer.AsSpan(), out _);
        ZwClose(key);
        return NT_SUCCESS(status) ? BitConverter.ToUInt32(buffer, 12) : 0;
    }
}

/// <summary>What <see cref="RunawayDriver"/> does, from its Parameters\Mode.</summary>
public enum RunawayMode
{
    Normal = 0,
    EntrySpin = 1,
    EntrySpinUntilFlag = 2,
    DpcSpin = 3,
    DpcRecursion = 4,
    WorkItemSpin = 5,
    SpinLockSpin = 6,
    Recursion = 7,
    MutualRecursion = 8,
    BlockedOnHost = 9,
    DispatchSpin = 10,
    TimerDpcSpin = 11,
    SystemThreadSpin = 12,
    RecursionCaught = 13,
}
