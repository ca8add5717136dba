using NtSim.Tests.Services;

namespace NtSim.Tests.Ps;

/// <summary>Machine.StartProcess(path, args): a user's client assembly loaded from its file runs in a user process.</summary>
public sealed class StartProcessClientTests
{
    private static string HelloClient => TestDrivers.PathOf("HelloClient");

    [Fact]
    public void StartProcess_ClientExe_RunsItsEntryPointWithArguments()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        machine.Services.Start("Hello");

        var app = machine.StartProcess(HelloClient, "7", "words");

        Assert.Equal("HelloClient.dll", app.ImageName);
        Assert.Equal(RunStatus.Completed, app.WaitForExit());
        Assert.Equal(7, app.ExitCode);
        Assert.Equal("HelloClient: opened \\\\.\\Hello; 2 argument(s): 7 words\n", app.Output);
        Assert.True(machine.Services.Stop("Hello").IsClean);
    }

    [Fact]
    public void StartProcess_ClientWithoutItsDriver_SeesTheWin32Error()
    {
        using var machine = MachineAssert.Boot();

        var app = machine.StartProcess(HelloClient);

        Assert.Equal(RunStatus.Completed, app.WaitForExit());
        Assert.Equal(2, app.ExitCode);
        Assert.Equal("HelloClient: CreateFile(\\\\.\\Hello) failed, error 2\n", app.Output);
    }

    [Fact]
    public void StartProcess_ClientLoadContext_IsCollectibleAndUnloadsAtExit()
    {
        using var machine = MachineAssert.Boot();
        var app = machine.StartProcess(HelloClient);
        var context = app.ClientContext!;

        Assert.True(context.IsCollectible);
        Assert.Contains(context.Assemblies, a => a.GetName().Name == "HelloClient");
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == typeof(Machine).Assembly.GetName().Name);
        app.WaitForExit();
        Assert.Throws<InvalidOperationException>(() => context.LoadFromAssemblyPath(HelloClient));
    }

    [Fact]
    public void StartProcess_MissingFile_IsFileNotFoundNamingIt()
    {
        using var machine = MachineAssert.Boot();
        var path = Path.Combine(AppContext.BaseDirectory, "drivers", "NoSuchClient.dll");

        var e = Assert.Throws<FileNotFoundException>(() => machine.StartProcess(path));

        Assert.Equal(path, e.FileName);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartProcess_NotAnAssembly_IsBadImageFormatNamingIt()
    {
        using var machine = MachineAssert.Boot();
        var path = Path.Combine(AppContext.BaseDirectory, "drivers", "simple.inf");

        var e = Assert.Throws<BadImageFormatException>(() => machine.StartProcess(path));

        Assert.Equal($"{path} is not a .NET assembly.", e.Message);
    }

    [Fact]
    public void StartProcess_LibraryWithoutMain_IsArgumentExceptionNamingIt()
    {
        using var machine = MachineAssert.Boot();

        var e = Assert.Throws<ArgumentException>(() => machine.StartProcess(TestDrivers.Hello));

        Assert.StartsWith($"{TestDrivers.Hello} has no entry point:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartProcess_EmptyPath_IsArgumentException()
    {
        using var machine = MachineAssert.Boot();

        Assert.Throws<ArgumentException>(() => machine.StartProcess(" "));
    }
}
