using System.Linq;
using DfLint.Cli.Output;

namespace DfLint.Cli.Tests.Output;

/// <summary>Vectors from github/codeql-action src/fingerprints.test.ts, which upload-sarif's hasher must reproduce.</summary>
public class LineHashTests
{
    [Theory]
    [InlineData("", new[] { "c129715d7a2bc9a3:1" })]
    [InlineData(" a\nb\n  \t\tc\n d", new[] { "271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1" })]
    [InlineData(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", new[]
    {
        "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1",
    })]
    public void Matches_codeql_action_vectors(string text, string[] expected)
    {
        LineHash.Compute(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n")]
    [InlineData(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r")]
    [InlineData(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n")]
    [InlineData(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n")]
    public void Treats_cr_lf_and_crlf_as_one_line_break(string text)
    {
        LineHash.Compute(text).Should().Equal(
            "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
            "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1");
    }

    [Fact]
    public void Numbers_repeated_hashes()
    {
        var text = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10));

        LineHash.Compute(text).Should().Equal(
            "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1");
    }

    [Fact]
    public void A_leading_byte_order_mark_changes_the_first_hash_as_in_node()
    {
        LineHash.Compute("\uFEFFFROM a\n")[0].Should().NotBe(LineHash.Compute("FROM a\n")[0]);
    }
}
