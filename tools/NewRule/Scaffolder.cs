using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DfLint.Rules;

namespace DfLint.Tools.NewRule;

public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}

public static class Repository
{
    /// <summary>The repository root: the nearest directory above <paramref name="start"/> with Analyzer.sln.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln"))) return dir.FullName;
        throw new UsageException("run this inside the DfLint repository (no Analyzer.sln above " + start + ")");
    }
}

/// <summary>What to create: <c>DF123 Run UseSomething</c>.</summary>
public sealed record ScaffoldRequest(string Id, RuleCategory Category, string Name, Severity Severity, string Title)
{
    public string ClassName => Id + Name;

    /// <summary>The ID range of each category (STYLE: 0xx Syntax, 1xx BaseImages, 2xx Run, 3xx Files, 4xx Runtime, 5xx Security).</summary>
    public static int RangeStart(RuleCategory category) => category switch
    {
        RuleCategory.Syntax => 0,
        RuleCategory.BaseImages => 100,
        RuleCategory.Run => 200,
        RuleCategory.Files => 300,
        RuleCategory.Runtime => 400,
        RuleCategory.Security => 500,
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static ScaffoldRequest Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var severity = Severity.Warning;
        string? title = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--severity" && i + 1 < args.Count)
            {
                severity = args[++i].ToLowerInvariant() switch
                {
                    "info" => Severity.Info,
                    "warning" => Severity.Warning,
                    "error" => Severity.Error,
                    var s => throw new UsageException($"'{s}' is not a severity (info, warning, error)"),
                };
            }
            else if (args[i] == "--title" && i + 1 < args.Count) title = args[++i];
            else if (args[i].StartsWith("-", StringComparison.Ordinal)) throw new UsageException($"unknown option '{args[i]}'");
            else positional.Add(args[i]);
        }
        if (positional.Count != 3) throw new UsageException("give an ID, a category and a name");
        string id = positional[0].ToUpperInvariant();
        if (id.Length != 5 || !id.StartsWith("DF", StringComparison.Ordinal) || !id.Substring(2).All(char.IsDigit))
            throw new UsageException($"'{positional[0]}' is not a rule ID (DF followed by three digits)");
        if (!Enum.TryParse<RuleCategory>(positional[1], true, out var category))
            throw new UsageException($"'{positional[1]}' is not a category ({string.Join(", ", Enum.GetNames<RuleCategory>())})");
        int number = int.Parse(id.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
        int start = RangeStart(category);
        if (number < start || number >= start + 100) throw new UsageException($"{id} is outside the {category} range DF{start:000}-DF{start + 99:000}");
        string name = positional[2];
        if (name.Length == 0 || !char.IsUpper(name[0]) || !name.All(char.IsLetterOrDigit))
            throw new UsageException($"'{name}' is not a PascalCase name such as UseTrustedRegistries");
        return new ScaffoldRequest(id, category, name, severity, title ?? Words(name));
    }

    /// <summary><c>UseTrustedRegistries</c> as a title: <c>Use trusted registries</c>.</summary>
    public static string Words(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c)) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>Creates the four files of a new rule from templates: the rule, its page, its sample and its test class.</summary>
