using System.Globalization;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Echo;

/// <summary>
/// echoapp (echoapp.cpp): finds the echo device by its interface and exercises it.
/// <code>
/// echoapp              writes a 512-byte and a 30 KB pattern, reads each back and verifies it
/// echoapp -Async [n]   n (without n: endless) 40 KB overlapped reads and writes, at most 100 in
///                      flight per direction, collected from an I/O completion port by two threads
/// </code>
/// </summary>
public static class EchoApp
{
    private const int NUM_ASYNCH_IO = 100;
    private const uint BUFFER_SIZE = 40 * 1024;

    public static int Main(string[] args)
    {
        var async = false;
        uint? loops = null;
        if (args.Length > 0)
        {
            if (!args[0].StartsWith("-Async", StringComparison.OrdinalIgnoreCase)
                || (args.Length > 1 && !uint.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)))
            {
                puts("Usage:");
                puts("    Echoapp.exe         --- Send single write and read request synchronously");
                puts("    Echoapp.exe -Async  --- Send reads and writes asynchronously without terminating");
                puts("    Echoapp.exe -Async <number> --- Send <number> reads and writes asynchronously");
                puts("Exit the app anytime by pressing Ctrl-C");
                return 1;
            }

            async = true;
            loops = args.Length > 1 ? uint.Parse(args[1], CultureInfo.InvariantCulture) : null;
        }

        if (EchoDevicePath.First(EchoPublic.GUID_DEVINTERFACE_ECHO) is not { } devicePath)
        {
            puts("No echo device found: install it with devcon install echo.inf root\\ECHO");
            return 1;
        }

        printf("DevicePath: %s\n", devicePath);
        var device = CreateFile(devicePath, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, null, OPEN_EXISTING, 0, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("Failed to open device. Error %d\n", GetLastError());
            return 1;
        }

        puts("Opened device successfully");
        bool result;
        if (async)
        {
            puts("Starting AsyncIo");
            var readerResult = false;
            var reader = CreateThread(null, 0, _ =>
            {
                readerResult = AsyncIo(devicePath, reader: true, loops);
                return 0;
            }, null, 0, out _);
            if (reader == default)
            {
                printf("Couldn't create reader thread - error %d\n", GetLastError());
                CloseHandle(device);
                return 1;
            }

            result = AsyncIo(devicePath, reader: false, loops);
            WaitForSingleObject(reader, INFINITE);
            result &= readerResult;
            CloseHandle(reader);
        }
        else
        {
            result = PerformWriteReadTest(device, 512) && PerformWriteReadTest(device, 30 * 1024);
        }

        CloseHandle(device);
        return result ? 0 : 1;
    }

    /// <summary>Writes a pattern of <paramref name="length"/> bytes, reads it back and compares.</summary>
    private static bool PerformWriteReadTest(HANDLE device, uint length)
    {
        var writeBuffer = new byte[length];
        for (var i = 0; i < writeBuffer.Length; i++)
        {
            writeBuffer[i] = (byte)i;
        }

        if (!WriteFile(device, writeBuffer, length, out var written, null))
        {
            printf("PerformWriteReadTest: WriteFile failed: Error %d\n", GetLastError());
            return false;
        }

        if (written != length)
        {
            printf("bytes written is not test length! Written %d, SB %d\n", written, length);
            return false;
        }

        printf("%d Pattern Bytes Written successfully\n", written);
        var readBuffer = new byte[length];
        if (!ReadFile(device, readBuffer, length, out var read, null))
        {
            printf("PerformWriteReadTest: ReadFile failed: Error %d\n", GetLastError());
            return false;
        }

        if (read != length)
        {
            printf("bytes Read is not test length! Read %d, SB %d\n", read, length);
            return false;
        }

        printf("%d Pattern Bytes Read successfully\n", read);
        for (var i = 0; i < readBuffer.Length; i++)
        {
            if (readBuffer[i] != (byte)i)
            {
                printf("Pattern changed. SB 0x%x, Is 0x%x\n", (byte)i, readBuffer[i]);
                puts("Verify failed");
                return false;
            }
        }

        puts("Pattern Verified successfully");
        return true;
    }

    /// <summary>Keeps up to NUM_ASYNCH_IO overlapped reads (or writes) in flight on a handle of its own,
    /// reissuing each as the completion port returns it, until <paramref name="loops"/> have completed.</summary>
    private static bool AsyncIo(string devicePath, bool reader, uint? loops)
    {
        var device = CreateFile(devicePath, GENERIC_WRITE | GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("Cannot open %s error %d\n", devicePath, GetLastError());
            return false;
        }

        var port = CreateIoCompletionPort(device, default, 1, 0);
        if (port == default)
        {
            printf("Cannot open completion port %d \n", GetLastError());
            CloseHandle(device);
            return false;
        }

        var maxPending = (uint)NUM_ASYNCH_IO;
        uint toSend = 0;
        var toReceive = loops ?? 0;
        if (loops is { } limit)
        {
            maxPending = Math.Min(limit, NUM_ASYNCH_IO);
            toSend = limit - maxPending;
        }

        var overlapped = new OVERLAPPED[maxPending];
        var buffers = VirtualAlloc(PVOID.NULL, maxPending * BUFFER_SIZE, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        var result = true;
        for (var i = 0; i < maxPending && result; i++)
        {
            overlapped[i] = new OVERLAPPED();
            result = Issue(device, reader, buffers + (long)(i * BUFFER_SIZE), overlapped[i], i);
        }

        while (result)
        {
            if (!GetQueuedCompletionStatus(port, out var transferred, out _, out var completed, INFINITE))
            {
                printf("GetQueuedCompletionStatus failed %d\n", GetLastError());
                result = false;
                break;
            }

            var i = Array.IndexOf(overlapped, completed);
            printf(reader ? "Number of bytes read by request number %d is %d\n" : "Number of bytes written by request number %d is %d\n", i, transferred);
            if (loops is not null)
            {
                if (--toReceive == 0)
                {
                    break;
                }

                if (toSend == 0)
                {
                    continue;
                }

                toSend--;
            }

            result = Issue(device, reader, buffers + (long)(i * BUFFER_SIZE), completed!, i);
        }

        VirtualFree(buffers, 0, MEM_RELEASE);
        CloseHandle(port);
        CloseHandle(device);
        return result;
    }

    private static bool Issue(HANDLE device, bool reader, PVOID buffer, OVERLAPPED overlapped, long i)
    {
        var issued = reader ? ReadFile(device, buffer, BUFFER_SIZE, out _, overlapped) : WriteFile(device, buffer, BUFFER_SIZE, out _, overlapped);
        if (!issued && GetLastError() != ERROR_IO_PENDING)
        {
            printf(reader ? " %dth Read failed %d \n" : " %dth Write failed %d \n", i, GetLastError());
            return false;
        }

        return true;
    }
}
