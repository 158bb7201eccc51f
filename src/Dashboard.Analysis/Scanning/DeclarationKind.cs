namespace Dashboard.Analysis.Scanning;

// What a name in the service's code was declared as.
internal enum DeclarationKind
{
    Local,
    Parameter,
    Field,
    Property,
    Method,
    LocalFunction,
    EnumMember,
    Type,
}
