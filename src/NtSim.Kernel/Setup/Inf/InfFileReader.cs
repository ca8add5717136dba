using System.Runtime.InteropServices;

namespace NtSim.Setup;

/// <summary>
/// Reads the bytes of an INF from the host, refusing what cannot be one before opening it: a folder,
/// a device, a pipe or a socket (opening a pipe would wait for a writer; a device may never end),
/// or a file larger than <see cref="MaxSize"/>.
/// </summary>
internal static partial class InfFileReader
{
    /// <summary>The largest INF read: the biggest inbox INFs are a few MiB.</summary>
    internal const int MaxSize = 32 * 1024 * 1024;

    internal const string DoesNotExist = "the file does not exist";

    // The file types of the runtime's own stat (System.Native's FileStatus.Mode, S_IFMT bits).
    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;

    /// <summary>Why <paramref name="path"/> cannot be read as an INF ("the file does not exist", "it is a
    /// folder" ...), or null when it is a regular file of a possible size.</summary>
    internal static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return "it is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return DoesNotExist;
        }

        if (!OperatingSystem.IsWindows() && UnixFileType(path) is { } type && type != S_IFREG)
        {
            return "it is not a regular file (a device, a pipe or a socket)";
        }

        var length = new FileInfo(path).Length;
        return length > MaxSize ? TooLarge(length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes") : null;
    }

    /// <summary>The file's bytes, or null with the reason; never reads more than <see cref="MaxSize"/> bytes
    /// (a file may grow, or report no size, between the check and the read).</summary>
    internal static byte[]? Read(string path, out string? problem)
    {
        problem = Problem(path);
        if (problem is not null)
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxSize)
            {
                problem = TooLarge("more than that");
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooLarge(string size) => $"it is {size}; an INF file is at most {MaxSize / (1024 * 1024)} MiB";

    /// <summary>The S_IFMT bits of the file's mode, or null when the runtime's stat is not at hand.</summary>
    private static int? UnixFileType(string path)
    {
        try
        {
            return SystemNativeStat(path, out var status) == 0 ? status.Mode & S_IFMT : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeStat(string path, out FileStatus status);

    /// <summary>The head of System.Native's FileStatus (Flags, then Mode); the size leaves room for the rest.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
