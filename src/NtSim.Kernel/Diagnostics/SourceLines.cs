using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>Where a routine's code is: the file and first line of a method, from the portable PDB of
/// its assembly (beside it or embedded), as a debugger finds a symbol's source. Used for routines
/// that have already returned when a rule is checked (a dispatch routine's IRQL or status), so no
/// stack frame of theirs is left to name them. Read once per assembly, only when a report needs it.</summary>
internal static class SourceLines
{
    // Weak on the assembly: a driver's collectible assembly is not kept alive by its symbols.
    private static readonly ConditionalWeakTable<Assembly, Symbols> s_symbols = [];

    /// <summary>The symbols of an assembly loaded from memory (an instrumented driver image), which
    /// has no file to find its PDB beside.</summary>
    internal static void Register(Assembly assembly, byte[] portablePdb) =>
        s_symbols.AddOrUpdate(assembly, Symbols.FromImage(portablePdb));

    /// <summary>"SampleDriver.cs:42" for the method's first line, or null without symbols.</summary>
    internal static string? Of(MethodBase method)
    {
        var symbols = s_symbols.GetValue(method.Module.Assembly, Symbols.Load);
        return symbols.Reader is { } reader ? FirstLine(reader, method.MetadataToken) : null;
    }

    private static string? FirstLine(MetadataReader reader, int token)
    {
        try
        {
            var handle = MetadataTokens.MethodDefinitionHandle(token & 0x00FF_FFFF);
            var info = reader.GetMethodDebugInformation(handle.ToDebugInformationHandle());
            foreach (var point in info.GetSequencePoints())
            {
                if (!point.IsHidden)
                {
                    // The PDB holds the build machine's path.
                    return SourceSite.Format(reader.GetString(reader.GetDocument(point.Document).Name), point.StartLine);
                }
            }
        }
        catch (BadImageFormatException)
        {
        }

        return null;
    }

    private sealed class Symbols
    {
        private Symbols(MetadataReaderProvider? provider)
        {
            Provider = provider;
            Reader = provider?.GetMetadataReader();
        }

        /// <summary>Owns the memory <see cref="Reader"/> reads.</summary>
        internal MetadataReaderProvider? Provider { get; }

        internal MetadataReader? Reader { get; }

        internal static Symbols FromImage(byte[] portablePdb)
        {
            try
            {
                return new Symbols(MetadataReaderProvider.FromPortablePdbImage([.. portablePdb]));
            }
            catch (BadImageFormatException)
            {
                return new Symbols(null);
            }
        }

        internal static Symbols Load(Assembly assembly)
        {
            var path = assembly.IsDynamic ? "" : assembly.Location;
            if (path.Length == 0 || !File.Exists(path))
            {
                return new Symbols(null);
            }

            try
            {
                using var pe = new PEReader(new MemoryStream(File.ReadAllBytes(path)));
                // The PDB is read into memory: no file stays open (a driver may be replaced on disk).
                if (pe.TryOpenAssociatedPortablePdb(path, p => File.Exists(p) ? new MemoryStream(File.ReadAllBytes(p)) : null, out var provider, out _))
                {
                    return new Symbols(provider);
                }
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
            {
            }

            return new Symbols(null);
        }
    }
}
