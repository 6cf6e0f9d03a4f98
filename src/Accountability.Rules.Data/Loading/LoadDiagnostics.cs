using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// Every kind of problem the loaders report, declared once: id, severity, message and hint. Ranges:
/// ACR01xx files and YAML syntax; ACR02xx keys, value types and limits; ACR03xx references, ids and
/// codes; ACR04xx ruleset structure and tables; ACR05xx overlays, versions and <c>extends</c>;
/// ACR06xx case files and CSV batch rows; ACR08xx calendars; ACR10xx test suites. (ACR07xx, the rule type checks, and ACR09xx, evaluation,
/// are in the core library; the command's own are in the CLI.) An id is never reused for another
/// kind; <c>docs/diagnostics.md</c> is generated from this list. <c>{suggestion}</c> in a hint is
/// the closest valid name, when one is close ("did you mean …?"), followed by the valid ones.
/// </summary>
internal static class LoadDiagnostics
{
    // ACR01xx: files and YAML syntax.
    public static readonly DiagnosticKind FileNotRead = Error("ACR0101", "the file cannot be read: {reason}", "check the path and the permissions");

    public static readonly DiagnosticKind TooLarge = Error("ACR0102", "the document has {size} characters; at most {limit} are accepted", "split the file or remove what is not needed");

    public static readonly DiagnosticKind TooDeep = Error("ACR0103", "the document nests deeper than {limit} levels", "flatten the structure; rulesets and cases need only a few levels");

    public static readonly DiagnosticKind YamlSyntax = Error("ACR0104", "YAML syntax error: {problem}", "check the indentation, quotes and brackets at this position");

    public static readonly DiagnosticKind YamlStructure = Error("ACR0105", "YAML syntax error: the document's structure breaks off here (an unclosed bracket or quote, or a value where a key is expected)", "check the indentation, quotes and brackets at this position");

    public static readonly DiagnosticKind EmptyDocument = Error("ACR0106", "the file is empty", "write the content described in docs/ruleset-format.md");

    public static readonly DiagnosticKind MultipleDocuments = Error("ACR0107", "the file holds more than one YAML document", "keep one document per file: remove the '---' separator and what follows, or move it to its own file");

    public static readonly DiagnosticKind AnchorNotSupported = Error("ACR0108", "anchors (&{anchor}) are not supported", "write the value out in full where it is needed");

    public static readonly DiagnosticKind AliasNotSupported = Error("ACR0109", "aliases (*{alias}) are not supported", "write the value out in full where it is needed");

    public static readonly DiagnosticKind TagNotSupported = Error("ACR0110", "tags ({tag}) are not supported", "remove the tag; quote the value if it must be text");

    public static readonly DiagnosticKind ComplexKey = Error("ACR0111", "a key must be a scalar, not {found}", "write the key as plain text");

    public static readonly DiagnosticKind DuplicateKey = Error("ACR0112", "duplicate key '{key}' (first at line {line}, column {column})", "remove one of the two entries or rename one");

    public static readonly DiagnosticKind ControlCharacter = Error("ACR0113", "the value holds the control character {character}, which would act on a terminal that prints it", "remove it; only line feeds and tabs are accepted in text");

    public static readonly DiagnosticKind NoRuleSetFiles = Error("ACR0114", "the folder holds no ruleset (*.yaml) files", "check the folder, or give the path of a single ruleset file");

    // ACR02xx: keys, value types and limits.
    public static readonly DiagnosticKind UnknownKey = Error("ACR0201", "unknown key '{key}' in {where}", "{suggestion}");

    public static readonly DiagnosticKind MissingKey = Error("ACR0202", "missing required key '{key}' in {where}", "add '{key}:' with a value");

    public static readonly DiagnosticKind ExpectedMapping = Error("ACR0203", "expected a mapping for '{path}', found {found}", "write 'key: value' pairs, indented under the key, or { key: value }");

    public static readonly DiagnosticKind ExpectedList = Error("ACR0204", "expected a list for '{path}', found {found}", "write one '- item' per line, or [a, b]");

