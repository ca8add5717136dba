using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>A DDI's key arguments for the trace, as an interpolated string that is formatted only
/// when the calling thread's machine traces DDIs (<see cref="DdiGate.Arguments"/>).</summary>
[InterpolatedStringHandler]
internal ref struct DdiArguments
{
    private DefaultInterpolatedStringHandler _text;

    public DdiArguments(int literalLength, int formattedCount, KTHREAD thread, out bool shouldAppend)
    {
        Enabled = thread.Machine.DdiHooks && thread.Machine.Ddis.Tracing;
        shouldAppend = Enabled;
        _text = Enabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    internal bool Enabled { get; }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    internal string ToStringAndClear() => _text.ToStringAndClear();
}
