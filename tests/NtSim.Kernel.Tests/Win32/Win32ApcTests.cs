using NtSim.Tests.Io;
using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>User APCs from kernel32: QueueUserAPC, the alertable waits, ReadFileEx/WriteFileEx
/// completion routines, and the return to user mode that runs them (docs/apcs.md).</summary>
public sealed class Win32ApcTests
{
    private static readonly uint IOCTL_TEST_ALERT = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_LEAVE_REGION_OPEN = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_COMPLETE_READ = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_WAIT_USER_MODE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x903, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_WAIT_KERNEL_MODE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x904, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_SET = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x905, METHOD_BUFFERED, FILE_ANY_ACCESS);
    private static readonly uint IOCTL_WAIT_USER_MODE_NOT_ALERTABLE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x906, METHOD_BUFFERED, FILE_ANY_ACCESS);

    private static HANDLE CurrentThread => (HANDLE)(-2L);

    [Fact]
    public void QueueUserAPC_ToSelf_RunsOnlyAtAnAlertableSleepExWhichReturnsWaitIoCompletion()
    {
        using var machine = Boot();
        List<string> log = [];
        var app = machine.StartProcess("app", _ =>
        {
            Assert.NotEqual(0u, QueueUserAPC(p => log.Add($"apc {p}"), CurrentThread, 7));
            log.Add($"not alertable {SleepEx(10, false)}");
            log.Add($"alertable {SleepEx(INFINITE, true)}");
            log.Add($"nothing queued {SleepEx(0, true)}");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["not alertable 0", "apc 7", $"alertable {WAIT_IO_COMPLETION}", "nothing queued 0"], log);
    }

    [Fact]
    public void WaitForSingleObjectEx_AlertableWaitOfAnotherThread_EndsWithWaitIoCompletionAfterTheApcRanInThatThread()
    {
        using var machine = Boot();
        List<string> log = [];
        uint worker = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var evt = CreateEvent(null, true, false, null);
            var thread = CreateThread(null, 0, _ =>
            {
                var result = WaitForSingleObjectEx(evt, INFINITE, true);
                log.Add($"wait {result}");
                return 0;
            }, null, 0, out worker);
            Sleep(10);
            QueueUserAPC(p => log.Add($"apc {p} on {GetCurrentThreadId()}"), thread, 5);
            WaitForSingleObject(thread, INFINITE);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"apc 5 on {worker}", $"wait {WAIT_IO_COMPLETION}"], log);
    }

    [Fact]
    public void WaitForSingleObject_NotAlertable_IsNotInterruptedAndTheApcWaitsForAnAlertableWait()
    {
        using var machine = Boot();
        List<string> log = [];
        var app = machine.StartProcess("app", _ =>
        {
            var evt = CreateEvent(null, true, false, null);
            var thread = CreateThread(null, 0, _ =>
            {
                log.Add($"wait {WaitForSingleObject(evt, INFINITE)}");
                log.Add($"sleep {SleepEx(0, true)}");
                return 0;
            }, null, 0, out uint _);
            Sleep(10);
            QueueUserAPC(p => log.Add("apc"), thread, 0);
            Sleep(10);
            log.Add("set");
            SetEvent(evt);
            WaitForSingleObject(thread, INFINITE);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["set", "wait 0", "apc", $"sleep {WAIT_IO_COMPLETION}"], log);
    }

    [Fact]
    public void WaitForMultipleObjectsEx_SignaledObjectAndQueuedApc_ReturnsTheObjectAndLeavesTheApcQueued()
    {
        using var machine = Boot();
        List<string> log = [];
        var app = machine.StartProcess("app", _ =>
        {
            var evt = CreateEvent(null, true, true, null);
            QueueUserAPC(p => log.Add("apc"), CurrentThread, 0);
            log.Add($"wait {WaitForMultipleObjectsEx(1, [evt], false, INFINITE, true)}");
            ResetEvent(evt);
            log.Add($"wait {WaitForMultipleObjectsEx(1, [evt], false, INFINITE, true)}");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["wait 0", "apc", $"wait {WAIT_IO_COMPLETION}"], log);
    }

    [Fact]
    public void ReadFileEx_CompletedAtOnce_CompletionRoutineRunsAtSleepExInTheIssuingThread()
    {
        using var machine = Boot();
        var echo = new EchoDevice();
        Completed(machine, machine.Run(echo.Load));
        List<string> log = [];
        var buffer = new byte[8];
        var overlapped = new OVERLAPPED();
        uint self = 0;
        var app = machine.StartProcess("app", _ =>
        {
            self = GetCurrentThreadId();
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var issued = ReadFileEx(h, buffer, 8, overlapped, (error, bytes, ov) =>
                log.Add($"done {error} {bytes} {ReferenceEquals(ov, overlapped)} on {GetCurrentThreadId()} {buffer[7]:X2}"));
            log.Add($"issued {issued} {GetLastError()}");
            log.Add($"sleep {SleepEx(INFINITE, true)}");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["issued True 0", $"done 0 8 True on {self} AB", $"sleep {WAIT_IO_COMPLETION}"], log);
        Assert.Equal(8ul, overlapped.InternalHigh);
    }

    [Fact]
    public void WriteFileEx_CompletionRoutine_GetsTheBytesWrittenAtWaitForSingleObjectEx()
    {
        using var machine = Boot();
        var echo = new EchoDevice();
        Completed(machine, machine.Run(echo.Load));
        List<string> log = [];
        var app = machine.StartProcess("app", _ =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var idle = CreateEvent(null, true, false, null);
            Assert.True(WriteFileEx(h, new byte[5], 5, new OVERLAPPED(), (error, bytes, _) => log.Add($"done {error} {bytes}")));
            log.Add($"wait {WaitForSingleObjectEx(idle, 1000, true)}");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["done 0 5", $"wait {WAIT_IO_COMPLETION}"], log);
        Assert.Contains("write 5", echo.Seen);
    }

    [Fact]
    public void ReadFileEx_CompletedLaterByAnotherThread_InterruptsTheIssuersAlertableSleepExUnderEverySchedule() =>
        Schedules.Explore(machine =>
        {
            List<string> log = [];
            LoadDriver(machine, log);
            uint main = 0;
            var app = machine.StartProcess("app", _ =>
            {
                main = GetCurrentThreadId();
                var h = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
                var issued = ReadFileEx(h, new byte[4], 4, new OVERLAPPED(), (error, bytes, _) => log.Add($"done {error} {bytes} on {GetCurrentThreadId()}"));
                log.Add($"issued {issued}");
                CreateThread(null, 0, _ =>
                {
                    Sleep(10);
                    var other = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                    log.Add("completing");
                    DeviceIoControl(other, IOCTL_COMPLETE_READ, null, 0, null, 0, out uint _, null);
                    return 0;
                }, null, 0, out uint _);
                log.Add($"sleep {SleepEx(INFINITE, true)}");
                return 0;
            });
            Completed(machine, app.WaitForExit());

            // Virtual time passes only when every thread waits: the completer's 10 ms end once the issuer sleeps.
            Assert.Equal(["read pended", "issued True", "completing", $"done 0 3 on {main}", $"sleep {WAIT_IO_COMPLETION}"], log);
        }, 10).ThrowIfFailed();

    [Fact]
    public void QueueUserAPC_RacingTheTargetsAlertableWait_RunsInTheTargetWhicheverComesFirst() =>
        Schedules.Explore(machine =>
        {
            List<string> log = [];
            uint worker = 0;
            var app = machine.StartProcess("app", _ =>
            {
                var evt = CreateEvent(null, true, false, null);
                var thread = CreateThread(null, 0, _ =>
                {
                    var result = WaitForSingleObjectEx(evt, INFINITE, true);
                    log.Add($"wait {result}");
                    return 0;
                }, null, 0, out worker);
                QueueUserAPC(p => log.Add($"apc on {GetCurrentThreadId()}"), thread, 0);
                WaitForSingleObject(thread, INFINITE);
                return 0;
            });
            Completed(machine, app.WaitForExit());

            Assert.Equal([$"apc on {worker}", $"wait {WAIT_IO_COMPLETION}"], log);
        }, 20).ThrowIfFailed();

    [Fact]
    public void ReadFileEx_BadHandle_FailsAtOnceAndQueuesNoCompletionRoutine()
    {
        using var machine = Boot();
        List<string> log = [];
        var app = machine.StartProcess("app", _ =>
        {
            var ok = ReadFileEx(new HANDLE(0x1234), new byte[4], 4, new OVERLAPPED(), (error, bytes, _) => log.Add("routine"));
            log.Add($"issued {ok} {GetLastError()}");
            log.Add($"sleep {SleepEx(0, true)}");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"issued False {Win32Error.ERROR_INVALID_HANDLE}", "sleep 0"], log);
    }

    [Fact]
    public void QueueUserAPC_ThreadThatEnded_FailsWithGenFailure()
    {
        using var machine = Boot();
        var result = 1u;
        var error = 0u;
        var app = machine.StartProcess("app", _ =>
        {
            var thread = CreateThread(null, 0, _ => 0, null, 0, out uint _);
            WaitForSingleObject(thread, INFINITE);
            result = QueueUserAPC(_ => { }, thread, 0);
            error = GetLastError();
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(0u, result);
        Assert.Equal(Win32Error.ERROR_GEN_FAILURE, error);
    }

    [Fact]
    public void KeTestAlertThread_UserModeInADispatchRoutine_RunsTheQueuedUserApcAsTheServiceReturns()
    {
        using var machine = Boot();
        List<string> log = [];
        LoadDriver(machine, log);
        var app = machine.StartProcess("app", _ =>
        {
            var h = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            QueueUserAPC(_ => log.Add("apc"), CurrentThread, 0);
            log.Add("before");
            DeviceIoControl(h, IOCTL_TEST_ALERT, null, 0, null, 0, out uint _, null);
            log.Add("after");
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["before", "driver alerted False", "apc", "after"], log);
    }

    [Fact]
    public void KeWaitForSingleObject_UserModeAlertableInADispatchRoutine_EndsWithStatusUserApcAndTheApcRunsAsTheServiceReturns()
    {
        using var machine = Boot();
        List<string> log = [];
        LoadDriver(machine, log);
        uint waiterId = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var waiter = CreateThread(null, 0, _ =>
            {
                var mine = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                DeviceIoControl(mine, IOCTL_WAIT_USER_MODE, null, 0, null, 0, out uint _, null);
                log.Add("ioctl returned");
                return 0;
            }, null, 0, out waiterId);
            Sleep(10);
            QueueUserAPC(_ => log.Add($"apc on {GetCurrentThreadId()}"), waiter, 0);
            WaitForSingleObject(waiter, INFINITE);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"driver wait {(uint)STATUS_USER_APC:X}", $"apc on {waiterId}", "ioctl returned"], log);
    }

    [Fact]
    public void KeWaitForSingleObject_KernelModeAlertableInADispatchRoutine_IsNotInterruptedByAUserApc()
    {
        using var machine = Boot();
        List<string> log = [];
        LoadDriver(machine, log);
        var app = machine.StartProcess("app", _ =>
        {
            var waiter = CreateThread(null, 0, _ =>
            {
                var mine = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                DeviceIoControl(mine, IOCTL_WAIT_KERNEL_MODE, null, 0, null, 0, out uint _, null);
                log.Add("ioctl returned");
                return 0;
            }, null, 0, out uint _);
            Sleep(10);
            QueueUserAPC(_ => log.Add("apc"), waiter, 0);
            Sleep(10);
            log.Add("set");
            var h = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            DeviceIoControl(h, IOCTL_SET, null, 0, null, 0, out uint _, null);
            WaitForSingleObject(waiter, INFINITE);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["set", "driver wait 0", "ioctl returned"], log);
    }

    [Fact]
    public void ProcessExit_DriverWaitingNotAlertableInUserMode_SeesStatusUserApc()
    {
        using var machine = Boot();
        List<string> log = [];
        LoadDriver(machine, log);
        var app = machine.StartProcess("app", _ =>
        {
            CreateThread(null, 0, _ =>
            {
                var mine = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                DeviceIoControl(mine, IOCTL_WAIT_USER_MODE_NOT_ALERTABLE, null, 0, null, 0, out uint _, null);
                return 0;
            }, null, 0, out uint _);
            Sleep(10);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        // "Waits and APCs": a non-alertable user-mode wait is interrupted to terminate the thread.
        Assert.Equal([$"driver wait {(uint)STATUS_USER_APC:X}"], log);
    }

    [Fact]
    public void SystemServiceReturn_WithCriticalRegionLeftOpen_BugChecksApcIndexMismatch()
    {
        using var machine = Boot();
        LoadDriver(machine, []);
        var app = machine.StartProcess("app", _ =>
        {
            var h = CreateFile(@"\Device\ApcTest", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            DeviceIoControl(h, IOCTL_LEAVE_REGION_OPEN, null, 0, null, 0, out uint _, null);
            return 0;
        });

        BugCheck(machine, app.WaitForExit(), APC_INDEX_MISMATCH, 0, 0, 0xFFFF, 0);
    }

    [Fact]
    public void Trace_UserApc_ShowsItsQueueingAndItsDeliveryInTheTargetThread()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Trace = true });
        var worker = 0;
        var app = machine.StartProcess("app", _ =>
        {
            worker = (int)GetCurrentThreadId();
            QueueUserAPC(_ => { }, CurrentThread, 0);
            SleepEx(0, true);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        var apcs = machine.Trace.Events.Where(e => e.Kind == TraceKind.Apc).ToList();
        Assert.Equal(2, apcs.Count);
        Assert.StartsWith("queue KAPC@", apcs[0].Detail, StringComparison.Ordinal);
        Assert.EndsWith("(user) to " + apcs[0].Detail.Split(" to ")[1], apcs[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("deliver KAPC@", apcs[1].Detail, StringComparison.Ordinal);
        Assert.Equal(worker, apcs[1].ThreadId);
    }

    private static void LoadDriver(Machine machine, List<string> log) =>
        Completed(machine, machine.Run(() => IoTestDriver.LoadWithDevice("ApcTest", driver =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = Succeed;
            driver.MajorFunction[IRP_MJ_CLEANUP] = Succeed;
            driver.MajorFunction[IRP_MJ_CLOSE] = Succeed;
            List<IRP> pended = [];
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            driver.MajorFunction[IRP_MJ_READ] = (device, irp) =>
            {
                log.Add("read pended");
                IoMarkIrpPending(irp);
                pended.Add(irp);
                return STATUS_PENDING;
            };
            driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (device, irp) =>
            {
                var code = IoGetCurrentIrpStackLocation(irp).Parameters.DeviceIoControl.IoControlCode;
                if (code == IOCTL_TEST_ALERT)
                {
                    log.Add($"driver alerted {KeTestAlertThread(UserMode)}");
                }
                else if (code == IOCTL_LEAVE_REGION_OPEN)
                {
                    KeEnterCriticalRegion();
                }
                else if (code == IOCTL_WAIT_USER_MODE || code == IOCTL_WAIT_KERNEL_MODE || code == IOCTL_WAIT_USER_MODE_NOT_ALERTABLE)
                {
                    var waited = KeWaitForSingleObject(evt, UserRequest, code == IOCTL_WAIT_KERNEL_MODE ? KernelMode : UserMode,
                        code != IOCTL_WAIT_USER_MODE_NOT_ALERTABLE, null);
                    log.Add($"driver wait {(uint)waited:X}");
                }
                else if (code == IOCTL_SET)
                {
                    KeSetEvent(evt, 0, false);
                }
                else if (code == IOCTL_COMPLETE_READ)
                {
                    var read = pended[0];
                    pended.RemoveAt(0);
                    read.IoStatus.Status = STATUS_SUCCESS;
                    read.IoStatus.Information = 3;
                    IoCompleteRequest(read, IO_NO_INCREMENT);
                }

                return Succeed(device, irp);
            };
        })));

    private static NTSTATUS Succeed(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
}