public static class Scaffolder
{
    public static IReadOnlyList<string> Create(string root, ScaffoldRequest r)
    {
        if (RuleRegistry.Find(r.Id) is not null) throw new UsageException($"{r.Id} exists already; take the next free number");
        string cat = r.Category.ToString();
        var files = new (string Path, string Text)[]
        {
            (Path.Combine("src", "DfLint.Core", "Rules", cat, r.ClassName + ".cs"), RuleTemplate(r)),
            (Path.Combine("rules", r.Id + ".md"), PageTemplate(r)),
            (Path.Combine("samples", "rules", r.Id + ".Dockerfile"), SampleTemplate(r)),
            (Path.Combine("tests", "DfLint.Core.Tests", "Rules", cat, r.ClassName + "Tests.cs"), TestTemplate(r)),
        };
        foreach (var (path, _) in files)
            if (File.Exists(Path.Combine(root, path))) throw new UsageException($"{path} exists already");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("\r\n", "\n"));
        }
        return files.Select(f => f.Path.Replace('\\', '/')).ToList();
    }

    private static string SeverityName(Severity s) => s.ToString();

    public static string RuleTemplate(ScaffoldRequest r) => $$"""
        using DfLint.Syntax;

        namespace DfLint.Rules.{{r.Category}};

        /// <summary>TODO: one line on what {{r.Id}} reports.</summary>
        public sealed class {{r.ClassName}} : DockerfileRule
        {
            public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
                "{{r.Id}}", "{{r.Title}}",
                "TODO: a message about '{value}', one sentence, no trailing period",
                RuleCategory.{{r.Category}}, Severity.{{SeverityName(r.Severity)}},
                equivalents: new RuleEquivalent[] { },
                tags: new string[] { });

            public override RuleDescriptor Descriptor => Rule;

            // Subscribe to what the rule looks at: OnInstruction<T>, OnCommand(tool, subcommand), OnStage, OnFileEnd.
            public override void Initialize(RuleRegistration registration) => registration.OnInstruction<FromInstruction>(Analyze);

            private static void Analyze(FromInstruction from, RuleContext context)
            {
                // TODO: report the narrowest useful span, e.g.
                // context.Report(from.Keyword.Span, new MessageArgs { { "value", from.Keyword.Text } });
            }
        }

        """;

    public static string PageTemplate(ScaffoldRequest r) => $$"""
        # {{r.Id}}: {{r.Title}}

        Category: {{r.Category}} · Default severity: {{SeverityName(r.Severity).ToLowerInvariant()}}

        ## What it does

        TODO: what the rule reports, in one paragraph (the first paragraph is the rule's description in SARIF).

        ## Why is this bad?

        TODO: what goes wrong in the image or the build.

        ## Example

        ```dockerfile
        FROM TODO
        ```

        ## Use instead

        ```dockerfile
        FROM TODO
        ```

        ## Exceptions

        TODO: what the rule deliberately does not report, and what it cannot catch.

        """;

    public static string SampleTemplate(ScaffoldRequest r) => $$"""
        # {{r.Id}} sample: one violation marked with '# expect: {{r.Id}}' on the line above it, and a compliant near-miss.
        FROM alpine:3.20
        # expect: {{r.Id}}
        RUN TODO

        """;

    public static string TestTemplate(ScaffoldRequest r) => $$"""
        using DfLint.Rules.{{r.Category}};
        using DfLint.Testing;

        namespace DfLint.Core.Tests.Rules.{{r.Category}};

        public class {{r.ClassName}}Tests
        {
            [Fact]
            public void Sample() => SampleAssert.Verify("{{r.Id}}");

            [Fact]
            public void Reports_TODO() => RuleVerifier.Verify<{{r.ClassName}}>("FROM alpine:3.20\n[|TODO|]\n");

            [Theory]
            [InlineData("FROM alpine:3.20\n")]
            public void Accepts(string dockerfile) => RuleVerifier.Verify<{{r.ClassName}}>(dockerfile);
        }

        """;
}

/// <summary>Rewrites the files generated from the registry: the README's rule table, rules/equivalents.md and the analyzer's release rows.</summary>
public static class Sync
{
    public static IReadOnlyList<string> Run(string root)
    {
        var changed = new List<string>();
        var rules = RuleRegistry.Descriptors;
        Replace(root, "README.md", RuleCatalog.ReadmeTable(rules), changed);
        Replace(root, Path.Combine("rules", "equivalents.md"), RuleCatalog.EquivalentsTable(rules), changed);
        var releases = Path.Combine(root, "src", "DfLint.Analyzers", "AnalyzerReleases.Unshipped.md");
        var hostRows = File.ReadAllLines(releases).Where(l => l.Length > 5 && RuleRegistry.IsHostDiagnostic(l.Substring(0, 5)));
        Write(root, Path.Combine("src", "DfLint.Analyzers", "AnalyzerReleases.Unshipped.md"), RuleCatalog.AnalyzerReleasesUnshipped(rules, hostRows.ToList()), changed);
        return changed;
    }

    private static void Replace(string root, string relative, string generated, List<string> changed)
    {
        var path = Path.Combine(root, relative);
        var old = File.ReadAllText(path);
        Write(root, relative, RuleCatalog.ReplaceGenerated(old, generated), changed);
    }

    private static void Write(string root, string relative, string text, List<string> changed)
    {
        var path = Path.Combine(root, relative);
        if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == text) return;
        File.WriteAllText(path, text);
        changed.Add(relative.Replace('\\', '/'));
    }
}
