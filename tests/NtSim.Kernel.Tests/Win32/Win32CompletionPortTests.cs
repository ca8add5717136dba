using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>I/O completion ports from kernel32: CreateIoCompletionPort, GetQueuedCompletionStatus(Ex),
/// PostQueuedCompletionStatus, SetFileCompletionNotificationModes, and the packets the I/O manager queues
/// for requests on an associated handle (docs/io.md).</summary>
public sealed class Win32CompletionPortTests
{
    private static Machine BootWithDevice()
    {
        var machine = Boot();
        Completed(machine, machine.Run(new TimerCompletedDevice().Load));
        return machine;
    }

    private static HANDLE OpenLater(uint flags = FILE_FLAG_OVERLAPPED) =>
        CreateFile(@"\\.\Later", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, null, OPEN_EXISTING, flags, default);

    private static string Dequeue(HANDLE port, uint milliseconds, OVERLAPPED?[] known)
    {
        var ok = GetQueuedCompletionStatus(port, out var bytes, out var key, out var overlapped, milliseconds);
        var error = ok ? 0 : GetLastError();
        var which = overlapped is null ? "NULL" : Array.IndexOf(known, overlapped).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{ok} key {key} bytes {bytes} overlapped {which} error {error}";
    }

    [Fact]
    public void GetQueuedCompletionStatus_ReadsPendedOnTwoAssociatedHandles_OnePacketEachWithItsHandlesKeyAndItsBytes()
    {
        using var machine = BootWithDevice();
        const int n = 6;
        var overlapped = Enumerable.Range(0, n).Select(_ => new OVERLAPPED()).ToArray();
        var buffers = Enumerable.Range(0, n).Select(i => new byte[i + 1]).ToArray();
        List<string> issued = [];
        List<(ulong Key, uint Bytes, int Index, bool Ok)> packets = [];
        var sameHandle = false;
        var app = machine.StartProcess("app", args =>
        {
            var h1 = OpenLater();
            var h2 = OpenLater();
            var port = CreateIoCompletionPort(h1, HANDLE.NULL, 11, 0);
            sameHandle = CreateIoCompletionPort(h2, port, 22, 0) == port;
            for (var i = 0; i < n; i++)
            {
                var ok = ReadFile(i % 2 == 0 ? h1 : h2, buffers[i], (uint)i + 1, out _, overlapped[i]);
                issued.Add($"{ok} {GetLastError()}");
            }

            for (var i = 0; i < n; i++)
            {
                var ok = GetQueuedCompletionStatus(port, out var bytes, out var key, out var ov, INFINITE);
                packets.Add((key, bytes, Array.IndexOf(overlapped, ov), ok));
            }

            CloseHandle(h1);
            CloseHandle(h2);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.True(sameHandle);
        Assert.All(issued, s => Assert.Equal($"False {Win32Error.ERROR_IO_PENDING}", s));
        Assert.Equal(Enumerable.Range(0, n), packets.Select(p => p.Index).Order());
        foreach (var (key, bytes, index, ok) in packets)
        {
            Assert.True(ok);
            Assert.Equal(index % 2 == 0 ? 11ul : 22ul, key);
            Assert.Equal((uint)index + 1, bytes);
            Assert.All(buffers[index], b => Assert.Equal((byte)(index + 1), b));
        }
    }

    [Fact]
    public void GetQueuedCompletionStatus_NothingQueued_FalseWithNullOverlappedAndWaitTimeoutAfterTheInterval()
    {
        using var machine = BootWithDevice();
        var result = "";
        ulong waited = 0;
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 1);
            var before = machine.InterruptTime;
            result = Dequeue(port, 10, []);
            waited = (ulong)(machine.InterruptTime - before);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal($"False key 0 bytes 0 overlapped NULL error {Win32Error.WAIT_TIMEOUT}", result);
        Assert.True(waited >= 100_000, $"waited {waited}");
    }

    [Fact]
    public void PostQueuedCompletionStatus_PacketsComeBackInOrderAsPosted()
    {
        using var machine = BootWithDevice();
        var overlapped = new OVERLAPPED();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            results.Add($"{PostQueuedCompletionStatus(port, 7, 42, overlapped)}");
            results.Add($"{PostQueuedCompletionStatus(port, 0, 43, null)}");
            results.Add(Dequeue(port, INFINITE, [overlapped]));
            results.Add(Dequeue(port, INFINITE, [overlapped]));
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["True", "True", "True key 42 bytes 7 overlapped 0 error 0", "True key 43 bytes 0 overlapped NULL error 0"], results);
    }

