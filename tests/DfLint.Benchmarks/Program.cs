using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DfLint.Linting;
using DfLint.Parsing;
using DfLint.Testing;

namespace DfLint.Benchmarks;

/// <summary>
/// Parse and lint throughput. Run: <c>dotnet run -c Release --project tests/DfLint.Benchmarks -- --filter '*'</c>.
/// The custom columns report MB/s and files/s from the size of the inputs.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private List<string> _corpus = null!;
    private string _synthetic = null!;
    private long _corpusChars;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Files().Select(Corpus.Read).ToList();
        _corpusChars = _corpus.Sum(t => (long)t.Length);
        _synthetic = Synthetic(10 * 1024 * 1024);
        Console.WriteLine($"// corpus: {_corpus.Count} files, {_corpusChars / 1e6:F2} M chars; synthetic: {_synthetic.Length / 1e6:F2} M chars");
    }

    [Benchmark(Description = "parse whole corpus (4,042 files)")]
    public int ParseCorpus()
    {
        int n = 0;
        foreach (var t in _corpus) n += DockerfileParser.Parse(t).Instructions.Count;
        return n;
    }

    [Benchmark(Description = "parse synthetic 10 MB file")]
    public int ParseSynthetic() => DockerfileParser.Parse(_synthetic).Instructions.Count;

    [Benchmark(Description = "lint whole corpus, all default rules")]
    public int LintCorpus()
    {
        int n = 0;
        foreach (var t in _corpus) n += Linter.Lint(t).Findings.Count;
        return n;
    }

    /// <summary>A deterministic Dockerfile-like text: stages with every common instruction, continuations, heredocs.</summary>
    public static string Synthetic(int size)
    {
        var sb = new StringBuilder(size + 4096);
        int i = 0;
        while (sb.Length < size)
        {
            sb.Append("# stage ").Append(i).Append('\n');
            sb.Append("ARG VERSION=1.").Append(i % 10).Append('\n');
            sb.Append("FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build").Append(i).Append('\n');
            sb.Append("ENV CGO_ENABLED=0 \\\n    GOOS=linux \\\n    GOARCH=amd64\n");
            sb.Append("LABEL org.opencontainers.image.title=\"svc ").Append(i).Append("\" version=\"${VERSION}\"\n");
            sb.Append("COPY --chown=app:app --chmod=0644 go.mod go.sum ./\n");
            sb.Append("RUN --mount=type=cache,target=/go/pkg/mod \\\n    --mount=type=cache,target=/root/.cache/go-build \\\n");
            sb.Append("    # download modules first\n    go mod download && \\\n    go build -trimpath -ldflags=\"-s -w\" -o /out/app ./cmd/app && \\\n");
            sb.Append("    apk add --no-cache ca-certificates tzdata && \\\n    rm -rf /tmp/*\n");
            sb.Append("RUN <<EOF\nset -eux\necho building ").Append(i).Append("\nEOF\n");
            sb.Append("HEALTHCHECK --interval=30s --timeout=3s CMD [\"/out/app\", \"-health\"]\n");
            sb.Append("VOLUME [\"/data\"]\nSHELL [\"/bin/sh\", \"-c\"]\nUSER 65532:65532\n");
            sb.Append("ENTRYPOINT [\"/out/app\"]\nCMD [\"--port\", \"8080\"]\n\n");
            i++;
        }
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quick")
        {
            Quick();
            return;
        }
        if (args.Length > 0 && args[0] == "parse")
        {
            QuickParse();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// Corpus parse throughput only, 10 passes after 3 warm-up passes, by wall clock and by the process's CPU time
    /// (on a busy machine the CPU time is the steadier figure).
    /// </summary>
    private static void QuickParse()
    {
        var b = new ParseBenchmarks();
        b.Setup();
        double chars = Corpus.Files().Select(Corpus.Read).Sum(t => (double)t.Length);
        for (int w = 0; w < 3; w++) b.ParseCorpus();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        const int rounds = 10;
        for (int r = 0; r < rounds; r++) b.ParseCorpus();
        double wall = sw.Elapsed.TotalSeconds / rounds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds / rounds;
        Console.WriteLine($"parse corpus: wall {wall * 1000:F0} ms/pass = {chars / 1e6 / wall:F1} MB/s; cpu {cpu * 1000:F0} ms/pass = {chars / 1e6 / cpu:F1} MB/s");
    }

    /// <summary>A one-minute measurement without BenchmarkDotNet's statistics, for a quick look.</summary>
    private static void Quick()
    {
        var b = new ParseBenchmarks();
        b.Setup();
        var corpus = Corpus.Files().Select(Corpus.Read).ToList();
        double chars = corpus.Sum(t => (double)t.Length);
        for (int w = 0; w < 3; w++) b.ParseCorpus();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int rounds = 5;
        for (int r = 0; r < rounds; r++) b.ParseCorpus();
        double s = sw.Elapsed.TotalSeconds / rounds;
        Console.WriteLine($"parse corpus: {s * 1000:F0} ms per pass, {chars / 1e6 / s:F1} M chars/s, {corpus.Count / s:F0} files/s");
        sw.Restart();
        b.ParseSynthetic();
        s = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"parse synthetic 10 MB: {s * 1000:F0} ms, {10.48 / s:F1} MB/s");
        sw.Restart();
        b.LintCorpus();
        s = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"lint corpus: {s * 1000:F0} ms, {corpus.Count / s:F0} files/s");
    }
}
