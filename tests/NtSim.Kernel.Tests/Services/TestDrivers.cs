using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace NtSim.Tests.Services;

/// <summary>The driver assemblies of tests/Drivers, as the build copies them to &lt;output&gt;/drivers,
/// and facts about them read without loading them (source lines, routine addresses).</summary>
internal static class TestDrivers
{
    public static string Hello => PathOf("Hello");

    public static string Leaky => PathOf("Leaky");

    public static string PathOf(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "drivers", name + ".dll");
        Assert.True(File.Exists(path), $"{path} is missing: tests/Drivers/TestDrivers.targets copies the test drivers there at build.");
        return path;
    }

    /// <summary>The line of tests/Drivers/&lt;driver&gt;/&lt;file&gt; that carries <paramref name="marker"/>.</summary>
    public static int LineOf(string driver, string file, string marker, [CallerFilePath] string caller = "")
    {
        var source = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "Drivers", driver, file));
        var lines = File.ReadAllLines(source);
        var index = Array.FindIndex(lines, l => l.Contains("// " + marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line marked '{marker}' in {source}");
        return index + 1;
    }

    /// <summary>The simulated address of a routine of a driver whose image is at <paramref name="imageBase"/>
    /// (KernelModule.AddressOf: 0x1000 + the method's row * 0x10), from the assembly's metadata.</summary>
    public static ulong RoutineAddress(string assemblyPath, ulong imageBase, string typeName, string methodName)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            if (metadata.GetString(type.Name) != typeName)
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                if (metadata.GetString(metadata.GetMethodDefinition(methodHandle).Name) == methodName)
                {
                    return imageBase + 0x1000 + ((ulong)MetadataTokens.GetRowNumber(methodHandle) * 0x10);
                }
            }
        }

        throw new InvalidOperationException($"{typeName}.{methodName} is not in {assemblyPath}");
    }

    /// <summary>Where the first driver a machine loads is placed (KernelModule images start at fffff806`00000000).</summary>
    public const ulong FirstImageBase = 0xFFFF_F806_0000_0000;
}
