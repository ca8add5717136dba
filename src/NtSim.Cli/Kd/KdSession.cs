using NtSim.Cli.Run;
using NtSim.Debugger;
using NtSim.Debugger.Engine;

namespace NtSim.Cli.Kd;

/// <summary>
/// The console of ntsim kd on one machine: each time the machine stands still it prints why (a bug check's
/// arrival block, a break's report), then the prompt, and runs the commands read from <paramref name="input"/>
/// until <c>q</c> or the end of the input. The <c>-c</c> commands run first, once. A line read from a pipe or a
/// file is written after the prompt, so that the output reads as the session did; a terminal shows what was typed.
/// </summary>
/// <remarks><paramref name="kdFiles"/> is the map file of <c>_NT_KD_FILES</c>: loaded (<c>.kdfiles</c>) when the machine boots, so that
/// a driver the session loads afterwards (the service of --driver or --service) is replaced.</remarks>
internal sealed class KdSession(TextReader input, TextWriter output, string? initialCommands, bool echo, bool terminal, string? kdFiles = null, bool initialBreak = false) : IRunDebugger
{
    private KernelDebugger? _debugger;
    private bool _initialRun;

    /// <summary>The session ended (<c>q</c>, or the end of the input): later stops do not reopen the console.</summary>
    public bool Ended { get; private set; }

    /// <summary>The machine the session debugs, once it booted (Ctrl+C asks it to break in).</summary>
    internal Machine? Machine { get; private set; }

    public void Booted(Machine machine)
    {
        Machine = machine;
        KdBanner.Print(machine, output);

        // The debugger's own lines while the machine runs (KD: Accessing ... for .kdfiles).
        machine.Debugger.Output += output.WriteLine;
        if (kdFiles is { Length: > 0 })
        {
            // As KD reads _NT_KD_FILES when it starts.
            output.Write((_debugger ??= new KernelDebugger(machine) { Terminal = terminal }).Execute(".kdfiles " + kdFiles));
        }
    }

    /// <summary>kd -b: the initial break, as the client starts (its driver is loaded): breakpoints set there catch the
    /// client's first request. It is honoured at the first DDI or driver routine that runs.</summary>
    public void ClientStarting(Machine machine)
    {
        if (initialBreak)
        {
            machine.Breakpoints.RequestBreak();
        }
    }

    public bool Stopped(Machine machine)
    {
        if (!Ended)
        {
            var debugger = _debugger ??= new KernelDebugger(machine) { Terminal = terminal };
            // The arrival text; a breakpoint's condition and command string are honoured as after g.
            output.Write(debugger.Arrived());

            Prompt(debugger);
        }

        return !machine.IsHalted && machine.Debugger.Break is null;
    }

    /// <summary>The console on a crash dump (kd -z): the dump's banner, !analyze's summary as WinDbg prints it when it
    /// loads a dump, then the prompt.</summary>
    internal void Open(KernelDebugger debugger)
    {
        KdBanner.Print(debugger, output);
        output.Write(debugger.Execute("!analyze"));
        Prompt(debugger);
    }

    private void Prompt(KernelDebugger debugger)
    {
        if (!_initialRun && initialCommands is not null)
        {
            _initialRun = true;
            Execute(debugger, initialCommands);
        }

        while (!debugger.QuitRequested)
        {
            output.Write(debugger.Prompt);
            output.Flush();
            var line = input.ReadLine();
            if (line is null)
            {
                // The end of the input ends the session, as q does.
                output.WriteLine();
                break;
            }

            if (echo)
            {
                output.WriteLine(line);
            }

            output.Write(debugger.Execute(line));
        }

        Ended = true;
    }

    private void Execute(KernelDebugger debugger, string commands)
    {
        output.WriteLine(debugger.Prompt + commands);
        output.Write(debugger.Execute(commands));
    }
}
