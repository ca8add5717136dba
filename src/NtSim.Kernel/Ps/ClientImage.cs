using System.Reflection;

namespace NtSim;

/// <summary>
/// A user's client assembly loaded from its file for <see cref="Machine.StartProcess(string, string[])"/>:
/// in a collectible load context of its own whose references to NtSim resolve to the host's NtSim.Kernel
/// (as a driver's do), with the method its process's main thread runs: the assembly's entry point, else
/// the one public static <c>Main</c> it declares, taking <c>string[]</c> or nothing and returning int or void.
/// </summary>
internal sealed class ClientImage
{
    private ClientImage(string path, DriverLoadContext context, MethodInfo entry)
    {
        Path = path;
        Context = context;
        Entry = entry;
    }

    /// <summary>The assembly's full path.</summary>
    internal string Path { get; }

    /// <summary>The process's image name: the file name ("HelloClient.dll").</summary>
    internal string ImageName => System.IO.Path.GetFileName(Path);

    internal DriverLoadContext Context { get; }

    internal MethodInfo Entry { get; }

    /// <summary>Loads the client at <paramref name="clientAssemblyPath"/>; throws ArgumentException,
    /// FileNotFoundException or BadImageFormatException naming the file and what is wrong.</summary>
    internal static ClientImage Load(string clientAssemblyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientAssemblyPath);
        string path;
        try
        {
            path = System.IO.Path.GetFullPath(clientAssemblyPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"The client assembly path '{clientAssemblyPath}' is not a valid path: {e.Message}", nameof(clientAssemblyPath), e);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no client assembly {path}.", path);
        }

        var context = new DriverLoadContext($"NtSim client {System.IO.Path.GetFileName(path)}", path);
        try
        {
            var assembly = LoadAssembly(context, path);
            return new ClientImage(path, context, FindEntry(assembly, path));
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>The entry method as the process's main routine: its arguments passed when it takes them,
    /// 0 returned when it returns nothing. Exceptions reach the process unwrapped (an unhandled one ends it).</summary>
    internal Func<string[], int> Main()
    {
        var entry = Entry;
        var takesArgs = entry.GetParameters().Length == 1;
        return args =>
        {
            var result = entry.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, takesArgs ? [args] : [], culture: null);
            return result is int code ? code : 0;
        };
    }

    private static Assembly LoadAssembly(DriverLoadContext context, string path)
    {
        try
        {
            return context.LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException e)
        {
            throw new BadImageFormatException($"{path} is not a .NET assembly.", path, e);
        }
        catch (FileLoadException e)
        {
            throw new BadImageFormatException($"{path} could not be loaded: {e.Message}", path, e);
        }
    }

    private static MethodInfo FindEntry(Assembly assembly, string path)
    {
        if (assembly.EntryPoint is { } entryPoint)
        {
            return Check(entryPoint, path);
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new BadImageFormatException($"{path}: its types could not be loaded: {e.Message}", path, e);
        }

        var mains = types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Main" && IsMainShape(m))
            .ToList();
        return mains.Count switch
        {
            1 => mains[0],
            0 => throw new ArgumentException(
                $"{path} has no entry point: it is not an executable and declares no public static int Main(string[]) (or void Main).", nameof(path)),
            _ => throw new ArgumentException(
                $"{path} declares {mains.Count} public static Main methods ({string.Join(", ", mains.Select(m => m.DeclaringType!.FullName))}): which one runs is ambiguous.", nameof(path)),
        };
    }

    private static MethodInfo Check(MethodInfo entry, string path) => IsMainShape(entry)
        ? entry
        : throw new ArgumentException($"{path}: its entry point {entry.DeclaringType?.FullName}.{entry.Name} must take string[] or nothing and return int or void.", nameof(path));

    private static bool IsMainShape(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var arguments = parameters.Length == 0 || (parameters.Length == 1 && parameters[0].ParameterType == typeof(string[]));
        return arguments && !method.ContainsGenericParameters && (method.ReturnType == typeof(int) || method.ReturnType == typeof(void));
    }
}
