namespace DfLint.Parsing;

/// <summary>Go's <c>strconv.Quote</c>: the quoting BuildKit's AST dump and error messages use.</summary>
public static class GoQuote
{
    /// <summary>Quotes a string as Go does: printable runes kept, others escaped (<c>\n</c>, <c>\x00</c>, <c>\u00a0</c>).</summary>
    public static string Quote(string s) => Shell.GoText.Quote(s);
}
