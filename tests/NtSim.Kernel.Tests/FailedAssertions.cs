using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim.Tests;

/// <summary>
/// The tests run the Debug build, where the kernel asserts its invariants (the scheduler's, the
/// pool's, the IRP's moves). A failed Debug.Assert would end the test host with FailFast; here it
/// throws instead, so the test that broke an invariant fails with the assertion's message.
/// </summary>
internal static class FailedAssertions
{
    [ModuleInitializer]
    internal static void ThrowOnFailure()
    {
        Trace.Listeners.Clear();
        Trace.Listeners.Add(new ThrowingListener());
    }

    private sealed class ThrowingListener : TraceListener
    {
        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        public override void Fail(string? message, string? detailMessage) =>
            throw new DebugAssertException(detailMessage is { Length: > 0 } ? $"{message}: {detailMessage}" : message ?? "Debug.Assert failed");
    }
}

/// <summary>A failed Debug.Assert in the code under test.</summary>
public sealed class DebugAssertException(string message) : Exception(message);
