namespace NtSim.Setup;

/// <summary>
/// Reads the bytes of an INF from the host, refusing what cannot be one before opening it: a folder,
/// a device, a pipe or a socket (opening a pipe would wait for a writer; a device may never end),
/// or a file larger than <see cref="MaxSize"/>.
/// </summary>
internal static class InfFileReader
{
    /// <summary>The largest INF read: the biggest inbox INFs are a few MiB.</summary>
    internal const int MaxSize = 32 * 1024 * 1024;

    internal const string DoesNotExist = "the file does not exist";

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

        if (!HostFile.IsRegular(path))
        {
            return HostFile.NotRegular;
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
}
