using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DfLint.Linting;
using DfLint.Rules;
using DfLint.Semantics;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Linting;

/// <summary>The rule contract: subscriptions, one walk, named message arguments, fixes, options, isolation, cancellation.</summary>
public class RuleContractTests
{
    private static readonly RuleDescriptor Probe = RuleDescriptor.Create("DF990", "Probe the walk", "Saw '{what}'", RuleCategory.Syntax, Severity.Info);

    private static LintResult Lint(string text, DockerfileRule rule, LintOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LintOptions();
        options = options with { Severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase) { [rule.Descriptor.Id] = ConfiguredSeverity.Info } };
        return Linter.Lint(text, options, BuildContext.Unknown, new[] { rule }, ct);
    }

    private sealed class Recorder : DockerfileRule
    {
        public List<string> Events { get; } = new();

        public override RuleDescriptor Descriptor => Probe;

        public override void Initialize(RuleRegistration r)
        {
            r.OnStage((stage, c) => Events.Add("stage " + stage.DisplayName));
            r.OnInstruction<FileTransferInstruction>((i, c) => Events.Add("transfer " + i.Keyword.Text));
            r.OnInstruction<RunInstruction>((i, c) => Events.Add("run"));
            r.OnCommand(ShellTool.AptGet, "install", (site, c) => Events.Add("apt-get install in stage " + site.Stage!.DisplayName));
            r.OnCommand(CommandTraits.PackageIndexUpdate, (site, c) => Events.Add("index update " + site.Text));
            r.OnFileEnd(c => Events.Add("end"));
        }
    }

    [Fact]
    public void One_walk_calls_handlers_in_file_order()
    {
        var rule = new Recorder();
        Lint("FROM debian:12 AS a\nRUN apt-get update && apt-get install -y curl\nCOPY x /x\nFROM a\nADD y /y\nRUN echo hi\n", rule);
        rule.Events.Should().Equal(
            "stage a", "run", "index update apt-get update", "apt-get install in stage a", "transfer COPY",
            "stage 1", "transfer ADD", "run", "end");
    }

    [Fact]
    public void Recognised_commands_are_computed_once_per_run()
    {
        var syntax = DfLint.Parsing.DockerfileParser.Parse("FROM debian:12\nRUN apt-get install -y curl\n");
        var model = SemanticModel.Create(syntax);
        var run = syntax.Instructions.OfType<RunInstruction>().Single();
        model.Commands(run).Should().BeSameAs(model.Commands(run));
        model.RecognizedCommandsOf(run).Should().ContainSingle().Which.Tool.Should().Be(ShellTool.AptGet);
    }

    [Fact]
    public void Handlers_are_registered_once_per_rule_instance()
    {
        var rule = new CountingInit();
        Lint("FROM a\n", rule);
        Lint("FROM b\n", rule);
        rule.Initializations.Should().Be(1);
    }

    private sealed class CountingInit : DockerfileRule
    {
        public int Initializations;
        public override RuleDescriptor Descriptor => Probe;
        public override void Initialize(RuleRegistration r)
        {
            Initializations++;
            r.OnFileEnd(c => { });
        }
    }

    [Fact]
    public void Registering_outside_initialize_is_refused()
    {
        var rule = new Leaky();
        Lint("FROM a\n", rule);
        var act = () => rule.Saved!.OnFileEnd(c => { });
        act.Should().Throw<InvalidOperationException>();
    }

    private sealed class Leaky : DockerfileRule
    {
        public RuleRegistration? Saved;
        public override RuleDescriptor Descriptor => Probe;
        public override void Initialize(RuleRegistration r) => Saved = r;
    }

    [Fact]
    public void Messages_are_built_from_named_arguments()
    {
        var rule = new Reporting((c, span) => c.Report(span, new MessageArgs { { "what", "FROM" } }));
        Lint("FROM a\n", rule).Findings.Single().Message.Should().Be("Saw 'FROM'");
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("extra")]
    public void A_wrong_argument_is_an_internal_error_of_that_rule(string mistake)
    {
        var rule = new Reporting((c, span) => c.Report(span, mistake == "missing"
            ? new MessageArgs()
            : new MessageArgs { { "what", "x" }, { "other", 2 } }));
        var finding = Lint("FROM a\n", rule).Findings.Single();
        finding.Message.Should().StartWith("internal error in rule DF990").And.Contain(mistake == "missing" ? "'what'" : "'other'");
    }

    private sealed class Reporting : DockerfileRule
    {
        private readonly Action<RuleContext, SourceSpan> _report;
        public Reporting(Action<RuleContext, SourceSpan> report) => _report = report;
        public override RuleDescriptor Descriptor => Probe;
        public override void Initialize(RuleRegistration r) => r.OnInstruction<FromInstruction>((i, c) => _report(c, i.Keyword.Span));
    }

    [Fact]
    public void Templates_parse_named_placeholders_and_escaped_braces()
    {
        var t = MessageTemplate.Parse("'{a}' and {{literal}} and '{b}' again '{a}'");
        t.Placeholders.Should().Equal("a", "b");
        t.Format(new MessageArgs { { "a", "1" }, { "b", 2.5 } }).Should().Be("'1' and {literal} and '2.5' again '1'");
    }

    [Theory]
    [InlineData("'{'")]
    [InlineData("x}")]
    [InlineData("{a b}")]
    [InlineData("{}")]
    public void Bad_templates_are_refused(string template)
        => FluentActions.Invoking(() => MessageTemplate.Parse(template)).Should().Throw<FormatException>();

    [Fact]
    public void A_failing_handler_stops_only_its_rule()
    {
        var crashing = new Reporting((c, span) => throw new InvalidOperationException("boom"));
        var options = new LintOptions
        {
            Severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase) { ["DF990"] = ConfiguredSeverity.Info },
        };
        var result = Linter.Lint("FROM a:latest\nFROM b:latest\n", options, null, new DockerfileRule[] { crashing, new DfLint.Rules.BaseImages.DF101AvoidLatestTag() });
        result.Findings.Count(f => f.RuleId == "DF990").Should().Be(1, "one internal error, although the handler would run twice");
        result.Findings.Count(f => f.RuleId == "DF101").Should().Be(2);
    }

    [Fact]
    public void Cancellation_stops_the_walk()
    {
        using var cts = new CancellationTokenSource();
        var rule = new Reporting((c, span) => cts.Cancel());
        var act = () => Lint("FROM a\nFROM b\n", rule, ct: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fixes_travel_with_the_finding()
    {
        var rule = new Reporting((c, span) => c.Report(span, new MessageArgs { { "what", "FROM" } })
            .WithFix("Lower-case it", FixSafety.Safe, TextEdit.Replace(span, "from")));
        var finding = Lint("FROM a\n", rule).Findings.Single();
        finding.Fixes.Should().ContainSingle().Which.ApplyTo("FROM a\n").Should().Be("from a\n");
    }

    [Fact]
    public void Edits_of_one_fix_never_overlap()
    {
        FluentActions.Invoking(() => new Fix("x", FixSafety.Safe, TextEdit.Replace(new SourceSpan(0, 4), "a"), TextEdit.Replace(new SourceSpan(2, 4), "b")))
            .Should().Throw<ArgumentException>().WithMessage("*overlap*");
        FluentActions.Invoking(() => new Fix("x", FixSafety.Safe, TextEdit.Insert(3, "a"), TextEdit.Insert(3, "b")))
            .Should().Throw<ArgumentException>();
        new Fix("x", FixSafety.Safe, TextEdit.Insert(5, "!"), TextEdit.Replace(new SourceSpan(0, 1), "J"))
            .ApplyTo("jello").Should().Be("Jello!");
    }

    private static readonly RuleOption Limit = RuleOption.Integer("probe_limit", 3, "How many.");
    private static readonly RuleOption Names = RuleOption.List("probe_names", "Which.");
    private static readonly RuleDescriptor WithOptions = RuleDescriptor.Create("DF991", "Probe options", "{value}", RuleCategory.Syntax, Severity.Info,
        options: new[] { Limit, Names });

    private sealed class OptionReader : DockerfileRule
    {
        private readonly RuleOption _read;
        public OptionReader(RuleOption read) => _read = read;
        public override RuleDescriptor Descriptor => WithOptions;
        public override void Initialize(RuleRegistration r) => r.OnFileEnd(c => c.Report(default, new MessageArgs
        {
            { "value", _read.Type == RuleOptionType.List ? string.Join("|", c.GetList(_read)) : c.GetInteger(_read).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        }));
    }

    [Theory]
    [InlineData(null, "3")]
    [InlineData("7", "7")]
    [InlineData("seven", "3")]
    public void Options_read_their_declared_type_and_default(string? configured, string expected)
    {
        var options = new LintOptions();
        if (configured is not null) options = options with { RuleOptions = new Dictionary<string, string> { ["probe_limit"] = configured } };
        Lint("FROM a\n", new OptionReader(Limit), options).Findings.Single().Message.Should().Be(expected);
    }

    [Fact]
    public void List_options_are_trimmed_and_drop_empty_items()
    {
        var options = new LintOptions { RuleOptions = new Dictionary<string, string> { ["probe_names"] = " a, ,b ," } };
        Lint("FROM a\n", new OptionReader(Names), options).Findings.Single().Message.Should().Be("a|b");
    }

    [Fact]
    public void Reading_an_undeclared_option_is_a_rule_bug()
        => Lint("FROM a\n", new OptionReader(RuleOption.Boolean("other", false, "x")))
            .Findings.Single().Message.Should().Contain("without declaring it");
}

