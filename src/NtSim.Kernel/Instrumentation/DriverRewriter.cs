using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace NtSim;

/// <summary>
/// Rewrites a driver assembly's IL in memory before it is loaded, as systematic concurrency testers
/// rewrite assemblies: a call to <see cref="Probes.Enter"/> at the start of every method body and a
/// call to <see cref="Probes.BackEdge"/> before every branch to an earlier instruction (a loop's
/// back-edge), each with the probe's id. The portable PDB is read with the assembly and written
/// anew beside it, so stack traces of the rewritten code keep their files and lines.
/// </summary>
internal static class DriverRewriter
{
    /// <summary>The rewritten image: the assembly and its portable PDB (null without symbols), and its probes.</summary>
    internal sealed record Image(byte[] Assembly, byte[]? Symbols, ProbeTable Probes);

    /// <summary>Rewrites the assembly at <paramref name="path"/> (its PDB beside it or embedded, if any).
    /// Throws <see cref="BadImageFormatException"/> if it is not a .NET assembly.</summary>
    internal static Image Rewrite(string path)
    {
        using var module = Read(path);
        var sites = new List<(MethodDefinition Method, Instruction At, ProbeKind Kind)>();
        foreach (var type in module.GetTypes())
        {
            foreach (var method in type.Methods)
            {
                if (method.HasBody && method.Body.Instructions.Count > 0)
                {
                    CollectSites(method, sites);
                }
            }
        }

        var firstId = ProbeTable.ReserveIds(Math.Max(sites.Count, 1));
        var table = new ProbeSite[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            var (method, at, kind) = sites[i];
            var (file, line) = SourceOf(method, at, kind);
            table[i] = new ProbeSite(firstId + i, kind, NameOf(method), at.Offset, file, line);
        }

        Insert(module, sites, firstId);
        var assembly = new MemoryStream();
        var symbols = module.HasSymbols ? new MemoryStream() : null;
        module.Write(assembly, new WriterParameters
        {
            WriteSymbols = symbols is not null,
            SymbolStream = symbols,
            SymbolWriterProvider = symbols is null ? null : new PortablePdbWriterProvider(),
        });
        return new Image(assembly.ToArray(), symbols?.ToArray(), ProbeTable.Create(module.Assembly.Name.Name, firstId, table));
    }

    private static ModuleDefinition Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        if (File.Exists(pdbPath))
        {
            try
            {
                return ModuleDefinition.ReadModule(new MemoryStream(bytes), new ReaderParameters
                {
                    ReadingMode = ReadingMode.Immediate,
                    ReadSymbols = true,
                    SymbolStream = new MemoryStream(File.ReadAllBytes(pdbPath)),
                    SymbolReaderProvider = new PortablePdbReaderProvider(),
                });
            }
            catch (Exception e) when (e is SymbolsNotMatchingException or BadImageFormatException or InvalidOperationException)
            {
                // A PDB of another build (or not a portable one): rewrite without symbols.
            }
        }