    public static readonly DiagnosticKind ExpectedText = Error("ACR0205", "expected text for '{path}', found {found}", "write a value after the colon");

    public static readonly DiagnosticKind ExpectedNumber = Error("ACR0206", "expected a number for '{path}', found {found}", "write digits with an optional sign and decimal point, without quotes or separators, e.g. 1000000 or 2.5");

    public static readonly DiagnosticKind ExpectedInteger = Error("ACR0207", "expected a whole number for '{path}', found {found}", "write a whole number without quotes, e.g. 50 or -10");

    public static readonly DiagnosticKind ExpectedBoolean = Error("ACR0208", "expected true or false for '{path}', found {found}", "write true or false without quotes");

    public static readonly DiagnosticKind ExpectedDate = Error("ACR0209", "expected an ISO date for '{path}', found {found}", "write a date that exists as yyyy-MM-dd, e.g. 2020-11-20");

    public static readonly DiagnosticKind ExpectedPeriod = Error("ACR0210", "expected an ISO-8601 period for '{path}', found {found}", "write years, months, weeks or days, e.g. P6M, P1Y or P2Y6M");

    public static readonly DiagnosticKind NumberOutOfRange = Error("ACR0211", "the number {number} is out of range: at most {limit} in magnitude is accepted", "check the digits; amounts are in the ruleset's currency (CNY), not in a smaller unit");

    public static readonly DiagnosticKind TooManyDecimals = Error("ACR0212", "the number {number} has too many decimal places: at most {limit} are accepted", "round the number; amounts need no more than cents");

    public static readonly DiagnosticKind DateOutOfRange = Error("ACR0213", "the date {date} is out of range: years {first} to {last} are accepted", "check the year");

    public static readonly DiagnosticKind PeriodOutOfRange = Error("ACR0214", "the period '{period}' is out of range: a period is not negative and at most {years} years long", "write a positive length such as P6M or P2Y; a restriction cannot end before it starts");

    public static readonly DiagnosticKind PeriodHasTime = Error("ACR0215", "period '{period}' has hours, minutes or seconds", "use years, months, weeks or days only, e.g. P6M");

    public static readonly DiagnosticKind PercentOutOfRange = Error("ACR0216", "percentage {value} is outside 0–100", "write a percentage from 0 to 100 (50 for 50%)");

    public static readonly DiagnosticKind NegativeAmount = Error("ACR0217", "amount {value} is negative", "write an amount of 0 or more");

    public static readonly DiagnosticKind EmptyList = Error("ACR0218", "'{path}' needs at least one entry", "add an entry");

    // ACR03xx: references, ids and codes.
    public static readonly DiagnosticKind UnknownReference = Error("ACR0301", "unknown {what} '{id}'", "{suggestion}");

    public static readonly DiagnosticKind BadId = Error("ACR0302", "{what} '{id}' is not a valid id", "{shape}");

    public static readonly DiagnosticKind DuplicateId = Error("ACR0303", "duplicate {what} '{id}' (first at line {line}, column {column})", "give each {what} its own id, or remove the repeated entry");

    public static readonly DiagnosticKind NotOneOf = Error("ACR0304", "'{value}' is not a valid {what}", "{suggestion}");

    public static readonly DiagnosticKind NotABoundaryReading = Error("ACR0305", "'{value}' is not a valid boundary reading", "write inclusive (the number itself is included) or exclusive");

    public static readonly DiagnosticKind UnknownField = Error("ACR0306", "fact type '{type}' has no field '{field}'", "{suggestion}");

    public static readonly DiagnosticKind SubjectHasNoField = Error("ACR0307", "fact type '{type}' has no field '{field}'", "use a subject fact type with this field, such as lossTotal");

    public static readonly DiagnosticKind UnknownAlias = Error("ACR0308", "alias '{alias}' is not defined before this use", "{suggestion}");

