using System.Globalization;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// The message and hint templates of load errors, as constants that tests assert against.
/// Placeholders follow <see cref="string.Format(IFormatProvider, string, object[])"/>.
/// </summary>
internal static class LoadMessages
{
    /// <summary>{0} the number, {1} the limit.</summary>
    public const string NumberOutOfRange = "the number {0} is out of range: at most {1} in magnitude is accepted";

    /// <summary>Hint for <see cref="NumberOutOfRange"/>.</summary>
    public const string NumberOutOfRangeHint = "check the digits; amounts are in the ruleset's currency (CNY), not in a smaller unit";

    /// <summary>{0} the number, {1} the most decimal places.</summary>
    public const string TooManyDecimals = "the number {0} has too many decimal places: at most {1} are accepted";

    /// <summary>Hint for <see cref="TooManyDecimals"/>.</summary>
    public const string TooManyDecimalsHint = "round the number; amounts need no more than cents";

    /// <summary>{0} the date, {1} the first year, {2} the last year.</summary>
    public const string DateOutOfRange = "the date {0} is out of range: years {1} to {2} are accepted";

    /// <summary>Hint for <see cref="DateOutOfRange"/>.</summary>
    public const string DateOutOfRangeHint = "check the year";

    /// <summary>{0} the period, {1} the longest in years.</summary>
    public const string PeriodOutOfRange = "the period '{0}' is out of range: a period is not negative and at most {1} years long";

    /// <summary>Hint for <see cref="PeriodOutOfRange"/>.</summary>
    public const string PeriodOutOfRangeHint = "write a positive length such as P6M or P2Y; a restriction cannot end before it starts";

    /// <summary>{0} the character's code point, e.g. U+001B.</summary>
    public const string ControlCharacter = "the value holds the control character {0}, which would act on a terminal that prints it";

    /// <summary>Hint for <see cref="ControlCharacter"/>.</summary>
    public const string ControlCharacterHint = "remove it; only line feeds and tabs are accepted in text";

    /// <summary>{0} the rule id, {1} the fact type.</summary>
    public const string NeverSupplied = "rule '{0}' reads '{1}', which no rule of this ruleset asserts and no case supplies";

    /// <summary>Hint for <see cref="NeverSupplied"/>.</summary>
    public const string NeverSuppliedHint = "keep (or add) a rule or table row that asserts it, or remove the rules that read it; an overlay may have removed what they depend on";

    /// <summary>A YAML syntax error: {0} the parser's message.</summary>
    public const string YamlSyntax = "YAML syntax error: {0}";

    /// <summary>An overlay restates a parent's table with different table settings.</summary>
    public const string TableSettingsChanged = "'{0}' is a table of the parent ruleset; its rows here take the parent's table settings, so the {1} given here would be ignored";

    /// <summary>Hint for <see cref="TableSettingsChanged"/>.</summary>
    public const string TableSettingsChangedHint = "leave out the table-level keys, or set them per row, or replace the rows by id under 'changes:'";

    /// <summary>A YAML syntax error the parser gives no message for.</summary>
    public const string YamlStructure = "YAML syntax error: the document's structure breaks off here (an unclosed bracket or quote, or a value where a key is expected)";

    /// <summary>Hint for <see cref="YamlSyntax"/>.</summary>
    public const string YamlSyntaxHint = "check the indentation, quotes and brackets at this position";

    /// <summary>{0} the size, {1} the limit.</summary>
    public const string TooLarge = "the document has {0} characters; at most {1} are accepted";

    /// <summary>Hint for <see cref="TooLarge"/>.</summary>
    public const string TooLargeHint = "split the file or remove what is not needed";

    /// <summary>{0} the depth limit.</summary>
    public const string TooDeep = "the document nests deeper than {0} levels";

    /// <summary>Hint for <see cref="TooDeep"/>.</summary>
    public const string TooDeepHint = "flatten the structure; rulesets and cases need only a few levels";

