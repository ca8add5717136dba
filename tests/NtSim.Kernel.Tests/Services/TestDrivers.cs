using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Reflection;
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
    /// (KernelModule.AddressOf: the routine's slot in the RoutineLayout of the whole assembly), from the
    /// assembly's metadata, without loading it.</summary>
    public static ulong RoutineAddress(string assemblyPath, ulong imageBase, string typeName, string methodName)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var routines = new List<RoutineLayout.Routine>();
        int? wanted = null;
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                var name = metadata.GetString(method.Name);
                var token = MetadataTokens.GetToken(methodHandle);
                if (name is ".ctor" or ".cctor")
                {
                    continue; // constructors are not routines a driver hands the kernel
                }

                routines.Add(new RoutineLayout.Routine(TypeName(metadata, type), name, ParameterCount(metadata, method), method.GetGenericParameters().Count, token));
                if (metadata.GetString(type.Name) == typeName && name == methodName)
                {
                    wanted = token;
                }
            }
        }

        var slot = wanted is { } t ? new RoutineLayout(routines, KernelModule.SlotCount).SlotOf(t) : null;
        return slot is { } s
            ? imageBase + KernelModule.FirstRoutineOffset + ((ulong)s * KernelModule.RoutineStride)
            : throw new InvalidOperationException($"{typeName}.{methodName} is not in {assemblyPath}");
    }

    /// <summary>The simulated address of <paramref name="method"/> in a module whose image is at <paramref name="imageBase"/>.</summary>
    public static ulong RoutineAddress(MethodInfo method, ulong imageBase) =>
        new KernelModule("routine", null, imageBase).AddressOf(method);

    private static string TypeName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var outer = type.GetDeclaringType();
        if (!outer.IsNil)
        {
            return TypeName(metadata, metadata.GetTypeDefinition(outer)) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length > 0 ? ns + "." + name : name;
    }

    private static int ParameterCount(MetadataReader metadata, MethodDefinition method)
    {
        var blob = metadata.GetBlobReader(method.Signature);
        if (blob.ReadSignatureHeader().IsGeneric)
        {
            blob.ReadCompressedInteger();
        }

        return blob.ReadCompressedInteger();
    }

    /// <summary>Where the first driver a machine loads is placed (KernelModule images start at fffff806`00000000).</summary>
    public const ulong FirstImageBase = 0xFFFF_F806_0000_0000;
}