    public static readonly DiagnosticKind NoAliasBound = Error("ACR0309", "alias '{alias}' is not defined before this use", "no alias is bound yet: give an earlier pattern 'as: name'");

    public static readonly DiagnosticKind BadReference = Error("ACR0310", "'{reference}' is not a valid reference", "write $alias.field for a field of a matched fact, or $alias for an aggregate's value");

    public static readonly DiagnosticKind AliasIsFact = Error("ACR0311", "'${alias}' names a fact, not a value", "write ${alias}.field, e.g. ${alias}.{field}");

    public static readonly DiagnosticKind AliasIsValue = Error("ACR0312", "'${alias}' is an aggregate's value and has no field '{field}'", "write ${alias}");

    public static readonly DiagnosticKind DuplicateAlias = Error("ACR0313", "alias '{alias}' is defined twice in this rule", "give each pattern its own alias");

    public static readonly DiagnosticKind UnknownOperator = Error("ACR0314", "unknown operator '{operator}'", "{suggestion}");

    public static readonly DiagnosticKind UndeclaredBoundary = Error("ACR0315", "boundary word '{word}' is not declared in conventions.boundaries", "declare how the text reads it, '{word}: inclusive' or '{word}: exclusive', under conventions.boundaries, or write min/max");

    public static readonly DiagnosticKind NoDocument = Error("ACR0316", "a citation needs a document, and none is declared", "declare the cited text under 'documents:'");

    // ACR04xx: ruleset structure and tables.
    public static readonly DiagnosticKind UnknownCondition = Error("ACR0401", "a condition must be a pattern (fact:), a negation (not:) or an aggregate (aggregate:)", "start the condition with 'fact: <type>', 'not:' or 'aggregate:'");

    public static readonly DiagnosticKind WrongArity = Error("ACR0402", "'{function}' takes {expected} operands, found {found}", "write {function}: [{operands}]");

    public static readonly DiagnosticKind NotDerived = Error("ACR0403", "rules assert derived facts; '{type}' is a case input", "assert one of the derived fact types: {types}");

    public static readonly DiagnosticKind AggregateFunction = Error("ACR0404", "an aggregate needs exactly one of 'sum: field' and 'count: true'", "write 'sum: amount' to add a number field, or 'count: true' to count the facts");

    public static readonly DiagnosticKind NoCriterion = Error("ACR0405", "the row for tier '{tier}' has no criterion", "add amount or assetRatioPercent");

    public static readonly DiagnosticKind NonePrescribedConflict = Error("ACR0406", "a row with nonePrescribed: true cannot have '{key}'", "remove the key, or remove nonePrescribed if the text prescribes measures");

    public static readonly DiagnosticKind MissingMeasures = Error("ACR0407", "the row prescribes nothing: 'measures' is missing", "list the measures the text prescribes, or write 'nonePrescribed: true'");

    public static readonly DiagnosticKind BoundNotRepresentable = Error("ACR0408", "'{key}' cannot have an exclusive {side} bound", "write the bound with min/max or an inclusive boundary word; only the performance salary's upper bound may be exclusive");

    public static readonly DiagnosticKind RangeMinAboveMax = Error("ACR0409", "the range's minimum {min} exceeds its maximum {max}", "correct the bounds so that the minimum is below the maximum");

    public static readonly DiagnosticKind RangeEmpty = Error("ACR0410", "the range from {bound} to {bound} is empty because an end is excluded", "correct the bounds so that the minimum is below the maximum");

    public static readonly DiagnosticKind RangeNoBound = Error("ACR0411", "the range has no bound", "write at least one of min, max or a declared boundary word, e.g. { 以上: 1000000 }");

    public static readonly DiagnosticKind RangeTwoBounds = Error("ACR0412", "the range has two {side} bounds, '{first}' and '{second}'", "keep one lower bound (min, 以上 or 超过) and one upper bound (max, 以下 or 不满)");

    public static readonly DiagnosticKind InForceEndsBeforeStart = Error("ACR0413", "the period in force ends on {last}, before it starts on {first}", "correct 'from' or 'to'; 'to' is the last day in force, inclusive");

