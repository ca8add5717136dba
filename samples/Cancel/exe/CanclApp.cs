using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Cancel;

/// <summary>
/// canclapp: several threads read the cancel sample's device in a loop (overlapped reads of one
/// INPUT_DATA each) and print the samples they get; after a while the main thread stops them.
/// <code>
/// canclapp [exit|cancel|close|small] [threads] [seconds]
/// </code>
/// exit (the default): Main returns with reads pending, and process exit cancels them;
/// cancel: CancelIoEx on the handle, then the threads are waited for;
/// close: CloseHandle with reads pending (the driver's cleanup cancels them), then the threads are waited for;
/// small: one read of 3 bytes, which fails with ERROR_INSUFFICIENT_BUFFER.
/// Defaults: 3 threads, 5 seconds.
/// </summary>
public static class CanclApp
{
    /// <summary>What the threads of one process share (a process per run: no statics).</summary>
    private sealed class Readers
    {
        public HANDLE Device;
        public int SamplesRead;

        /// <summary>Set by Main before it cancels: a reader whose read completed with data stops
        /// instead of reading again.</summary>
        public volatile bool Stopping;
    }

    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "exit";
        var threads = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;

        var readers = new Readers();
        readers.Device = CreateFile(CancelPublic.DOS_DEVICE_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
        if (readers.Device == INVALID_HANDLE_VALUE)
        {
            puts($"CreateFile {CancelPublic.DOS_DEVICE_NAME} failed: error {GetLastError()}");
            return 1;
        }

        if (mode == "small")
        {
            return SmallRead(readers.Device);
        }

        var handles = new HANDLE[threads];
        for (var i = 0; i < threads; i++)
        {
            handles[i] = CreateThread(null, 0, Reader, (readers, i), 0, out _);
        }

        Sleep((uint)seconds * 1000);
        puts($"Main: {Volatile.Read(ref readers.SamplesRead)} samples read in {seconds} s");
        switch (mode)
        {
            case "exit":
                // Process exit cancels the reads still pending and closes the handle.
                puts("Main: exiting with reads pending");
                return 0;
            case "cancel":
                puts("Main: cancelling the pending reads");
                readers.Stopping = true;

                // The read the driver is serving is not in its queue and completes with data; a
                // reader that had just checked Stopping may start one more read: cancel again.
                do
                {
                    CancelIoEx(readers.Device, null);
                }
                while (WaitForMultipleObjects((uint)threads, handles, true, 2000) == WAIT_TIMEOUT);

                CloseHandle(readers.Device);
                break;
            case "close":
                puts("Main: closing the handle");
                readers.Stopping = true;
                CloseHandle(readers.Device);
                WaitForMultipleObjects((uint)threads, handles, true, INFINITE);
                break;
            default:
                puts("usage: canclapp [exit|cancel|close|small] [threads] [seconds]");
                return 2;
        }

        foreach (var handle in handles)
        {
            CloseHandle(handle);
        }

        puts("Main: all readers stopped");
        return 0;
    }

    /// <summary>One reader: overlapped reads until one fails (cancelled) or Main asks it to stop.</summary>
    private static uint Reader(object? parameter)
    {
        var (readers, number) = ((Readers, int))parameter!;
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        var buffer = new byte[CancelPublic.SIZEOF_INPUT_DATA];
        while (!readers.Stopping)
        {
            ResetEvent(ov.hEvent);
            var ok = ReadFile(readers.Device, buffer, (uint)buffer.Length, out var read, ov)
                || (GetLastError() == ERROR_IO_PENDING && GetOverlappedResult(readers.Device, ov, out read, true));
            if (!ok)
            {
                var error = GetLastError();
                puts(error switch
                {
                    ERROR_OPERATION_ABORTED => $"Reader {number}: read cancelled",
                    ERROR_INVALID_HANDLE => $"Reader {number}: handle closed",
                    _ => $"Reader {number}: read failed: error {error}",
                });
                CloseHandle(ov.hEvent);
                return error is ERROR_OPERATION_ABORTED or ERROR_INVALID_HANDLE ? 0u : 1u;
            }

            Interlocked.Increment(ref readers.SamplesRead);
            puts($"Reader {number}: sample {BitConverter.ToUInt32(buffer, 0)} ({read} bytes)");
        }

        puts($"Reader {number}: stopped");
        CloseHandle(ov.hEvent);
        return 0;
    }

    /// <summary>A read smaller than INPUT_DATA: the driver refuses it with STATUS_BUFFER_TOO_SMALL.</summary>
    private static int SmallRead(HANDLE device)
    {
        var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
        var buffer = new byte[CancelPublic.SIZEOF_INPUT_DATA - 1];
        var ok = ReadFile(device, buffer, (uint)buffer.Length, out _, ov)
            || (GetLastError() == ERROR_IO_PENDING && GetOverlappedResult(device, ov, out _, true));
        var error = ok ? 0 : GetLastError();
        puts(ok ? "Small read: succeeded (unexpected)" : $"Small read: error {error}");
        CloseHandle(ov.hEvent);
        CloseHandle(device);
        return !ok && error == ERROR_INSUFFICIENT_BUFFER ? 0 : 1;
    }
}
