namespace NtSim;

/// <summary>IO_COMPLETION_CONTEXT: what FILE_OBJECT.CompletionContext holds for a file associated with an
/// I/O completion port: the port (whose object the file keeps referenced) and the key its packets carry.</summary>
public sealed class IO_COMPLETION_CONTEXT
{
    internal IO_COMPLETION_CONTEXT(KQUEUE port, ulong key)
    {
        Port = port;
        Key = key;
    }

    /// <summary>The I/O completion port the file's completions are queued to.</summary>
    public KQUEUE Port { get; }

    /// <summary>The completion key given to CreateIoCompletionPort, carried by every packet of the file.</summary>
    public ulong Key { get; }
}
