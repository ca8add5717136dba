using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace NtSim;

/// <summary>
/// Rewrites a driver assembly's IL in memory before it is loaded, as systematic concurrency testers
/// rewrite assemblies: a call to <see cref="Probes.Enter"/> at the start of every method body and a
/// call to <see cref="Probes.BackEdge"/> before every branch to an earlier instruction (a loop's
/// back-edge), and a call to <see cref="Probes.Line"/> at every visible sequence point (a source line's
/// code starts there), each with the probe's id. The portable PDB is read with the assembly and written
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

    /// <summary>The method's entry, then in instruction order each visible sequence point's line probe and each
    /// instruction that branches back (offsets as read). At one instruction the line probe comes before the
    /// back-edge probe, so the line's sequence point and the branches to it reach the line probe first.</summary>
    private static void CollectSites(MethodDefinition method, List<(MethodDefinition, Instruction, ProbeKind)> sites)
    {
        var instructions = method.Body.Instructions;
        sites.Add((method, instructions[0], ProbeKind.MethodEntry));
        var lines = method.DebugInformation.HasSequencePoints
            ? method.DebugInformation.SequencePoints.Where(p => !p.IsHidden).Select(p => p.Offset).ToHashSet()
            : [];
        foreach (var instruction in instructions)
        {
            if (lines.Contains(instruction.Offset))
            {
                sites.Add((method, instruction, ProbeKind.Line));
            }

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
        var line = module.ImportReference(typeof(Probes).GetMethod(nameof(Probes.Line))!);
        MethodDefinition? current = null;
        Dictionary<Instruction, int> points = [];
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
                points = SequencePointsByInstruction(method);
            }

            var il = body.GetILProcessor();
            var load = il.Create(OpCodes.Ldc_I4, firstId + i);
            il.InsertBefore(at, load);
            il.InsertAfter(load, il.Create(OpCodes.Call, kind switch
            {
                ProbeKind.MethodEntry => enter,
                ProbeKind.Line => line,
                _ => backEdge,
            }));
            if (kind != ProbeKind.MethodEntry)
            {
                // Whatever reached the instruction (the line's sequence point, branches, handler bounds) now
                // reaches the probe first; a method's first instruction keeps its references to the line probe
                // after the entry probe, so a loop back to it skips the entry probe.
                Retarget(method, at, load, points);
            }
        }

        current?.Body.OptimizeMacros();
    }

    /// <summary>Every reference to <paramref name="from"/> (branches, handler bounds, the sequence
    /// point) now refers to <paramref name="to"/>, inserted just before it.</summary>
    private static void Retarget(MethodDefinition method, Instruction from, Instruction to, Dictionary<Instruction, int> points)
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

        if (!points.Remove(from, out var index))
        {
            return;
        }

        var sequencePoints = method.DebugInformation.SequencePoints;
        var point = sequencePoints[index];
        sequencePoints[index] = new SequencePoint(to, point.Document)
        {
            StartLine = point.StartLine,
            StartColumn = point.StartColumn,
            EndLine = point.EndLine,
            EndColumn = point.EndColumn,
        };
        points[to] = index;
    }

    /// <summary>Each sequence point's instruction (by the offsets as read, before any probe went in: inserted
    /// instructions have no offset of their own until the method is written).</summary>
    private static Dictionary<Instruction, int> SequencePointsByInstruction(MethodDefinition method)
    {
        var points = new Dictionary<Instruction, int>();
        if (!method.DebugInformation.HasSequencePoints)
        {
            return points;
        }

        var byOffset = new Dictionary<int, Instruction>();
        foreach (var instruction in method.Body.Instructions)
        {
            byOffset.TryAdd(instruction.Offset, instruction);
        }

        var sequencePoints = method.DebugInformation.SequencePoints;
        for (var k = 0; k < sequencePoints.Count; k++)
        {
            if (byOffset.TryGetValue(sequencePoints[k].Offset, out var instruction))
            {
                points.TryAdd(instruction, k);
            }
        }

        return points;
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
