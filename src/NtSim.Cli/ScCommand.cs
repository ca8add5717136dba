using System.CommandLine;
using NtSim.Cli.Machines;
using NtSim.Cli.Sc;

namespace NtSim.Cli;

/// <summary>`ntsim sc`: the service control manager with sc.exe's verbs and output, of a freshly booted
/// machine or, with --machine, of a persistent one that stays on between invocations; `then` chains
/// several verbs on the same machine.</summary>
internal static class ScCommand
{
    internal static Command Create()
    {
        var request = new Argument<string[]>("request")
        {
            Description = "A verb and its arguments, in sc.exe's syntax; 'then' separates verbs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var processors = new Option<int>("--processors", "-p")
        {
            Description = "Number of simulated processors (1-64).",
            DefaultValueFactory = _ => 2,
        };
        processors.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError($"--processors must be between 1 and 64 (got {result.GetValueOrDefault<int>()}).");
            }
        });
        var folder = new Option<string?>("--machine")
        {
            Description = $"A persistent machine's folder (as devcon's): the services stay created, and those running stay running "
                + $"between invocations (listed in its {RunningServices.FileName}); sc create makes the machine if the folder has none. "
                + "Without it, each invocation boots a new machine.",
        };
        var command = new Command("sc", "Create, start, stop, query and delete driver services, as sc.exe does, on a new machine or a persistent one (--machine); 'then' chains verbs.")
        {
            request, seed, processors, folder,
        };
        command.SetAction(result =>
        {
            // The invocation's writers (the console unless a test gives its own).
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var (requests, problem) = ScParser.Parse(result.GetValue(request) ?? []);
            if (problem is not null)
            {
                error.WriteLine($"ntsim sc: {problem}");
                error.WriteLine(ScParser.Usage);
                return 1;
            }

            GlobalOptions.ReportVerifier(result, error);
            var choices = GlobalOptions.Choices(result);
            return result.GetValue(folder) is { } machineFolder
                ? RunPersistent(machineFolder, requests, choices with { DebugPrint = output }, result.GetValue(seed), output, error)
                : new ScRunner(output).Run(requests, choices, result.GetValue(seed), result.GetValue(processors));
        });
        return command;
    }

    /// <summary>The requests on the machine in <paramref name="folder"/>; a create stores the driver's absolute path.</summary>
    private static int RunPersistent(string folder, List<ScRequest> requests, MachineChoices choices, int seed, TextWriter output, TextWriter error)
    {
        const string tool = "ntsim sc";
        var creates = requests.Any(r => r.Verb == "create");
        using var machine = PersistentMachine.Boot(folder, seed, error, tool, create: creates, choices: choices);
        if (machine is null)
        {
            return 1;
        }

        // The next invocation runs from anywhere: a relative binPath would name another file there.
        var absolute = requests.Select(r => r is { Verb: "create", BinPath: { } path } ? r with { BinPath = FullPath(path) } : r).ToList();
        var exitCode = new ScRunner(output).Run(machine, absolute);
        PersistentMachine.Record(machine, error, tool);
        return exitCode;
    }

    /// <summary>The absolute form of a path; a path that has none is kept (the start then reports it).</summary>
    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
