using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DfLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.VisualBasic;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="DockerfileAnalyzer"/> through <see cref="CompilationWithAnalyzers"/>, as the compiler does.</summary>
public sealed record AnalyzerRunner
{
    public IReadOnlyList<AdditionalText> Files { get; init; } = Array.Empty<AdditionalText>();
    public TestOptionsProvider Options { get; init; } = new();
    public IReadOnlyList<DockerfileRule>? Rules { get; init; }
    /// <summary>Like <c>/nowarn</c>, <c>/warnaserror+:ID</c>, rulesets.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> CommandLineSeverities { get; init; } = new Dictionary<string, ReportDiagnostic>();
    /// <summary>Like <c>.globalconfig</c> <c>dotnet_diagnostic.ID.severity</c>.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic>? GlobalConfigSeverities { get; init; }
    public bool GeneralWarningsAsErrors { get; init; }
    public string Language { get; init; } = LanguageNames.CSharp;

    public static AnalyzerRunner For(params (string Path, string Text)[] files)
        => new() { Files = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToArray() };

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> AnalyzerExceptions);

    public Result Run()
    {
        var exceptions = new List<Exception>();
        var compilation = CreateCompilation();
        var analyzer = Rules is null ? new DockerfileAnalyzer() : new DockerfileAnalyzer(Rules);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(Files.ToImmutableArray(), Options),
            onAnalyzerException: (ex, _, _) => { lock (exceptions) exceptions.Add(ex); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var cwa = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
        var diagnostics = cwa.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new Result(diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray(), exceptions);
    }

    private Compilation CreateCompilation()
    {
        var references = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        if (Language == LanguageNames.VisualBasic)
        {
            var vbOptions = new VisualBasicCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                specificDiagnosticOptions: CommandLineSeverities, generalDiagnosticOption: GeneralWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default);
            if (GlobalConfigSeverities is not null) vbOptions = vbOptions.WithSyntaxTreeOptionsProvider(new TestGlobalConfigSeverities(GlobalConfigSeverities));
            return VisualBasicCompilation.Create("Consumer",
                new[] { VisualBasicSyntaxTree.ParseText("Class C\nEnd Class\n") }, references, vbOptions);
        }
        var csOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            specificDiagnosticOptions: CommandLineSeverities, generalDiagnosticOption: GeneralWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default);
        if (GlobalConfigSeverities is not null) csOptions = csOptions.WithSyntaxTreeOptionsProvider(new TestGlobalConfigSeverities(GlobalConfigSeverities));
        return CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("class C { }") }, references, csOptions);
    }
}
