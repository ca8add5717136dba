using System.Runtime.CompilerServices;
using Xunit;

namespace NtSim.Testing;

public static partial class MachineTestExtensions
{
    /// <summary>Runs <paramref name="main"/> in a new user process to its exit, then runs the machine
    /// until it is idle (a driver may still be finishing what the exit set off, the last close of a
    /// file); asserts both runs completed (no bug check, deadlock or hang). The process's image name is
    /// the name of the type that declares <paramref name="main"/>, in lower case ("zerotest" for
    /// <c>ZeroTest.Main</c>). Its output is <see cref="UserProcess.Output"/>, its exit code
    /// <see cref="UserProcess.ExitCode"/>.</summary>
    public static UserProcess RunClient(this Machine machine, Func<string[], int> main, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(main);
        return machine.RunClient(ImageNameOf(main), main, args);
    }

    /// <summary>As <see cref="RunClient(Machine, Func{string[], int}, string[])"/>, with the process's
    /// image name <paramref name="name"/>.</summary>
    public static UserProcess RunClient(this Machine machine, string name, Func<string[], int> main, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(main);
        return RunToExit(machine, name, () => machine.StartProcess(name, main, args));
    }

    /// <summary>As <see cref="RunClient(Machine, Func{string[], int}, string[])"/>, for a client assembly
    /// loaded from its build output (<see cref="Machine.StartProcess(string, string[])"/>: its entry point,
    /// or the one public static <c>Main</c> it declares); the process is named after the file. Fails the
    /// test, naming the file, when there is no such file, it is not an assembly or it has no Main.</summary>
    public static UserProcess RunClient(this Machine machine, string clientAssemblyPath, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientAssemblyPath);
        var name = Path.GetFileName(clientAssemblyPath);
        return RunToExit(machine, name, () =>
        {
            try
            {
                return machine.StartProcess(clientAssemblyPath, args);
            }
            catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or ArgumentException)
            {
                Assert.Fail($"The client {clientAssemblyPath} cannot start: {e.Message}");
                throw;
            }
        });
    }

    private static UserProcess RunToExit(Machine machine, string name, Func<UserProcess> start)
    {
        if (machine.IsHalted)
        {
            Assert.Fail($"The client {name} cannot start: the machine has halted. "
                + (machine.BugCheck is { } bugCheck ? Environment.NewLine + bugCheck : ""));
        }

        var app = start();
        var status = app.WaitForExit();
        if (status != RunStatus.Completed)
        {
            Assert.Fail($"The client {name} did not run to its exit: " + MachineText.Stopped(machine, status) + Output(app));
        }

        if (!app.HasExited)
        {
            Assert.Fail($"The client {name} did not exit: the machine went idle with its threads waiting." + Output(app));
        }

        status = machine.RunUntilIdle();
        if (status != RunStatus.Completed)
        {
            Assert.Fail($"After the client {name} exited: " + MachineText.Stopped(machine, status) + Output(app));
        }

        return app;
    }

    private static string Output(UserProcess app) =>
        app.Output.Length == 0 ? "" : $"{Environment.NewLine}The client's output:{Environment.NewLine}{app.Output}";

    /// <summary>The declaring type's name in lower case; a lambda's compiler-made class gives its outer type's.</summary>
    private static string ImageNameOf(Delegate main)
    {
        var type = main.Method.DeclaringType;
        while (type is not null && type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type?.Name.ToLowerInvariant() ?? "client";
    }
}
