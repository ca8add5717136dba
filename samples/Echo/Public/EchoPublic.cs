namespace NtSim.Samples.Echo;

/// <summary>What the echo driver and echoapp share (public.h): the device interface class.</summary>
internal static class EchoPublic
{
    /// <summary>GUID_DEVINTERFACE_ECHO {cdc35b6e-0be4-4936-bf5f-5537380a7c1a}.</summary>
    public static readonly Guid GUID_DEVINTERFACE_ECHO = new("cdc35b6e-0be4-4936-bf5f-5537380a7c1a");

    /// <summary>The largest write the driver keeps (MAX_WRITE_LENGTH, 40 KB); longer ones fail with STATUS_BUFFER_OVERFLOW.</summary>
    public const ulong MAX_WRITE_LENGTH = 1024 * 40;
}
