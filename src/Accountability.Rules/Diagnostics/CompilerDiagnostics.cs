namespace Accountability.Rules.Diagnostics;

/// <summary>
/// The problems <see cref="Engine.RuleCompiler"/> finds in rules (ACR07xx): unknown fact types and
/// fields, type mismatches, unbound aliases, unstratified negations and aggregates. Each message
/// starts with the rule's id. Ids are never reused; see <c>docs/diagnostics.md</c>.
/// </summary>
internal static class CompilerDiagnostics
{
    public static readonly DiagnosticKind RuleIdTwice = Error("ACR0701", "Rule id is used twice.", "Give each rule its own id.");

    public static readonly DiagnosticKind UnknownPolicy = Error("ACR0702", "Unknown policy '{policy}'.", "Declare the policy under 'policies:' or correct its id.");

    public static readonly DiagnosticKind InForceEndsBeforeStart = Error("ACR0703", "The rule's period in force ends ({to}) before it starts ({from}).", "Correct inForce: 'to' is the last day in force, on or after 'from'.");

    public static readonly DiagnosticKind AssertsNothing = Error("ACR0704", "Rule asserts nothing.", "Add at least one 'then' action.");

    public static readonly DiagnosticKind UnknownFactType = Error("ACR0705", "Unknown fact type '{type}'.", "Use one of: {types}.");

    public static readonly DiagnosticKind SumFieldUnknown = Error("ACR0706", "Sum needs a number field of '{type}'; '{field}' is not one.", "'{type}' has: {fields}.");

    public static readonly DiagnosticKind SumFieldNotNumber = Error("ACR0707", "Sum needs a number field; '{type}.{field}' is {kind}.", "'{type}' has: {fields}.");

    public static readonly DiagnosticKind UnsupportedElement = Error("ACR0708", "Unsupported element {element}.", "Use a pattern, a negation or an aggregate.");

    public static readonly DiagnosticKind AliasBoundTwice = Error("ACR0709", "Alias '{alias}' is bound twice.", "Give each pattern its own alias.");

    public static readonly DiagnosticKind ConditionNotBoolean = Error("ACR0710", "Condition '{condition}' is {kind}, not a boolean.", "Compare the value with something.");

    public static readonly DiagnosticKind UnknownAssertedType = Error("ACR0711", "Unknown fact type '{type}' in an assert.", "Assert one of the derived types: {types}.");

    public static readonly DiagnosticKind AssertsCaseFact = Error("ACR0712", "Rules cannot assert '{type}': it is a case fact.", "Assert a derived fact type instead.");

    public static readonly DiagnosticKind UnknownField = Error("ACR0713", "'{type}' has no field '{field}'.", "'{type}' has: {fields}.");

    public static readonly DiagnosticKind FieldSetTwice = Error("ACR0714", "Field '{type}.{field}' is set twice.", "Set each field once.");

    public static readonly DiagnosticKind FieldKindMismatch = Error("ACR0715", "Field '{type}.{field}' is {kind}; '{value}' is {valueKind}.", "Give '{field}' a {kind} value.");

    public static readonly DiagnosticKind RequiredFieldMayBeAbsent = Error("ACR0716", "Field '{type}.{field}' is required, but '{value}' may be absent.", "Use a value that is always present, or coalesce it with a default.");

    public static readonly DiagnosticKind RequiredFieldNotSet = Error("ACR0717", "Required field '{type}.{field}' is not set.", "Set '{field}': {description}");

    public static readonly DiagnosticKind NotStratified = Error("ACR0718", "Rule {reads} '{type}', which rule '{writer}' asserts at salience {writerSalience}, not above this rule's {salience}.", "Give '{rule}' a salience below {writerSalience} so that it fires after every '{type}' is known.");

    public static readonly DiagnosticKind ReadsOwnAssertion = Error("ACR0719", "Rule {reads} '{type}', which rule '{writer}' asserts at salience {writerSalience}, not above this rule's {salience}.", "A rule cannot {read} the facts it asserts itself; narrow the condition (e.g. by a field value the rule does not assert) or split the rule.");

    public static readonly DiagnosticKind UnsupportedExpression = Error("ACR0720", "Unsupported expression {expression}.", "Use a supported expression.");

    public static readonly DiagnosticKind AliasNotBound = Error("ACR0721", "Alias '{alias}' is not bound here.", "Bind a pattern with 'as' before referring to it; aliases bound here: {aliases}.");

    public static readonly DiagnosticKind AggregateValueHasNoFields = Error("ACR0722", "'{alias}' is an aggregate value and has no fields.", "Write '${alias}' for the value.");

    public static readonly DiagnosticKind AliasIsFact = Error("ACR0723", "'{alias}' is a fact, not a value.", "Name one of its fields, e.g. '${alias}.{field}'.");

    public static readonly DiagnosticKind ComparesKinds = Error("ACR0724", "'{expression}' compares {left} with {right}.", "Compare values of the same kind.");

    public static readonly DiagnosticKind OrdersKind = Error("ACR0725", "'{expression}' orders values of kind {kind}.", "Only numbers, dates and texts are ordered.");

    public static readonly DiagnosticKind ListKinds = Error("ACR0726", "'{item}' is {itemKind}, but '{operand}' is {operandKind}.", "List values of the same kind.");

    public static readonly DiagnosticKind ArgumentsOfOneKind = Error("ACR0727", "'{call}' needs two or more arguments of one kind.", "Give {function} arguments of one kind.");

    public static readonly DiagnosticKind ComparesNonOrdered = Error("ACR0728", "'{call}' compares {kind} values.", "Give {function} numbers or dates.");

    public static readonly DiagnosticKind NoCalendar = Error("ACR0729", "'{call}' counts working days, but the ruleset names no calendar.", "Name one under conventions.calendar, e.g. cn-mainland-holidays.");

    public static readonly DiagnosticKind UnknownFunction = Error("ACR0730", "Unknown function {function}.", "Use one of: {functions}.");

    public static readonly DiagnosticKind ArgumentCount = Error("ACR0731", "'{call}' takes {count} arguments, not {actual}.", "Give {function} {kinds}.");

    public static readonly DiagnosticKind ArgumentKind = Error("ACR0732", "Argument {position} of '{call}' is {kind}, not {expected}.", "Give {function} {kinds}.");

    public static readonly DiagnosticKind NotBoolean = Error("ACR0733", "'{expression}' is {kind}, not a boolean.", "Use a comparison.");

    public static readonly DiagnosticKind WorkingDaysInCondition = Error("ACR0734", "'{call}' counts working days in a condition, where a year the calendar lacks could not be reported.", "Count the working days in a rule's 'then' (a year the calendar lacks becomes a calendarGap there) and compare the asserted date in another rule's 'when'.");

    /// <summary>A compiler error: the message is prefixed with the rule's id, the first argument.</summary>
    private static DiagnosticKind Error(string id, string message, string hint) =>
        new(id, DiagnosticSeverity.Error, "rule '{rule}': " + message, hint);
}
