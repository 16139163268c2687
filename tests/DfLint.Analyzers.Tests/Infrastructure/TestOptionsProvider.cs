using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer config options as the compiler would hand them over: global keys plus keys per additional file path.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Options> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        GlobalOptions = new Options(global ?? new Dictionary<string, string>());
        _perFile = (perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToDictionary(kv => kv.Key, kv => new Options(kv.Value), StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _perFile.TryGetValue(textFile.Path, out var o) ? o : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly ImmutableDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values)
            => _values = values.ToImmutableDictionary(KeyComparer);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

/// <summary>What a <c>.globalconfig</c> gives the compiler: <c>dotnet_diagnostic.ID.severity</c> for the whole compilation.</summary>
public sealed class TestGlobalConfigSeverities : SyntaxTreeOptionsProvider
{
    private readonly IReadOnlyDictionary<string, ReportDiagnostic> _global;

    public TestGlobalConfigSeverities(IReadOnlyDictionary<string, ReportDiagnostic> global) => _global = global;

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => _global.TryGetValue(diagnosticId, out severity);
}