    /// <summary>{0} the key, {1} and {2} the line and column of the first occurrence.</summary>
    public const string DuplicateKey = "duplicate key '{0}' (first at line {1}, column {2})";

    /// <summary>Hint for <see cref="DuplicateKey"/>.</summary>
    public const string DuplicateKeyHint = "remove one of the two entries or rename one";

    /// <summary>{0} the anchor name.</summary>
    public const string AnchorNotSupported = "anchors (&{0}) are not supported";

    /// <summary>{0} the alias name.</summary>
    public const string AliasNotSupported = "aliases (*{0}) are not supported";

    /// <summary>Hint for anchors and aliases.</summary>
    public const string AnchorHint = "write the value out in full where it is needed";

    /// <summary>{0} the tag.</summary>
    public const string TagNotSupported = "tags ({0}) are not supported";

    /// <summary>Hint for <see cref="TagNotSupported"/>.</summary>
    public const string TagHint = "remove the tag; quote the value if it must be text";

    /// <summary>{0} what the key is.</summary>
    public const string ComplexKey = "a key must be a scalar, not {0}";

    /// <summary>Hint for <see cref="ComplexKey"/>.</summary>
    public const string ComplexKeyHint = "write the key as plain text";

    /// <summary>More than one document in a file.</summary>
    public const string MultipleDocuments = "the file holds more than one YAML document";

    /// <summary>Hint for <see cref="MultipleDocuments"/>.</summary>
    public const string MultipleDocumentsHint = "keep one document per file: remove the '---' separator and what follows, or move it to its own file";

    /// <summary>An empty file.</summary>
    public const string EmptyDocument = "the file is empty";

    /// <summary>Hint for <see cref="EmptyDocument"/>.</summary>
    public const string EmptyDocumentHint = "write the content described in docs/ruleset-format.md";

    /// <summary>{0} the reason.</summary>
    public const string FileNotRead = "the file cannot be read: {0}";

    /// <summary>Hint for <see cref="FileNotRead"/>.</summary>
    public const string FileNotReadHint = "check the path and the permissions";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedMapping = "expected a mapping for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedMapping"/>.</summary>
    public const string ExpectedMappingHint = "write 'key: value' pairs, indented under the key, or { key: value }";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedList = "expected a list for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedList"/>.</summary>
    public const string ExpectedListHint = "write one '- item' per line, or [a, b]";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedText = "expected text for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedText"/>.</summary>
    public const string ExpectedTextHint = "write a value after the colon";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedNumber = "expected a number for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedNumber"/>.</summary>
    public const string ExpectedNumberHint = "write digits with an optional sign and decimal point, without quotes or separators, e.g. 1000000 or 2.5";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedInteger = "expected a whole number for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedInteger"/>.</summary>
    public const string ExpectedIntegerHint = "write a whole number without quotes, e.g. 50 or -10";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedBoolean = "expected true or false for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedBoolean"/>.</summary>
    public const string ExpectedBooleanHint = "write true or false without quotes";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedDate = "expected an ISO date for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedDate"/>.</summary>
    public const string ExpectedDateHint = "write a date that exists as yyyy-MM-dd, e.g. 2020-11-20";

    /// <summary>{0} the path, {1} what was found.</summary>
    public const string ExpectedPeriod = "expected an ISO-8601 period for '{0}', found {1}";

    /// <summary>Hint for <see cref="ExpectedPeriod"/>.</summary>
    public const string ExpectedPeriodHint = "write years, months, weeks or days, e.g. P6M, P1Y or P2Y6M";

    /// <summary>{0} the key, {1} the quoted path of the mapping or <c>the top level</c>.</summary>
    public const string UnknownKey = "unknown key '{0}' in {1}";

    /// <summary>The list name in the hint of <see cref="UnknownKey"/>.</summary>
    public const string AllowedKeys = "allowed keys";