    [Fact]
    public void GetQueuedCompletionStatus_RequestFailedAfterPending_FalseWithItsOverlappedAndItsError()
    {
        using var machine = BootWithDevice();
        var overlapped = new OVERLAPPED { Offset = 1 };
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 5, 0);
            results.Add($"{ReadFile(h, new byte[4], 4, out _, overlapped)} {GetLastError()}");
            results.Add(Dequeue(port, INFINITE, [overlapped]));
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"False {Win32Error.ERROR_IO_PENDING}", $"False key 5 bytes 0 overlapped 0 error {Win32Error.ERROR_NOT_READY}"], results);
        Assert.Equal(STATUS_DEVICE_NOT_READY, overlapped.Internal);
    }

    [Fact]
    public void ReadFile_FailsAtOnce_TheCallerHasTheErrorAndNoPacketIsQueued()
    {
        using var machine = BootWithDevice();
        var overlapped = new OVERLAPPED();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 5, 0);
            results.Add($"{ReadFile(h, new byte[1], 0, out _, overlapped)} {GetLastError()}");
            results.Add(Dequeue(port, 0, [overlapped]));
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"False {Win32Error.ERROR_INVALID_PARAMETER}", $"False key 0 bytes 0 overlapped NULL error {Win32Error.WAIT_TIMEOUT}"], results);
    }

    [Fact]
    public void SetFileCompletionNotificationModes_SkipOnSuccess_AWriteDoneAtOnceQueuesNoPacketButAPendedReadStillDoes()
    {
        using var machine = BootWithDevice();
        OVERLAPPED first = new(), second = new(), read = new();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 9, 0);
            results.Add($"{WriteFile(h, new byte[3], 3, out var written, first)} {written}");
            results.Add(Dequeue(port, 0, [first, second, read]));
            results.Add($"{SetFileCompletionNotificationModes(h, FILE_SKIP_COMPLETION_PORT_ON_SUCCESS)}");
            results.Add($"{WriteFile(h, new byte[3], 3, out written, second)} {written}");
            results.Add(Dequeue(port, 0, [first, second, read]));
            results.Add($"{ReadFile(h, new byte[2], 2, out _, read)} {GetLastError()}");
            results.Add(Dequeue(port, INFINITE, [first, second, read]));
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(
        [
            "True 3", "True key 9 bytes 3 overlapped 0 error 0", "True", "True 3",
            $"False key 0 bytes 0 overlapped NULL error {Win32Error.WAIT_TIMEOUT}",
            $"False {Win32Error.ERROR_IO_PENDING}", "True key 9 bytes 2 overlapped 2 error 0",
        ], results);
    }

    [Fact]
    public void ReadFile_EventWithTheLowBitSet_SetsTheEventAndQueuesNoPacket()
    {
        using var machine = BootWithDevice();
        var overlapped = new OVERLAPPED();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 3, 0);
            var evt = CreateEvent(null, true, false, null);
            overlapped.hEvent = new HANDLE(evt.Value | 1);
            results.Add($"{ReadFile(h, new byte[4], 4, out _, overlapped)} {GetLastError()}");
            results.Add($"wait {WaitForSingleObject(evt, INFINITE)}");
            results.Add(Dequeue(port, 0, [overlapped]));
            CloseHandle(evt);
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal([$"False {Win32Error.ERROR_IO_PENDING}", "wait 0", $"False key 0 bytes 0 overlapped NULL error {Win32Error.WAIT_TIMEOUT}"], results);
        Assert.Equal(4ul, overlapped.InternalHigh);
    }

    [Fact]
    public void CreateIoCompletionPort_BadArguments_NullWithTheDocumentedErrors()
    {
        using var machine = BootWithDevice();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            var other = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            var synchronous = OpenLater(0);
            results.Add($"synchronous file {CreateIoCompletionPort(synchronous, port, 1, 0).IsNull} {GetLastError()}");
            var h = OpenLater();
            results.Add($"first association {CreateIoCompletionPort(h, port, 1, 0) == port}");
            results.Add($"second association {CreateIoCompletionPort(h, other, 2, 0).IsNull} {GetLastError()}");
            results.Add($"port without file {CreateIoCompletionPort(INVALID_HANDLE_VALUE, port, 0, 0).IsNull} {GetLastError()}");
            results.Add($"bad port {CreateIoCompletionPort(OpenLater(), new HANDLE(0x1234), 0, 0).IsNull} {GetLastError()}");
            results.Add($"bad file {CreateIoCompletionPort(new HANDLE(0x1234), port, 0, 0).IsNull} {GetLastError()}");
            CloseHandle(synchronous);
            CloseHandle(h);
            CloseHandle(port);
            CloseHandle(other);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(
        [
            $"synchronous file True {Win32Error.ERROR_INVALID_PARAMETER}",
            "first association True",
            $"second association True {Win32Error.ERROR_INVALID_PARAMETER}",
            $"port without file True {Win32Error.ERROR_INVALID_PARAMETER}",
            $"bad port True {Win32Error.ERROR_INVALID_HANDLE}",
            $"bad file True {Win32Error.ERROR_INVALID_HANDLE}",
        ], results);
    }

    [Fact]
    public void CompletionPortCalls_NotAPort_FailWithInvalidHandle()
    {
        using var machine = BootWithDevice();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var evt = CreateEvent(null, true, false, null);
            results.Add(Dequeue(new HANDLE(0x1234), 0, []));
            results.Add(Dequeue(evt, 0, []));
            results.Add($"{PostQueuedCompletionStatus(evt, 1, 1, null)} {GetLastError()}");
            results.Add($"{GetQueuedCompletionStatusEx(evt, new OVERLAPPED_ENTRY[1], 1, out var removed, 0, false)} {GetLastError()} {removed}");
            CloseHandle(evt);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(
        [
            $"False key 0 bytes 0 overlapped NULL error {Win32Error.ERROR_INVALID_HANDLE}",
            $"False key 0 bytes 0 overlapped NULL error {Win32Error.ERROR_INVALID_HANDLE}",
            $"False {Win32Error.ERROR_INVALID_HANDLE}",
            $"False {Win32Error.ERROR_INVALID_HANDLE} 0",
        ], results);
    }

    [Fact]
    public void GetQueuedCompletionStatusEx_RemovesUpToTheCountAtOnceWithEachStatus()
    {
        using var machine = BootWithDevice();
        var failed = new OVERLAPPED { Offset = 1 };
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 8, 0);
            PostQueuedCompletionStatus(port, 1, 1, null);
            PostQueuedCompletionStatus(port, 2, 2, null);
            ReadFile(h, new byte[4], 4, out _, failed);
            // The failed read's packet joins the two posted ones once the driver's timer runs.
            Sleep(5);
            var entries = new OVERLAPPED_ENTRY[4];
            results.Add($"zero count {GetQueuedCompletionStatusEx(port, entries, 0, out var removed, 0, false)} {GetLastError()}");
            results.Add($"{GetQueuedCompletionStatusEx(port, entries, 2, out removed, INFINITE, false)} {removed}: {Describe(entries, removed, failed)}");
            results.Add($"{GetQueuedCompletionStatusEx(port, entries, 4, out removed, 0, false)} {removed}: {Describe(entries, removed, failed)}");
            results.Add($"{GetQueuedCompletionStatusEx(port, entries, 4, out removed, 10, false)} {GetLastError()} {removed}");
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(
        [
            $"zero count False {Win32Error.ERROR_INVALID_PARAMETER}",
            "True 2: key 1 bytes 1 status 0 NULL; key 2 bytes 2 status 0 NULL",
            $"True 1: key 8 bytes 0 status {unchecked((uint)STATUS_DEVICE_NOT_READY)} failed",
            $"False {Win32Error.WAIT_TIMEOUT} 0",
        ], results);
    }

    [Fact]
    public void GetQueuedCompletionStatus_PortClosedDuringTheWait_FalseWithNullOverlappedAndAbandonedWait0()
    {
        using var machine = BootWithDevice();
        var result = "";
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            var waiter = CreateThread(null, 0, parameter =>
            {
                result = Dequeue(port, INFINITE, []);
                return 0;
            }, null, 0, out uint _);
            Sleep(10);
            CloseHandle(port);
            WaitForSingleObject(waiter, INFINITE);
            CloseHandle(waiter);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal($"False key 0 bytes 0 overlapped NULL error {Win32Error.ERROR_ABANDONED_WAIT_0}", result);
    }

    [Fact]
    public void ProcessExit_AThreadStillWaitsOnAPort_TheProcessEnds()
    {
        using var machine = BootWithDevice();
        var returned = false;
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            CreateThread(null, 0, parameter =>
            {
                GetQueuedCompletionStatus(port, out _, out _, out _, INFINITE);
                returned = true;
                return 0;
            }, null, 0, out uint _);
            Sleep(10);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.False(returned);
    }

    [Fact]
    public void GetQueuedCompletionStatusEx_AlertableWithAUserApcQueued_RunsItAndReturnsFalseWithWaitIoCompletion()
    {
        using var machine = BootWithDevice();
        List<string> log = [];
        var app = machine.StartProcess("app", args =>
        {
            var port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, HANDLE.NULL, 0, 0);
            QueueUserAPC(p => log.Add($"apc {p}"), (HANDLE)(-2L), 3);
            var ok = GetQueuedCompletionStatusEx(port, new OVERLAPPED_ENTRY[1], 1, out var removed, INFINITE, true);
            log.Add($"{ok} {GetLastError()} {removed}");
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["apc 3", $"False {WAIT_IO_COMPLETION} 0"], log);
    }

    [Fact]
    public void SetFileCompletionNotificationModes_SkipSetEventOnHandle_TheFileStaysUnsignaledAndThePacketStillComes()
    {
        using var machine = BootWithDevice();
        var overlapped = new OVERLAPPED();
        List<string> results = [];
        var app = machine.StartProcess("app", args =>
        {
            var h = OpenLater();
            var port = CreateIoCompletionPort(h, HANDLE.NULL, 4, 0);
            results.Add($"{SetFileCompletionNotificationModes(h, FILE_SKIP_SET_EVENT_ON_HANDLE)}");
            ReadFile(h, new byte[2], 2, out _, overlapped);
            results.Add(Dequeue(port, INFINITE, [overlapped]));
            results.Add($"file {WaitForSingleObject(h, 0)}");
            results.Add($"bad flags {SetFileCompletionNotificationModes(h, 0x10)} {GetLastError()}");
            CloseHandle(h);
            CloseHandle(port);
            return 0;
        });
        Completed(machine, app.WaitForExit());

        Assert.Equal(["True", "True key 4 bytes 2 overlapped 0 error 0", $"file {Win32Error.WAIT_TIMEOUT}", $"bad flags False {Win32Error.ERROR_INVALID_PARAMETER}"], results);
    }

    private static string Describe(OVERLAPPED_ENTRY[] entries, uint count, OVERLAPPED failed) =>
        string.Join("; ", entries.Take((int)count).Select(e =>
            $"key {e.lpCompletionKey} bytes {e.dwNumberOfBytesTransferred} status {e.Internal} {(e.lpOverlapped is null ? "NULL" : ReferenceEquals(e.lpOverlapped, failed) ? "failed" : "?")}"));
}