        try
        {
            // An embedded PDB, if the assembly has one.
            return ModuleDefinition.ReadModule(new MemoryStream(bytes), new ReaderParameters
            {
                ReadingMode = ReadingMode.Immediate,
                ReadSymbols = true,
                SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false),
            });
        }
        catch (Exception e) when (e is SymbolsNotMatchingException or InvalidOperationException)
        {
            return ModuleDefinition.ReadModule(new MemoryStream(bytes), new ReaderParameters { ReadingMode = ReadingMode.Immediate });
        }
    }

    /// <summary>The method's entry, then each instruction that branches back (offsets as read).</summary>
    private static void CollectSites(MethodDefinition method, List<(MethodDefinition, Instruction, ProbeKind)> sites)
    {
        var instructions = method.Body.Instructions;
        sites.Add((method, instructions[0], ProbeKind.MethodEntry));
        foreach (var instruction in instructions)
        {
            if (IsBackEdge(instruction))
            {
                sites.Add((method, instruction, ProbeKind.BackEdge));
            }
        }
    }

    private static bool IsBackEdge(Instruction instruction) => instruction.Operand switch
    {
        Instruction target => target.Offset <= instruction.Offset,
        Instruction[] targets => targets.Any(t => t.Offset <= instruction.Offset),
        _ => false,
    };

    private static void Insert(ModuleDefinition module, List<(MethodDefinition Method, Instruction At, ProbeKind Kind)> sites, int firstId)
    {
        var enter = module.ImportReference(typeof(Probes).GetMethod(nameof(Probes.Enter))!);
        var backEdge = module.ImportReference(typeof(Probes).GetMethod(nameof(Probes.BackEdge))!);
        MethodDefinition? current = null;
        for (var i = 0; i < sites.Count; i++)
        {
            var (method, at, kind) = sites[i];
            var body = method.Body;
            if (method != current)
            {
                if (current is not null)
                {
                    current.Body.OptimizeMacros();
                }

                current = method;
                body.SimplifyMacros();
            }

            var il = body.GetILProcessor();
            var load = il.Create(OpCodes.Ldc_I4, firstId + i);
            il.InsertBefore(at, load);
            il.InsertAfter(load, il.Create(OpCodes.Call, kind == ProbeKind.MethodEntry ? enter : backEdge));
            if (kind == ProbeKind.BackEdge)
            {
                // Whatever reached the branch now reaches the probe first; a method's first
                // instruction keeps its references, so a loop back to it skips the entry probe.
                Retarget(method, at, load);
            }
        }

        current?.Body.OptimizeMacros();
    }

    /// <summary>Every reference to <paramref name="from"/> (branches, handler bounds, the sequence
    /// point) now refers to <paramref name="to"/>, inserted just before it.</summary>
    private static void Retarget(MethodDefinition method, Instruction from, Instruction to)
    {
        var body = method.Body;
        foreach (var instruction in body.Instructions)
        {
            if (instruction.Operand == from)
            {
                instruction.Operand = to;
            }
            else if (instruction.Operand is Instruction[] targets)
            {
                for (var k = 0; k < targets.Length; k++)
                {
                    if (targets[k] == from)
                    {
                        targets[k] = to;
                    }
                }
            }
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            handler.TryStart = handler.TryStart == from ? to : handler.TryStart;
            handler.TryEnd = handler.TryEnd == from ? to : handler.TryEnd;
            handler.HandlerStart = handler.HandlerStart == from ? to : handler.HandlerStart;
            handler.HandlerEnd = handler.HandlerEnd == from ? to : handler.HandlerEnd;
            handler.FilterStart = handler.FilterStart == from ? to : handler.FilterStart;
        }

        if (!method.DebugInformation.HasSequencePoints)
        {
            return;
        }

        var points = method.DebugInformation.SequencePoints;
        for (var k = 0; k < points.Count; k++)
        {
            var point = points[k];
            if (point.Offset == from.Offset)
            {
                points[k] = new SequencePoint(to, point.Document)
                {
                    StartLine = point.StartLine,
                    StartColumn = point.StartColumn,
                    EndLine = point.EndLine,
                    EndColumn = point.EndColumn,
                };
            }
        }
    }

    /// <summary>The visible sequence point that covers the instruction (for an entry, the method's first).</summary>
    private static (string? File, int Line) SourceOf(MethodDefinition method, Instruction at, ProbeKind kind)
    {
        if (!method.DebugInformation.HasSequencePoints)
        {
            return (null, 0);
        }

        SequencePoint? found = null;
        foreach (var point in method.DebugInformation.SequencePoints)
        {
            if (point.IsHidden)
            {
                continue;
            }

            if (kind == ProbeKind.MethodEntry || point.Offset > at.Offset)
            {
                found ??= point;
                break;
            }

            found = point;
        }

        return found is null ? (null, 0) : (found.Document.Url, found.StartLine);
    }

    private static string NameOf(MethodDefinition method)
    {
        var type = method.DeclaringType;
        var name = type.Name;
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            name = outer.Name + "+" + name;
        }

        return name + "." + method.Name;
    }
}