    public static readonly DiagnosticKind DuplicateRuleSet = Error("ACR0414", "ruleset id '{id}' version {version} is already declared by {file}", "give each ruleset file its own ruleset.id, or each version of one ruleset its own version and period in force");

    public static readonly DiagnosticKind VersionsOverlap = Error("ACR0415", "ruleset '{id}' version {version} overlaps in its period in force with version {other} ({otherFile})", "end the earlier version with 'to:' the day before the later one comes into force");

    public static readonly DiagnosticKind NeverSupplied = Error("ACR0416", "rule '{rule}' reads '{type}', which no rule of this ruleset asserts and no case supplies", "keep (or add) a rule or table row that asserts it, or remove the rules that read it; an overlay may have removed what they depend on");

    public static readonly DiagnosticKind InheritedNeverSupplied = Error("ACR0417", "rule '{rule}' reads '{type}', which no rule of this ruleset asserts and no case supplies (the rule is inherited from {source})", "keep (or add) a rule or table row that asserts it, or remove the rules that read it; an overlay may have removed what they depend on");

    public static readonly DiagnosticKind CombineCitesMissing = Error("ACR0418", "missing required key 'cites' in {where}", "add 'cites:' for the combine rule, or give the combine policy a citation");

    public static readonly DiagnosticKind EmptyOperatorMapping = Error("ACR0419", "expected text for '{path}', found an empty mapping", "{suggestion}");

    public static readonly DiagnosticKind ExpectedOperand = Error("ACR0420", "expected text for '{path}', found {found}", "write a value, a reference such as $t.tier, or a function such as { plus: [$d.on, P6M] }");

    public static readonly DiagnosticKind TableLeftEmpty = Error("ACR0421", "the changes leave the table '{table}' with no rows: this change removes its last row", "replace the rows instead of removing them, or add one with 'add: row'; a table without rows concludes nothing");

    // ACR05xx: overlays, versions and extends.
    public static readonly DiagnosticKind UnknownParent = Error("ACR0501", "unknown parent ruleset '{id}'", "{suggestion}");

    public static readonly DiagnosticKind ParentNotInCatalogue = Error("ACR0502", "unknown parent ruleset '{id}'", "load the overlay with its parent's catalogue");

    public static readonly DiagnosticKind ExtendsCycle = Error("ACR0503", "the rulesets extend each other in a cycle: {chain}", "remove 'extends:' from one ruleset of the cycle; a chain must end in a ruleset that extends none");

    public static readonly DiagnosticKind UnknownParentVersion = Error("ACR0504", "ruleset '{id}' has no version '{version}'", "versions of {id}: {versions}");

    public static readonly DiagnosticKind NoParentInForce = Error("ACR0505", "no version of ruleset '{id}' is in force on {date}, the day this ruleset comes into force", "versions of {id}: {versions}");

    public static readonly DiagnosticKind ParentHasErrors = Error("ACR0506", "the parent ruleset '{id}' has errors", "fix the errors reported for the parent's file first");

    public static readonly DiagnosticKind ChangeTargetUnknown = Error("ACR0507", "cannot {action} '{id}': no rule or table row has this id", "{suggestion}");

    public static readonly DiagnosticKind ChangeKind = Error("ACR0508", "a change needs exactly one of 'add', 'replace' and 'remove'", "write '- add: rule' (or row) with the rule or row, '- replace: <id>' with the new rule or row, or '- remove: <id>', each with its own cites");

    public static readonly DiagnosticKind ChangesWithoutParent = Error("ACR0509", "'changes' needs a parent ruleset: this ruleset has no 'extends'", "add 'extends: <parent id>', or write the rules and tables directly");

    public static readonly DiagnosticKind InheritedId = Error("ACR0510", "{what} '{id}' already exists in the parent ruleset ({where})", "to change it, write a change '- replace: {id}' under changes:, or give the new entry another id");

