namespace NtSim.Cli.Kd;

/// <summary>Ctrl+C in <c>ntsim kd</c> while the client runs: instead of ending ntsim, it asks the machine to break in
/// (BreakpointTable.RequestBreak), as Ctrl+C in KD does; the machine stops at its next DDI and the prompt comes back. A
/// second Ctrl+C before the machine honoured the first ends ntsim as usual (a machine that calls no DDI any more).</summary>
internal sealed class KdBreakKey : IDisposable
{
    private readonly Func<Machine?> _machine;

    internal KdBreakKey(Func<Machine?> machine)
    {
        _machine = machine;
        Console.CancelKeyPress += OnCancel;
    }

    public void Dispose() => Console.CancelKeyPress -= OnCancel;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (_machine() is not { IsHalted: false } machine || machine.Breakpoints.BreakRequested)
        {
            return;
        }

        e.Cancel = true;
        if (machine.Debugger.Break is null)
        {
            // At the prompt the machine stands still already: nothing to break into.
            machine.Breakpoints.RequestBreak();
        }
    }
}
