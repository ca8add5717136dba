using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim.Cli.Progress;

/// <summary>
/// A status line for a long command ("devcon install: installing ... 2.4 s") kept at the bottom of a terminal
/// with carriage returns, redrawn as time passes and erased before each line the command prints (through
/// <see cref="Output"/>) and at the end. When the output is not a terminal (redirected to a file or a pipe, or a
/// test's writer) it does nothing at all, and <see cref="Output"/> is the command's writer unchanged.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    private static readonly TimeSpan s_redraw = TimeSpan.FromMilliseconds(200);

    private readonly StatusLineWriter? _writer;
    private readonly Timer? _timer;

    private TerminalProgress(TextWriter output, string label, bool terminal)
    {
        if (!terminal)
        {
            Output = output;
            return;
        }

        _writer = new StatusLineWriter(output, label);
        Output = _writer;
        _writer.Draw();
        _timer = new Timer(_ => _writer.Draw(), null, s_redraw, s_redraw);
    }

    /// <summary>Where the command prints: the status line is erased before each write and drawn again after.</summary>
    internal TextWriter Output { get; }

    /// <summary>Whether a status line is shown (the output is a terminal).</summary>
    internal bool IsActive => _writer is not null;

    /// <summary>Starts a status line on <paramref name="output"/> when it is the console's standard output and that is a
    /// terminal (or when <paramref name="terminal"/> says so).</summary>
    internal static TerminalProgress Start(TextWriter output, string label, bool? terminal = null) =>
        new(output, label, terminal ?? (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected));

    /// <summary>Shows <paramref name="label"/> from now on (the demo's next part).</summary>
    internal void Step(string label) => _writer?.Relabel(label);

    /// <summary>Erases the status line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        _writer?.Erase();
    }

    /// <summary>Writes through to the command's writer, erasing the status line first; the line is drawn again at the next tick.</summary>
    private sealed class StatusLineWriter(TextWriter inner, string label) : TextWriter
    {
        private readonly Lock _lock = new();
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();
        private string _label = label;
        private int _drawn;
        private bool _done;

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            lock (_lock)
            {
                EraseLocked();
                inner.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                EraseLocked();
                inner.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_lock)
            {
                EraseLocked();
                inner.Write(buffer, index, count);
            }
        }

        public override void Flush() => inner.Flush();

        internal void Relabel(string label)
        {
            lock (_lock)
            {
                _label = label;
            }

            Draw();
        }

        internal void Draw()
        {
            lock (_lock)
            {
                if (_done)
                {
                    return;
                }

                var text = string.Create(CultureInfo.InvariantCulture, $"{_label} ... {_elapsed.Elapsed.TotalSeconds:0.0} s");
                EraseLocked();
                inner.Write("\r" + text);
                inner.Flush();
                _drawn = text.Length;
            }
        }

        internal void Erase()
        {
            lock (_lock)
            {
                EraseLocked();
                _done = true;
                inner.Flush();
            }
        }

        private void EraseLocked()
        {
            if (_drawn > 0)
            {
                inner.Write("\r" + new string(' ', _drawn) + "\r");
                _drawn = 0;
            }
        }
    }
}