    /// <summary>{0} the key, {1} the quoted path of the mapping or <c>the top level</c>.</summary>
    public const string MissingKey = "missing required key '{0}' in {1}";

    /// <summary>Hint for <see cref="MissingKey"/>: {0} the key.</summary>
    public const string MissingKeyHint = "add '{0}:' with a value";

    /// <summary>{0} what (rule, document...), {1} the id, {2} and {3} the first line and column.</summary>
    public const string DuplicateId = "duplicate {0} '{1}' (first at line {2}, column {3})";

    /// <summary>Hint for <see cref="DuplicateId"/>: {0} what.</summary>
    public const string DuplicateIdHint = "give each {0} its own id, or remove the repeated entry";

    /// <summary>{0} what, {1} the id, {2} where the parent declares it.</summary>
    public const string InheritedId = "{0} '{1}' already exists in the parent ruleset ({2})";

    /// <summary>Hint for <see cref="InheritedId"/>: {0} the id.</summary>
    public const string InheritedIdHint = "to change it, write a change '- replace: {0}' under changes:, or give the new entry another id";

    /// <summary>{0} the parent id.</summary>
    public const string UnknownParent = "unknown parent ruleset '{0}'";

    /// <summary>{0} the chain, e.g. a → b → a.</summary>
    public const string ExtendsCycle = "the rulesets extend each other in a cycle: {0}";

    /// <summary>Hint for <see cref="ExtendsCycle"/>.</summary>
    public const string ExtendsCycleHint = "remove 'extends:' from one ruleset of the cycle; a chain must end in a ruleset that extends none";

    /// <summary>{0} the parent id, {1} the version.</summary>
    public const string UnknownParentVersion = "ruleset '{0}' has no version '{1}'";

    /// <summary>{0} the parent id, {1} the date.</summary>
    public const string NoParentInForce = "no version of ruleset '{0}' is in force on {1}, the day this ruleset comes into force";

    /// <summary>{0} the parent id.</summary>
    public const string ParentHasErrors = "the parent ruleset '{0}' has errors";

    /// <summary>Hint for <see cref="ParentHasErrors"/>.</summary>
    public const string ParentHasErrorsHint = "fix the errors reported for the parent's file first";

    /// <summary>{0} what the change does (replace, remove), {1} the id.</summary>
    public const string ChangeTargetUnknown = "cannot {0} '{1}': no rule or table row has this id";

    /// <summary>A change without add, replace or remove.</summary>
    public const string ChangeKind = "a change needs exactly one of 'add', 'replace' and 'remove'";

    /// <summary>Hint for <see cref="ChangeKind"/>.</summary>
    public const string ChangeKindHint = "write '- add: rule' (or row) with the rule or row, '- replace: <id>' with the new rule or row, or '- remove: <id>', each with its own cites";

    /// <summary>Changes in a ruleset that extends none.</summary>
    public const string ChangesWithoutParent = "'changes' needs a parent ruleset: this ruleset has no 'extends'";

    /// <summary>Hint for <see cref="ChangesWithoutParent"/>.</summary>
    public const string ChangesWithoutParentHint = "add 'extends: <parent id>', or write the rules and tables directly";

    /// <summary>{0} the ruleset id, {1} version, {2} file, {3} the other version, {4} its file.</summary>
    public const string VersionsOverlap = "ruleset '{0}' version {1} overlaps in its period in force with version {3} ({4})";

    /// <summary>Hint for <see cref="VersionsOverlap"/>.</summary>
    public const string VersionsOverlapHint = "end the earlier version with 'to:' the day before the later one comes into force";

    /// <summary>{0} what (document, policy, tier...), {1} the id written.</summary>
    public const string UnknownReference = "unknown {0} '{1}'";

    /// <summary>{0} what, {1} the id, {2} the expected shape.</summary>
    public const string BadId = "{0} '{1}' is not a valid id";

    /// <summary>{0} the value.</summary>
    public const string PercentOutOfRange = "percentage {0} is outside 0–100";

