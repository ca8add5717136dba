using System.Reflection;
using System.Runtime.Loader;

namespace NtSim.Debugger.Extensions;

/// <summary>The collectible load context of one extension assembly: every assembly the host has (NtSim.Debugger above
/// all, so that IDebugExtension is the host's own type) comes from the default context; the extension's private
/// dependencies from its folder. <c>.unload</c> unloads it.</summary>
internal sealed class KdExtensionLoadContext(string name, string path) : AssemblyLoadContext("NtSim debugger extension " + name, isCollectible: true)
{
    private readonly string _folder = Path.GetDirectoryName(path) ?? ".";

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            var probe = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(probe) ? LoadFromAssemblyPath(probe) : null;
        }
    }
}
