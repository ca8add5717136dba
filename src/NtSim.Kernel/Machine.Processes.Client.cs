namespace NtSim;

public sealed partial class Machine
{
    /// <summary>
    /// Starts a user-mode process running a client assembly loaded from <paramref name="clientAssemblyPath"/>
    /// (named by its file name) with <paramref name="args"/>: the assembly's entry point, or the one public
    /// static <c>int Main(string[])</c> (or <c>void Main</c>) it declares. Its references to NtSim resolve
    /// to the host's NtSim, as a driver's do; it loads in a collectible load context unloaded when the
    /// process exits. Throws <see cref="FileNotFoundException"/> when there is no such file,
    /// <see cref="BadImageFormatException"/> when it is not a .NET assembly, and <see cref="ArgumentException"/>
    /// when it has no entry point to run; each message names the file.
    /// </summary>
    public UserProcess StartProcess(string clientAssemblyPath, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ThrowIfHalted();
        var client = ClientImage.Load(clientAssemblyPath);
        try
        {
            var process = StartProcess(client.ImageName, ProcessAccount.ElevatedAdministrator, client.Main(), Modules.For(client.Entry), args);
            process.ClientContext = client.Context;
            return process;
        }
        catch
        {
            client.Context.Unload();
            throw;
        }
    }
}
