using DfLint.Rules;
using DfLint.Rules.Run;
using DfLint.Testing;

namespace DfLint.Core.Tests.Rules.Run;

public class DF207PipNoCacheDirTests
{
    [Fact]
    public void Sample() => SampleAssert.Verify("DF207");

    [Fact]
    public void Reports_install_without_flag() => RuleVerifier.Verify<DF207PipNoCacheDir>("FROM python:3.12-slim\nRUN [|pip install|] flask\n");

    [Fact]
    public void Reports_python_m_pip() => RuleVerifier.Verify<DF207PipNoCacheDir>("FROM python:3.12-slim\nRUN [|python -m pip install|] -r req.txt\n");

    [Theory]
    [InlineData("RUN pip install --no-cache-dir flask")]
    [InlineData("RUN --mount=type=cache,target=/root/.cache/pip pip install flask")]
    [InlineData("ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask")]
    public void Accepts(string run) => RuleVerifier.Verify<DF207PipNoCacheDir>($"FROM python:3.12-slim\n{run}\n");

    [Theory]
    [InlineData("RUN pip install flask\n", "RUN pip install --no-cache-dir flask\n")]
    [InlineData("RUN python3 -m pip install -r requirements.txt\n", "RUN python3 -m pip install --no-cache-dir -r requirements.txt\n")]
    public void Fix_inserts_no_cache_dir_and_is_safe(string run, string fixedRun)
        => FixAssert.Applies<DF207PipNoCacheDir>("FROM python:3.12-slim\n" + run, "FROM python:3.12-slim\n" + fixedRun, FixSafety.Safe);
}
