using Xunit.Abstractions;

namespace NtSim.Testing;

/// <summary>Writes a machine's debug messages to a test's output as they are printed. A message printed
/// after the test ended (a machine left running) is dropped: xUnit refuses output then.</summary>
internal sealed class DebugOutputRoute(ITestOutputHelper output)
{
    public void Write(DebugMessage message)
    {
        try
        {
            output.WriteLine(message.ToString());
        }
        catch (InvalidOperationException)
        {
            // "There is no currently active test": the test is over; its output is closed.
        }
    }
}
