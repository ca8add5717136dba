using System.Text;
using System.Text.RegularExpressions;

namespace NtSim.Templates.Tests;

/// <summary>
/// The C# snippets of a Markdown page (its ```csharp blocks), each turned into a file that compiles
/// as the page shows it: its using directives stay at the top; a snippet that declares a type is
/// the file as written; one made of statements becomes the body of a method, as a reader pastes
/// statements into a test.
/// </summary>
internal static partial class MarkdownSnippets
{
    internal sealed record Snippet(string Page, int Line, string Code)
    {
        public override string ToString() => $"{Page}:{Line}";
    }

    internal static IReadOnlyList<Snippet> Extract(string page, string markdown)
    {
        var snippets = new List<Snippet>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].TrimEnd() != "```")
            {
                end++;
            }

            snippets.Add(new Snippet(page, start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return snippets;
    }

    /// <summary>The compilation unit for <paramref name="snippet"/>, its types and methods named after <paramref name="index"/>.</summary>
    internal static string ToCompilationUnit(Snippet snippet, int index)
    {
        var lines = snippet.Code.Split('\n');
        var usings = new List<string>();
        var first = 0;
        while (first < lines.Length && (UsingDirective().IsMatch(lines[first]) || lines[first].Trim().Length == 0))
        {
            if (lines[first].Trim().Length > 0)
            {
                usings.Add(lines[first].Trim());
            }

            first++;
        }

        var body = string.Join('\n', lines[first..]);
        var unit = new StringBuilder();
        unit.AppendLine($"// {snippet}");
        foreach (var directive in usings)
        {
            unit.AppendLine(directive);
        }

        if (TypeDeclaration().IsMatch(body))
        {
            unit.AppendLine(body);
        }
        else
        {
            unit.AppendLine($"internal static class Snippet{index}");
            unit.AppendLine("{");
            unit.AppendLine("    internal static void Run()");
            unit.AppendLine("    {");
            unit.AppendLine(body);
            unit.AppendLine("    }");
            unit.AppendLine("}");
        }

        return unit.ToString();
    }

    [GeneratedRegex(@"^using (static )?[A-Za-z0-9_.]+;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^(public |internal |file )?(sealed |static |abstract |readonly |partial )*(class|struct|record|interface|enum) ", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
