using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using NtSim.Debugger.Engine;
using static NtSim.Debugger.Extensions.DbgEng;

namespace NtSim.Debugger.Extensions;

/// <summary>One loaded extension: its name (the file's, as <c>!name.command</c> types it), its load context, the
/// instance of its <see cref="IDebugExtension"/> class and its commands by name.</summary>
[DebuggerDisplay("{Name,nq} ({Path,nq})")]
internal sealed class KdExtension
{
    private readonly KdExtensionLoadContext _loadContext;
    private readonly Dictionary<string, Func<IDebugClient, string, int>> _commands;

    private KdExtension(string name, string path, KdExtensionLoadContext loadContext, IDebugExtension instance, uint version,
        Dictionary<string, Func<IDebugClient, string, int>> commands)
    {
        Name = name;
        Path = path;
        _loadContext = loadContext;
        Instance = instance;
        ApiVersion = version;
        _commands = commands;
        Image = instance.GetType().Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
    }

    internal string Name { get; }

    internal string Path { get; }

    /// <summary>The assembly's version, as <c>.chain</c>'s "image" shows a DLL's.</summary>
    internal string Image { get; }

    /// <summary>What Initialize returned: DEBUG_EXTENSION_VERSION(major, minor).</summary>
    internal uint ApiVersion { get; }

    internal IDebugExtension Instance { get; }

    /// <summary>The command names, sorted.</summary>
    internal IEnumerable<string> Commands => _commands.Keys.Order(StringComparer.Ordinal);

    /// <summary>Loads the extension at <paramref name="typed"/> (a path; ".dll" may be left out): null after printing
    /// WinDbg's error when the file cannot be loaded, is no extension, or its Initialize fails.</summary>
    internal static KdExtension? Load(KdContext context, string typed, string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var loadContext = new KdExtensionLoadContext(name, path);
        try
        {
            Assembly assembly;
            try
            {
                assembly = loadContext.LoadFromAssemblyPath(path);
            }
            catch (BadImageFormatException)
            {
                // Not a .NET assembly: what LoadLibrary says of a file that is not an image (ERROR_BAD_EXE_FORMAT).
                LoadLibraryFailed(context, typed, 193, "%1 is not a valid Win32 application.");
                loadContext.Unload();
                return null;
            }

            var extension = Create(context, typed, name, path, loadContext, assembly);
            if (extension is null)
            {
                loadContext.Unload();
            }

            return extension;
        }
        catch (Exception e) when (e is FileLoadException or IOException or UnauthorizedAccessException)
        {
            LoadLibraryFailed(context, typed, 5, "Access is denied.");
            loadContext.Unload();
            return null;
        }
    }

    /// <summary>LoadLibrary's failure, in dbgeng's words.</summary>
    internal static void LoadLibraryFailed(KdContext context, string typed, int win32Error, string message)
    {
        context.Error(string.Create(CultureInfo.InvariantCulture, $"The call to LoadLibrary({typed}) failed, Win32 error 0n{win32Error}"));
        context.Error($"    \"{message}\"");
        context.Error("Please check your debugger configuration and/or network access.");
    }

    /// <summary>Runs the command <paramref name="function"/>: its HRESULT, or null if the extension has no such export.
    /// An exception is caught and reported as dbgeng reports one in an extension (the command then counts as done).</summary>
    internal int? Call(KdContext context, KdExtensionChain chain, string function, string arguments)
    {
        if (!_commands.TryGetValue(function, out var command))
        {
            return null;
        }

        // The client reads the target's views: on a live machine, taken afresh for this command (the machine may have run).
        context.Target.BeginCommand();
        var client = new KdDebugClient(context, chain);
        try
        {
            return command(client, arguments);
        }
        catch (Exception e)
        {
            ReportException(context, Name, function, e);
            return S_OK;
        }
        finally
        {
            client.Close();
        }
    }

    /// <summary>Uninitialize, then the load context goes (collected once nothing holds its types).</summary>
    internal void Unload(KdContext context)
    {
        try
        {
            Instance.Uninitialize();
        }
        catch (Exception e)
        {
            ReportException(context, Name, "DebugExtensionUninitialize", e);
        }

        _commands.Clear();
        _loadContext.Unload();
    }

    // dbgeng: "%08x Exception in %s.%s debugger extension." then the PC/VA line, for which a managed exception has its
    // type and message instead.
    private static void ReportException(KdContext context, string name, string function, Exception e)
    {
        context.Error(string.Create(CultureInfo.InvariantCulture, $"{e.HResult:x8} Exception in {name}.{function} debugger extension."));
        context.Error($"      {e.GetType().FullName}: {e.Message}");
    }

    private static KdExtension? Create(KdContext context, string typed, string name, string path, KdExtensionLoadContext loadContext, Assembly assembly)
    {
        var types = ExtensionTypes(assembly);
        if (types.Count != 1)
        {
            // dbgeng's words for a DLL without the entry points of an extension.
            context.Error($"{typed} is not a valid windbg extension DLL");
            return null;
        }

        IDebugExtension instance;
        uint version;
        int status;
        try
        {
            instance = (IDebugExtension)Activator.CreateInstance(types[0])!;
            status = instance.Initialize(out version);
        }
        catch (Exception e)
        {
            ReportException(context, name, "DebugExtensionInitialize", e is TargetInvocationException { InnerException: { } inner } ? inner : e);
            return null;
        }

        if (status != S_OK)
        {
            context.Error(string.Create(CultureInfo.InvariantCulture, $"{typed}!DebugExtensionInitialize failed with 0x{status:X8}"));
            return null;
        }

        var extension = new KdExtension(name, path, loadContext, instance, version, ExportedCommands(context, name, instance));
        try
        {
            // As dbgeng does after loading: the session is active, and the target (stopped) accessible.
            instance.Notify(DEBUG_NOTIFY_SESSION_ACTIVE, 0);
            instance.Notify(DEBUG_NOTIFY_SESSION_ACCESSIBLE, 0);
        }
        catch (Exception e)
        {
            ReportException(context, name, "DebugExtensionNotify", e);
        }

        return extension;
    }

    private static List<Type> ExtensionTypes(Assembly assembly)
    {
        try
        {
            return [.. assembly.GetExportedTypes().Where(t => typeof(IDebugExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
                && t.GetConstructor(Type.EmptyTypes) is not null)];
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            return [];
        }
    }

    private static Dictionary<string, Func<IDebugClient, string, int>> ExportedCommands(KdContext context, string name, IDebugExtension instance)
    {
        var commands = new Dictionary<string, Func<IDebugClient, string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.GetCustomAttribute<DebugCommandAttribute>() is not { } attribute)
            {
                continue;
            }

            var parameters = method.GetParameters();
            if (method.ReturnType != typeof(int) || parameters.Length != 2
                || parameters[0].ParameterType != typeof(IDebugClient) || parameters[1].ParameterType != typeof(string))
            {
                context.Error($"{name}: {method.DeclaringType?.Name}.{method.Name} is not exported as !{attribute.Name}: a command is int (IDebugClient, string)");
                continue;
            }

            var command = method.IsStatic
                ? method.CreateDelegate<Func<IDebugClient, string, int>>()
                : method.CreateDelegate<Func<IDebugClient, string, int>>(instance);
            if (!commands.TryAdd(attribute.Name.ToLowerInvariant(), command))
            {
                context.Error($"{name}: two commands are named !{attribute.Name}; the first is kept");
            }
        }

        return commands;
    }
}
