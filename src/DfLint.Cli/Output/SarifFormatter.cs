using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DfLint.Linting;
using DfLint.Rules;

namespace DfLint.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 as GitHub code scanning accepts it (research: sarif-ecosystem.md §0–§1).
/// <list type="bullet">
/// <item>One run. <c>tool.driver</c>: name <c>DfLint</c>, <c>version</c> and <c>semanticVersion</c> (the tool version),
/// <c>informationUri</c>, and <c>rules</c>: every rule of the registry sorted by ID (plus, after them, any rule that
/// fired but is not registered), each with id, PascalCase name, short/full description, help text and Markdown from
/// <c>rules/&lt;ID&gt;.md</c>, helpUri, default level (<c>none</c> when disabled by default) and tags.</item>
/// <item>Security-category rules get the tag <c>security</c> and <c>properties.security-severity</c>, a numeric string
/// derived from the default severity: error <c>"8.0"</c> (high), warning <c>"5.5"</c> (medium), info <c>"2.0"</c> (low).
/// Other rules get <c>problem.severity</c> (<c>error</c>, <c>warning</c> or <c>recommendation</c>).</item>
/// <item>Results in the order given: ruleId, ruleIndex, level, message.text, one location with a relative,
/// percent-encoded, forward-slash <c>uri</c> and <c>uriBaseId: "%SRCROOT%"</c>, and a full 1-based region whose
/// <c>endColumn</c> is exclusive; <c>partialFingerprints.primaryLocationLineHash</c> computed from the linted text
/// exactly as codeql-action's upload-sarif computes it (<see cref="LineHash"/>).</item>
/// <item><c>originalUriBaseIds.%SRCROOT%</c> is the working directory as a <c>file:///…/</c> URI. GitHub ignores it;
/// other viewers use it to open files.</item>
/// <item><c>invocations[0].executionSuccessful</c> is true (parse errors are DF000 results, not a failed run) and
/// <c>columnKind</c> is <c>utf16CodeUnits</c>. No timestamps or other run-dependent values besides the base URI.</item>
/// </list>
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SrcRoot = "%SRCROOT%";

    private readonly IReadOnlyList<RuleDescriptor>? _rules;
    private readonly Func<string, string?> _markdown;

    public SarifFormatter()
        : this(null, RuleDocs.GetMarkdown)
    {
    }

    /// <summary>For tests: a fixed rule list (null: the registry) and a source of rule pages.</summary>
    internal SarifFormatter(IReadOnlyList<RuleDescriptor>? rules, Func<string, string?> markdown)
    {
        _rules = rules;
        _markdown = markdown;
    }

    public string Name => "sarif";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ReportContext context)
    {
        var rules = new List<RuleDescriptor>(_rules ?? RuleRegistry.Descriptors);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++) index[rules[i].Id] = i;
        foreach (var extra in OutputText.AllFindings(reports).Select(x => x.Finding.Rule)
                     .Where(r => !index.ContainsKey(r.Id)).GroupBy(r => r.Id).Select(g => g.First())
                     .OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            index[extra.Id] = rules.Count;
            rules.Add(extra);
        }

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", OutputText.ToolName);
            json.WriteString("version", context.ToolVersion);
            json.WriteString("semanticVersion", context.ToolVersion);
            json.WriteString("informationUri", OutputText.InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SrcRoot);
            json.WriteString("uri", OutputText.DirectoryFileUri(context.WorkingDirectory));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                if (report.Result.Findings.Count == 0) continue;
                var hashes = LineHash.Compute(report.Result.Source.Text);
                string uri = ArtifactUri(report.DisplayPath);
                foreach (var finding in report.Result.Findings)
                    WriteResult(json, report.Result, finding, index[finding.RuleId], uri, hashes);
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        string? markdown = _markdown(rule.Id);
        string? summary = markdown is null ? null : RuleDocs.FirstParagraph(markdown, "What it does");
        string? body = markdown is null ? null : WithoutTitle(markdown);
        if (string.IsNullOrWhiteSpace(body)) body = null;
        string helpText = body is null ? rule.Title + ". See " + rule.HelpUri : RuleDocs.ToPlainText(body);

        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", string.IsNullOrWhiteSpace(summary) ? rule.Title : summary);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", helpText);
        if (body is not null) json.WriteString("markdown", body);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.EnabledByDefault ? Level(rule.DefaultSeverity) : "none");
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in Tags(rule)) json.WriteStringValue(tag);
        json.WriteEndArray();
        if (rule.Category == RuleCategory.Security)
        {
            json.WriteString("security-severity", SecuritySeverity(rule.DefaultSeverity));
        }
        else
        {
            json.WriteString("problem.severity", rule.DefaultSeverity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "recommendation",
            });
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintResult result, Finding finding, int ruleIndex, string uri,
        IReadOnlyList<string> hashes)
    {
        var location = FindingLocation.Of(result, finding);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", SrcRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        // The hasher numbers lines at CR, LF and CRLF, SourceText at LF only; upload-sarif looks the hash up by
        // region.startLine in its own numbering, so this does too.
        if (location.Line >= 1 && location.Line <= hashes.Count)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString("primaryLocationLineHash", hashes[location.Line - 1]);
            json.WriteEndObject();
        }
        FixOutput.WriteSarif(json, result, finding, uri, SrcRoot);
        json.WriteEndObject();
    }

    /// <summary>The display path as a relative URI reference: percent-encoded, forward slashes, no leading <c>./</c>.</summary>
    internal static string ArtifactUri(string displayPath)
    {
        var path = displayPath.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
        return OutputText.EncodeUriPath(path);
    }

    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    internal static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Error => "8.0",
        Severity.Warning => "5.5",
        _ => "2.0",
    };

    /// <summary><c>dockerfile</c>, the category in kebab case, <c>security</c> for security rules, then the descriptor's tags; unique, at most 20.</summary>
    internal static IReadOnlyList<string> Tags(RuleDescriptor rule)
    {
        var tags = new List<string>();
        void Add(string tag)
        {
            if (!string.IsNullOrWhiteSpace(tag) && !tags.Contains(tag, StringComparer.Ordinal)) tags.Add(tag);
        }
        Add("dockerfile");
        Add(KebabCase(rule.Category.ToString()));
        if (rule.Category == RuleCategory.Security) Add("security");
        foreach (var tag in rule.Tags) Add(tag);
        return tags.Count > 20 ? tags.GetRange(0, 20) : tags;
    }

    /// <summary>The title in PascalCase without punctuation: "Avoid the latest tag" → "AvoidTheLatestTag".</summary>
    internal static string PascalName(string title)
    {
        var sb = new StringBuilder(title.Length);
        bool upper = true;
        foreach (char c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else if (c != '\'')
            {
                upper = true;
            }
        }
        return sb.ToString();
    }

    private static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    /// <summary>The page without its <c># DFnnn: Title</c> first line, which the rule panel already shows.</summary>
    private static string WithoutTitle(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (text.StartsWith("# ", StringComparison.Ordinal))
        {
            int newline = text.IndexOf('\n');
            text = newline < 0 ? string.Empty : text.Substring(newline + 1);
        }
        return text.Trim('\n');
    }
}