    public static readonly DiagnosticKind TableSettingsChanged = Error("ACR0511", "'{table}' is a table of the parent ruleset; its rows here take the parent's table settings, so the {keys} given here would be ignored", "leave out the table-level keys, or set them per row, or replace the rows by id under 'changes:'");

    public static readonly DiagnosticKind ReplacedRowIdChanged = Error("ACR0512", "a row that replaces '{id}' keeps that id, not '{written}'", "write 'id: {id}' or leave 'id' out; to add a row with a new id, write '- add: row'");

    public static readonly DiagnosticKind RowReplacesRule = Error("ACR0513", "a row replaces a table row; the id replaced is a general rule's", "write 'rule:' with the new rule, or replace a table row id such as lossTiers/larger");

    public static readonly DiagnosticKind NoParentTable = Error("ACR0514", "the parent has no table '{table}' to add a row to", "state the table in this ruleset, or add rules instead");

    public static readonly DiagnosticKind RuleAndRow = Error("ACR0515", "a change has both 'rule' and 'row'", "keep the one the change puts in place");

    public static readonly DiagnosticKind RuleOrRowMissing = Error("ACR0516", "missing required key 'rule' or 'row' in {where}", "add 'rule:' with a rule, or 'row:' with a table row");

    public static readonly DiagnosticKind ChangeKeyNotAllowed = Error("ACR0517", "a '{kind}' change has no '{key}'", "remove '{key}'");

    public static readonly DiagnosticKind DeclarationChangeKey = Error("ACR0518", "a change of '{target}' has no '{key}'", "remove '{key}'");

    public static readonly DiagnosticKind DeclarationReplaceKey = Error("ACR0519", "a change of '{target}' has no '{key}'", "write '{body}:' with the replacement");

    public static readonly DiagnosticKind DeclarationAdded = Error("ACR0520", "'add: {target}' is not a change", "declare a new policy under policies:, or new codes under codes:");

    public static readonly DiagnosticKind CodeListRemoved = Error("ACR0521", "cannot remove '{target}': a code list is replaced, not removed", "write '- replace: {target}' with 'codes:' listing the codes that stay");

    public static readonly DiagnosticKind ReplacementMissing = Error("ACR0522", "missing required key '{key}' in {where}", "add '{key}:' with what replaces '{target}'");

    public static readonly DiagnosticKind PolicyChangeUnknown = Error("ACR0523", "cannot {action} '{target}': no policy has the id '{id}'", "{suggestion}");

    public static readonly DiagnosticKind PolicyInUse = Error("ACR0524", "cannot remove '{target}': rule '{rule}' applies it", "replace or remove '{rule}' first, or replace the policy with this ruleset's own statement");

    public static readonly DiagnosticKind PolicyIdChanged = Error("ACR0525", "the policy replacing '{target}' has the id '{id}'", "keep the id '{expected}' (rules name it), or declare a new policy under policies:");

    public static readonly DiagnosticKind CodeListChangeUnknown = Error("ACR0526", "cannot {action} '{target}': the parent declares no code list '{list}'", "{suggestion}");

    public static readonly DiagnosticKind CodeListReplacedAndAdded = Error("ACR0527", "cannot {action} '{target}': this file also adds codes to '{list}' under codes:", "write every code of the list in the replacement and none under codes:");

    // ACR06xx: case files.
    public static readonly DiagnosticKind CaseRuleSetMismatch = Error("ACR0601", "the case names ruleset '{named}', but is evaluated under '{id}'", "name '{id}' (or one of the rulesets it extends: {parents}) in the case's 'ruleset:'");

    public static readonly DiagnosticKind UnknownRuleSet = Error("ACR0602", "unknown ruleset '{id}'", "{suggestion}");

    public static readonly DiagnosticKind UnknownCode = Error("ACR0603", "unknown {what} '{code}'", "{suggestion}");

    public static readonly DiagnosticKind NoCodeList = Error("ACR0604", "unknown {what} '{code}'", "ruleset {ruleset} declares no code list codes.{list}; evaluate the case under a ruleset that does");

