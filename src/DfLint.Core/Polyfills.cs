// Language features that netstandard2.0 lacks the attribute types for.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