    /// <summary>Hint for <see cref="PercentOutOfRange"/>.</summary>
    public const string PercentOutOfRangeHint = "write a percentage from 0 to 100 (50 for 50%)";

    /// <summary>{0} the value.</summary>
    public const string NegativeAmount = "amount {0} is negative";

    /// <summary>Hint for <see cref="NegativeAmount"/>.</summary>
    public const string NegativeAmountHint = "write an amount of 0 or more";

    /// <summary>{0} the minimum, {1} the maximum.</summary>
    public const string RangeMinAboveMax = "the range's minimum {0} exceeds its maximum {1}";

    /// <summary>{0} the bound.</summary>
    public const string RangeEmpty = "the range from {0} to {0} is empty because an end is excluded";

    /// <summary>Hint for empty ranges.</summary>
    public const string RangeEmptyHint = "correct the bounds so that the minimum is below the maximum";

    /// <summary>A range without bounds.</summary>
    public const string RangeNoBound = "the range has no bound";

    /// <summary>Hint for <see cref="RangeNoBound"/>.</summary>
    public const string RangeNoBoundHint = "write at least one of min, max or a declared boundary word, e.g. { 以上: 1000000 }";

    /// <summary>{0} lower or upper, {1} and {2} the two keys.</summary>
    public const string RangeTwoBounds = "the range has two {0} bounds, '{1}' and '{2}'";

    /// <summary>Hint for <see cref="RangeTwoBounds"/>.</summary>
    public const string RangeTwoBoundsHint = "keep one lower bound (min, 以上 or 超过) and one upper bound (max, 以下 or 不满)";

    /// <summary>{0} the word.</summary>
    public const string UndeclaredBoundary = "boundary word '{0}' is not declared in conventions.boundaries";

    /// <summary>Hint for <see cref="UndeclaredBoundary"/>: {0} the word.</summary>
    public const string UndeclaredBoundaryHint = "declare how the text reads it, '{0}: inclusive' or '{0}: exclusive', under conventions.boundaries, or write min/max";

    /// <summary>{0} the value, {1} what it should be.</summary>
    public const string NotOneOf = "'{0}' is not a valid {1}";

    /// <summary>{0} the fact type, {1} the field.</summary>
    public const string UnknownField = "fact type '{0}' has no field '{1}'";

    /// <summary>{0} the alias.</summary>
    public const string UnknownAlias = "alias '{0}' is not defined before this use";

    /// <summary>{0} the reference as written.</summary>
    public const string BadReference = "'{0}' is not a valid reference";

    /// <summary>Hint for <see cref="BadReference"/>.</summary>
    public const string BadReferenceHint = "write $alias.field for a field of a matched fact, or $alias for an aggregate's value";

    /// <summary>{0} the alias.</summary>
    public const string AliasIsFact = "'${0}' names a fact, not a value";

    /// <summary>{0} the alias, {1} the field.</summary>
    public const string AliasIsValue = "'${0}' is an aggregate's value and has no field '{1}'";

    /// <summary>{0} the alias.</summary>
    public const string DuplicateAlias = "alias '{0}' is defined twice in this rule";

    /// <summary>Hint for <see cref="DuplicateAlias"/>.</summary>
    public const string DuplicateAliasHint = "give each pattern its own alias";

    /// <summary>A condition of an unknown form.</summary>
    public const string UnknownCondition = "a condition must be a pattern (fact:), a negation (not:) or an aggregate (aggregate:)";

    /// <summary>{0} the operator.</summary>
    public const string UnknownOperator = "unknown operator '{0}'";

    /// <summary>{0} the function, {1} the expected operand count, {2} the actual.</summary>
    public const string WrongArity = "'{0}' takes {1} operands, found {2}";

    /// <summary>{0} the function, {1} its operands.</summary>
    public const string WrongArityHint = "write {0}: [{1}]";

