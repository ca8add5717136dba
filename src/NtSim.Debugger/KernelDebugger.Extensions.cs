using NtSim.Debugger.Extensions;

namespace NtSim.Debugger;

public sealed partial class KernelDebugger
{
    /// <summary>The extensions <c>.load</c> loaded into this session (docs/extensions.md).</summary>
    internal KdExtensionChain Extensions { get; } = new();

    /// <summary>Ctrl+C for a running command: an extension's next <see cref="IDebugClient.CheckControlC"/> answers true.</summary>
    public void Interrupt() => Extensions.Interrupt();
}
