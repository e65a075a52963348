// netstandard2.0 lacks the type the compiler needs for init accessors (records' properties).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit;
}
