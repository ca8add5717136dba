using System.Globalization;
using System.Runtime.InteropServices;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.SysMon;

/// <summary>
/// sysmon: the SysMon driver's client. Starts a worker thread (so that there is a thread to see come
/// and go), then reads the driver's records and prints them with their times:
/// <code>
/// sysmon [rounds] [milliseconds]
/// </code>
/// reads <c>rounds</c> times (default 1), sleeping <c>milliseconds</c> (default 200) between reads,
/// and prints how many records it saw. Records are read whole: a read returns as many as fit.
/// </summary>
public static class SysMonClient
{
    private const int BufferSize = 1 << 16;

    public static int Main(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        var interval = args.Length > 1 ? uint.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var device = CreateFile(SysMonPublic.DOS_DEVICE_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("Failed to open the SysMon device (error %u)\n", GetLastError());
            return 1;
        }

        var worker = CreateThread(null, 0, _ => 0, null, 0, out _);
        WaitForSingleObject(worker, INFINITE);
        CloseHandle(worker);

        var buffer = new byte[BufferSize];
        var total = 0;
        for (var round = 0; round < rounds; round++)
        {
            if (round > 0)
            {
                Sleep(interval);
            }

            if (!ReadFile(device, buffer, BufferSize, out var bytes, null))
            {
                printf("ReadFile failed (error %u)\n", GetLastError());
                CloseHandle(device);
                return 1;
            }

            total += DisplayInfo(buffer.AsSpan(0, (int)bytes));
        }

        CloseHandle(device);
        printf("%d records\n", total);
        return 0;
    }

    /// <summary>Prints the records of one read; returns how many there were.</summary>
    private static int DisplayInfo(ReadOnlySpan<byte> buffer)
    {
        var count = 0;
        while (buffer.Length >= Marshal.SizeOf<ItemHeader>())
        {
            var header = MemoryMarshal.Read<ItemHeader>(buffer);
            var record = buffer[..header.Size];
            var time = DateTime.FromFileTimeUtc(header.Time).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
            switch (header.Type)
            {
                case ItemType.ProcessCreate:
                {
                    var info = MemoryMarshal.Read<ProcessCreateInfo>(record);
                    var commandLine = Text(record, info.CommandLineOffset, info.CommandLineLength);
                    printf("%s: Process %u created by %u. Command line: %s\n", time, info.ProcessId, info.ParentProcessId, commandLine);
                    break;
                }

                case ItemType.ProcessExit:
                    printf("%s: Process %u exited\n", time, MemoryMarshal.Read<ProcessExitInfo>(record).ProcessId);
                    break;

                case ItemType.ThreadCreate or ItemType.ThreadExit:
                {
                    var info = MemoryMarshal.Read<ThreadCreateExitInfo>(record);
                    printf(header.Type == ItemType.ThreadCreate ? "%s: Thread %u created in process %u\n" : "%s: Thread %u exited from process %u\n",
                        time, info.ThreadId, info.ProcessId);
                    break;
                }

                case ItemType.ImageLoad:
                {
                    var info = MemoryMarshal.Read<ImageLoadInfo>(record);
                    var name = Text(record, info.ImageFileNameOffset, info.ImageFileNameLength);
                    printf("%s: Image loaded into process %u at 0x%llX (%llu bytes): %s\n", time, info.ProcessId, info.ImageBase, info.ImageSize, name);
                    break;
                }

                default:
                    printf("%s: unknown record type %d\n", time, (int)header.Type);
                    break;
            }

            buffer = buffer[header.Size..];
            count++;
        }

        return count;
    }

    private static string Text(ReadOnlySpan<byte> record, int offset, int length) =>
        new(MemoryMarshal.Cast<byte, char>(record.Slice(offset, length * sizeof(char))));
}
