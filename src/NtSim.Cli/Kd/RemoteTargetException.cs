namespace NtSim.Cli.Kd;

/// <summary>The target could not listen (its port is taken): one line for the user.</summary>
internal sealed class RemoteTargetException(string message) : Exception(message);
