using Accountability.Rules.Data.Yaml;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Finds the parent an overlay's <c>extends:</c> names, reporting an unknown parent, a version
/// that does not exist, a cycle or a parent with errors at the <c>extends:</c> value.
/// </summary>
/// <param name="extends">The <c>extends:</c> value.</param>
/// <param name="childFrom">The day the overlay comes into force, when it could be read: picks the parent's version.</param>
/// <returns>The loaded parent, or <c>null</c> (reported).</returns>
internal delegate LoadedRuleSet? ParentResolver(YamlNode extends, LocalDate? childFrom);
