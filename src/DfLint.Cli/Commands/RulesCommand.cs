using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DfLint.Cli.Output;
using DfLint.Rules;

namespace DfLint.Cli.Commands;

/// <summary><c>dflint rules [ID] [--format table|json|markdown]</c>: the rule list, or one rule's page.</summary>
public static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID") { Description = "A rule ID (e.g. DF101): print that rule's documentation.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "table (the default), json or markdown.", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var command = new Command("rules", "List the rules, or show one rule's documentation.") { id, format };
        command.SetAction(pr => Run(context, pr.GetValue(id), pr.GetValue(format) ?? "table"));
        return command;
    }

    public static int Run(CliContext context, string? ruleId, string format)
    {
        var output = context.Stdout;
        if (ruleId is not null)
        {
            var rule = RuleRegistry.Find(ruleId) ?? throw new CliException($"unknown rule '{ruleId}' (run 'dflint rules' for the list)");
            switch (format)
            {
                case "json":
                    WriteJson(output, new[] { rule }, single: true);
                    break;
                case "markdown":
                    output.Write(EnsureNewline(RuleDocs.GetMarkdown(rule.Id) ?? Summary(rule)));
                    break;
                default:
                    output.Write(EnsureNewline(RuleDocs.GetPlainText(rule.Id) ?? Summary(rule)));
                    break;
            }
            return ExitCodes.Success;
        }

        var rules = RuleRegistry.Descriptors;
        switch (format)
        {
            case "json": WriteJson(output, rules, single: false); break;
            case "markdown": WriteMarkdownTable(output, rules); break;
            default: WriteTable(output, rules); break;
        }
        return ExitCodes.Success;
    }

    private static string Severity(RuleDescriptor rule)
        => rule.EnabledByDefault ? rule.DefaultSeverity.ToString().ToLowerInvariant() : "off (" + rule.DefaultSeverity.ToString().ToLowerInvariant() + ")";

    private static string Summary(RuleDescriptor rule)
        => $"{rule.Id}: {rule.Title}\n\nCategory: {rule.Category}. Default severity: {Severity(rule)}.\nMore: {rule.HelpUri}\n";

    private static string EnsureNewline(string s) => s.EndsWith("\n", StringComparison.Ordinal) ? s : s + "\n";

    private static void WriteTable(TextWriter output, IReadOnlyList<RuleDescriptor> rules)
    {
        string[] headers = { "ID", "SEVERITY", "CATEGORY", "TITLE" };
        var rows = rules.Select(r => new[] { r.Id, Severity(r), r.Category.ToString(), r.Title }).ToList();
        var widths = Enumerable.Range(0, 3).Select(c => Math.Max(headers[c].Length, rows.Select(r => r[c].Length).DefaultIfEmpty(0).Max())).ToArray();
        void Row(string[] cells)
        {
            var sb = new StringBuilder();
            for (int c = 0; c < 3; c++) sb.Append(cells[c].PadRight(widths[c])).Append("  ");
            sb.Append(cells[3]);
            output.WriteLine(sb.ToString());
        }
        Row(headers);
        foreach (var row in rows) Row(row);
    }

    private static void WriteMarkdownTable(TextWriter output, IReadOnlyList<RuleDescriptor> rules)
    {
        output.WriteLine("| ID | Severity | Category | Title |");
        output.WriteLine("|----|----------|----------|-------|");
        foreach (var r in rules)
            output.WriteLine($"| [{r.Id}]({r.HelpUri}) | {Severity(r)} | {r.Category} | {r.Title.Replace("|", "\\|")} |");
    }

    private static void WriteJson(TextWriter output, IEnumerable<RuleDescriptor> rules, bool single)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            if (!single) json.WriteStartArray();
            foreach (var r in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("title", r.Title);
                json.WriteString("category", r.Category.ToString());
                json.WriteString("defaultSeverity", r.DefaultSeverity.ToString().ToLowerInvariant());
                json.WriteBoolean("enabledByDefault", r.EnabledByDefault);
                json.WriteString("helpUri", r.HelpUri);
                json.WriteStartArray("equivalents");
                foreach (var e in r.Equivalents)
                {
                    json.WriteStartObject();
                    json.WriteString("tool", RuleEquivalent.ToolName(e.Tool));
                    json.WriteString("id", e.Id);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            if (!single) json.WriteEndArray();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
        output.Write('\n');
    }
}
