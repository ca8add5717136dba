using Xunit.Abstractions;

namespace NtSim.Testing.Tests;

/// <summary>An <see cref="ITestOutputHelper"/> that keeps what it is given, for a test to read back.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string message)
    {
        lock (_lock)
        {
            _lines.Add(message);
        }
    }

    public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
