namespace NtSim.Debugger.Remote;

/// <summary>A packet failed authentication, came out of order (a replay) or broke the framing: the connection is dropped.</summary>
internal sealed class KdNetRejectedException(string message) : IOException(message);
