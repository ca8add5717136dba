namespace NtSim;

public sealed partial class Machine
{
    /// <summary>
    /// Starts a user-mode process named <paramref name="imageName"/> whose main thread runs
    /// <paramref name="main"/> with <paramref name="args"/> (its return value is the exit code). The
    /// process runs as the machine is driven: call <see cref="UserProcess.WaitForExit"/>.
    /// </summary>
    public UserProcess StartProcess(string imageName, Func<string[], int> main, params string[] args) =>
        StartProcess(imageName, ProcessAccount.ElevatedAdministrator, main, args);

    /// <summary>StartProcess as <paramref name="account"/>: the process's token decides which devices it may
    /// open (a standard user is refused a device whose DACL grants only SYSTEM and administrators).</summary>
    public UserProcess StartProcess(string imageName, ProcessAccount account, Func<string[], int> main, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageName);
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(args);
        ThrowIfHalted();
        return StartProcess(imageName, account, main, Modules.For(main), args);
    }

    /// <summary>StartProcess with the module the main thread's code runs as (a client's entry method may be reached through a wrapper).</summary>
    private UserProcess StartProcess(string imageName, ProcessAccount account, Func<string[], int> main, KernelModule module, string[] args)
    {
        var token = AccessTokens.For(account);
        var process = new UserProcess(this, EPROCESS.CreateUser(this, imageName));
        Security.SetToken(process.Process, token);
        if (_processNotifications is { } notifications && (notifications.HasProcessRoutines || notifications.HasThreadRoutines))
        {
            return StartProcessNotified(process, main, module, args);
        }

        process.CreateThread(imageName, module, () => main(args), main: true);
        return process;
    }

    /// <summary>Shuts the machine's drivers down as Windows does before power-off: every device
    /// registered with IoRegisterShutdownNotification gets IRP_MJ_SHUTDOWN.</summary>
    public RunStatus Shutdown() => Run(() => IoManager.SendShutdown(KeContext.Running(nameof(Shutdown))), "Shutdown");

    /// <summary>Drives the machine (its threads run, virtual time moves to the next timer when all wait)
    /// until <paramref name="done"/> holds, evaluated from the host between steps, or the machine halts,
    /// deadlocks or hits a limit: e.g. until an application has printed that its requests are pending.</summary>
    public RunStatus RunUntil(Func<bool> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        ThrowIfOnSimulatedThread(nameof(RunUntil));
        return _halted ? HaltStatus : Drive(done, null);
    }
}