    /// <summary>{0} the fact type.</summary>
    public const string NotDerived = "rules assert derived facts; '{0}' is a case input";

    /// <summary>An aggregate without one function.</summary>
    public const string AggregateFunction = "an aggregate needs exactly one of 'sum: field' and 'count: true'";

    /// <summary>Hint for <see cref="AggregateFunction"/>.</summary>
    public const string AggregateFunctionHint = "write 'sum: amount' to add a number field, or 'count: true' to count the facts";

    /// <summary>{0} the rule id, {1} the compiler's message.</summary>
    public const string RuleProblem = "rule '{0}': {1}";

    /// <summary>{0} the tier.</summary>
    public const string NoCriterion = "the row for tier '{0}' has no criterion";

    /// <summary>Hint for <see cref="NoCriterion"/>.</summary>
    public const string NoCriterionHint = "add amount or assetRatioPercent";

    /// <summary>{0} the key.</summary>
    public const string NonePrescribedConflict = "a row with nonePrescribed: true cannot have '{0}'";

    /// <summary>Hint for <see cref="NonePrescribedConflict"/>.</summary>
    public const string NonePrescribedConflictHint = "remove the key, or remove nonePrescribed if the text prescribes measures";

    /// <summary>A sanction row without measures.</summary>
    public const string MissingMeasures = "the row prescribes nothing: 'measures' is missing";

    /// <summary>Hint for <see cref="MissingMeasures"/>.</summary>
    public const string MissingMeasuresHint = "list the measures the text prescribes, or write 'nonePrescribed: true'";

    /// <summary>{0} the key, {1} lower or upper.</summary>
    public const string BoundNotRepresentable = "'{0}' cannot have an exclusive {1} bound";

    /// <summary>Hint for <see cref="BoundNotRepresentable"/>.</summary>
    public const string BoundNotRepresentableHint = "write the bound with min/max or an inclusive boundary word; only the performance salary's upper bound may be exclusive";

    /// <summary>{0} the path.</summary>
    public const string EmptyList = "'{0}' needs at least one entry";

    /// <summary>Hint for <see cref="EmptyList"/>.</summary>
    public const string EmptyListHint = "add an entry";

    /// <summary>{0} the period.</summary>
    public const string PeriodHasTime = "period '{0}' has hours, minutes or seconds";

    /// <summary>Hint for <see cref="PeriodHasTime"/>.</summary>
    public const string PeriodHasTimeHint = "use years, months, weeks or days only, e.g. P6M";

    /// <summary>A short citation with no document to refer to.</summary>
    public const string NoDocument = "a citation needs a document, and none is declared";

    /// <summary>Hint for <see cref="NoDocument"/>.</summary>
    public const string NoDocumentHint = "declare the cited text under 'documents:'";

    /// <summary>{0} the ruleset id, {1} the file that first declares it.</summary>
    public const string DuplicateRuleSet = "ruleset id '{0}' version {2} is already declared by {1}";

    /// <summary>Hint for <see cref="DuplicateRuleSet"/>.</summary>
    public const string DuplicateRuleSetHint = "give each ruleset file its own ruleset.id, or each version of one ruleset its own version and period in force";

    /// <summary>A folder without ruleset files.</summary>
    public const string NoRuleSetFiles = "the folder holds no ruleset (*.yaml) files";

    /// <summary>Hint for <see cref="NoRuleSetFiles"/>.</summary>
    public const string NoRuleSetFilesHint = "check the folder, or give the path of a single ruleset file";

    /// <summary>{0} the last day, {1} the first day.</summary>
    public const string InForceEndsBeforeStart = "the period in force ends on {0}, before it starts on {1}";

    /// <summary>Hint for <see cref="InForceEndsBeforeStart"/>.</summary>
    public const string InForceEndsBeforeStartHint = "correct 'from' or 'to'; 'to' is the last day in force, inclusive";

    /// <summary>Formats a template with the invariant culture.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