    public static readonly DiagnosticKind CsvColumnPath = Error("ACR0605", "the CSV column '{column}' is not a path of the case format: {problem}", "name a key of the case format and, inside a list, the item's position from 0, separated by dots: ruleset, decidedOn, enterprise.level, losses.0.amount, persons.1.conduct.0 (see README: Batch evaluation)");

    public static readonly DiagnosticKind CsvColumnConflict = Error("ACR0606", "the CSV column '{column}' does not fit with the column '{other}': {problem}", "give each path one kind of content: a value, keys, or list positions (see README: Batch evaluation)");

    public static readonly DiagnosticKind CsvExtraCells = Error("ACR0607", "the row has {cells} cells, but the header names {columns} columns", "remove the extra cells, or quote a value that holds a comma (\"a, b\")");

    // ACR08xx: calendars.
    public static readonly DiagnosticKind CalendarWithoutYears = Error("ACR0801", "'years' needs at least one entry", "add a year with its State Council notice");

    public static readonly DiagnosticKind NotAYear = Error("ACR0802", "'{key}' is not a year", "write the year as four digits, e.g. 2024:");

    public static readonly DiagnosticKind DayOffAndWorking = Error("ACR0803", "{day} is listed as a working day and as a day off (line {line}, column {column})", "check the notice: a day is either off or a working day");

    public static readonly DiagnosticKind DaysOffNeedTwoDates = Error("ACR0804", "a range of days off needs two dates, found {count}", "write [first day, last day], e.g. [2024-02-10, 2024-02-17]; a single day is [d, d]");

    public static readonly DiagnosticKind DaysOffEndBeforeStart = Error("ACR0805", "the range of days off ends on {last}, before it starts on {first}", "write the first day, then the last day");

    // ACR10xx: test suites.
    public static readonly DiagnosticKind SuiteUnknownRuleSet = Error("ACR1001", "unknown ruleset '{id}' in the suite's 'ruleset:'", "{suggestion}; an overlay's id needs its files: give 'ruleset:' an 'id:' and 'files:' (paths relative to the suite)");

    public static readonly DiagnosticKind CaseInputNotOne = Error("ACR1002", "the test case '{name}' has {found}", "give the case's input either inline under 'case:' or as a case file under 'file:' (a path relative to the suite), not both");

    public static readonly DiagnosticKind DuplicateCaseName = Error("ACR1003", "duplicate test case name '{name}' (first at line {line}, column {column})", "give every case of a suite its own name: it names the test in reports and in dotnet test");

    public static readonly DiagnosticKind UnknownResultKey = Error("ACR1004", "unknown key '{key}' in {where} of the result", "{suggestion}; the result's keys are those of the JSON result (docs/schemas/case-result.v1.schema.json), and expect: also takes exitCode, fired and notFired");

    public static readonly DiagnosticKind ExpectationShape = Error("ACR1005", "'{path}' of the result is {kind}, but the expectation is {found}", "{how}");

    public static readonly DiagnosticKind NotAResultValue = Error("ACR1006", "'{value}' is never a value of '{path}'", "values: {values}");

    public static readonly DiagnosticKind UnknownExpectedRule = Error("ACR1007", "'{rule}' is not a rule of ruleset {ruleset} {version}", "{suggestion} 'accountability show {ruleset}' lists the rules (a table row's rules are named table/row/criterion, e.g. lossTiers/larger/amount)");

    public static readonly DiagnosticKind FiredAndNotFired = Error("ACR1008", "rule '{rule}' is expected both to fire and not to fire", "keep it under fired: or under notFired:, not both");

    public static readonly DiagnosticKind BadExitCode = Error("ACR1009", "exit code {value} is not one a case that loads can have", "write 0 (evaluated, also with exclusions) or 1 (out of scope, not in force, incomplete); a case that does not load is an error of the suite, not an expectation");


    private static DiagnosticKind Error(string id, string message, string hint) => new(id, DiagnosticSeverity.Error, message, hint);
}
