namespace NtSim.Cli.Run;

/// <summary>A debugger watching a client run (ntsim kd): told when the machine boots, and given the machine
/// each time it stops (a bug check, a break, the client's exit).</summary>
internal interface IRunDebugger
{
    /// <summary>The session ended (q): later stops are reported as without a debugger.</summary>
    bool Ended { get; }

    /// <summary>The machine booted (the debugger connects: its banner).</summary>
    void Booted(Machine machine);

    /// <summary>The driver is loaded and the client is about to start (kd -b asks for its initial break here).</summary>
    void ClientStarting(Machine machine)
    {
    }

    /// <summary>The machine stands still: the debugger prints why and takes commands until it is told to quit;
    /// true when the machine can go on afterwards (it is neither broken in nor halted).</summary>
    bool Stopped(Machine machine);
}
