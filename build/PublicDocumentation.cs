// Keeps in a compiler-written XML documentation file only the members a consumer of the assembly
// can see. Compiled and run by PublicDocumentation.targets:
//   dotnet PublicDocumentation.dll <assembly> <documentation file>
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

public static class PublicDocumentation
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: PublicDocumentation <assembly> <documentation file>");
            return 2;
        }

        var (AssemblyPath, DocumentationPath) = (args[0], args[1]);
        HashSet<string> visible;
        using (var stream = File.OpenRead(AssemblyPath))
        using (var pe = new PEReader(stream))
        {
            visible = VisibleIds(pe.GetMetadataReader());
        }

        var document = XDocument.Load(DocumentationPath, LoadOptions.PreserveWhitespace);
        var members = document.Root?.Element("members");
        if (members is null)
        {
            return 0;
        }

        var removed = 0;
        foreach (var member in members.Elements("member").ToList())
        {
            var id = (string?)member.Attribute("name") ?? "";
            if (id.StartsWith("N:", StringComparison.Ordinal) || visible.Contains(id))
            {
                continue;
            }

            if (member.PreviousNode is XText whitespace)
            {
                whitespace.Remove();
            }

            member.Remove();
            removed++;
        }

        if (removed > 0)
        {
            document.Save(DocumentationPath, SaveOptions.DisableFormatting);
        }

        Console.WriteLine($"PublicDocumentation: {removed} non-public member(s) removed from {DocumentationPath}.");
        return 0;
    }

    private static HashSet<string> VisibleIds(MetadataReader reader)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var provider = new IdProvider(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!IsVisible(reader, type))
            {
                continue;
            }

            var typeId = provider.DefinitionName(handle);
            ids.Add("T:" + typeId);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (IsVisible(method.Attributes))
                {
                    ids.Add("M:" + MethodId(reader, provider, typeId, method));
                }
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var access = field.Attributes & FieldAttributes.FieldAccessMask;
                if (access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem)
                {
                    ids.Add("F:" + typeId + "." + reader.GetString(field.Name));
                }
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var accessors = property.GetAccessors();
                if (!AnyVisible(reader, accessors.Getter, accessors.Setter))
                {
                    continue;
                }

                var signature = property.DecodeSignature(provider, null);
                var id = typeId + "." + reader.GetString(property.Name).Replace('.', '#');
                if (signature.ParameterTypes.Length > 0)
                {
                    id += "(" + string.Join(",", signature.ParameterTypes) + ")";
                }

                ids.Add("P:" + id);
            }

            foreach (var eventHandle in type.GetEvents())
            {
                var @event = reader.GetEventDefinition(eventHandle);
                var accessors = @event.GetAccessors();
                if (AnyVisible(reader, accessors.Adder, accessors.Remover))
                {
                    ids.Add("E:" + typeId + "." + reader.GetString(@event.Name).Replace('.', '#'));
                }
            }
        }

        return ids;
    }

    private static string MethodId(MetadataReader reader, IdProvider provider, string typeId, MethodDefinition method)
    {
        var name = reader.GetString(method.Name);
        name = name switch
        {
            ".ctor" => "#ctor",
            ".cctor" => "#cctor",
            _ => name.Replace('.', '#'),
        };
        var signature = method.DecodeSignature(provider, null);
        var id = new StringBuilder(typeId).Append('.').Append(name);
        if (signature.GenericParameterCount > 0)
        {
            id.Append("``").Append(signature.GenericParameterCount);
        }

        if (signature.ParameterTypes.Length > 0)
        {
            id.Append('(').Append(string.Join(",", signature.ParameterTypes)).Append(')');
        }

        if (name is "op_Implicit" or "op_Explicit")
        {
            id.Append('~').Append(signature.ReturnType);
        }

        return id.ToString();
    }

    private static bool AnyVisible(MetadataReader reader, params MethodDefinitionHandle[] accessors) =>
        accessors.Any(a => !a.IsNil && IsVisible(reader.GetMethodDefinition(a).Attributes));

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            return true;
        }

        if (visibility is TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem)
        {
            var outer = reader.GetTypeDefinition(type.GetDeclaringType());
            if (visibility != TypeAttributes.NestedPublic && (outer.Attributes & TypeAttributes.Sealed) != 0)
            {
                return false;
            }

            return IsVisible(reader, outer);
        }

        return false;
    }

    /// <summary>Type names as documentation ids write them (ECMA-334 annex D).</summary>
    private sealed class IdProvider : ISignatureTypeProvider<string, object?>
    {
        private readonly MetadataReader reader;

        public IdProvider(MetadataReader reader) => this.reader = reader;

        public string DefinitionName(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return DefinitionName(declaring) + "." + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => DefinitionName(handle);

        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = r.GetTypeReference(handle);
            var name = r.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(r, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name;
            }

            var ns = r.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            r.GetTypeSpecification(handle).DecodeSignature(this, context);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            // Every `n in the name (of the type and of the types it is nested in) takes the next n arguments.
            var id = new StringBuilder();
            var next = 0;
            for (var i = 0; i < genericType.Length; i++)
            {
                if (genericType[i] != '`')
                {
                    id.Append(genericType[i]);
                    continue;
                }

                var digits = i + 1;
                while (digits < genericType.Length && char.IsDigit(genericType[digits]))
                {
                    digits++;
                }

                var count = int.Parse(genericType.Substring(i + 1, digits - i - 1), System.Globalization.CultureInfo.InvariantCulture);
                id.Append('{').Append(string.Join(",", typeArguments.Skip(next).Take(count))).Append('}');
                next += count;
                i = digits - 1;
            }

            return id.ToString();
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode switch
        {
            PrimitiveTypeCode.IntPtr => "IntPtr",
            PrimitiveTypeCode.UIntPtr => "UIntPtr",
            PrimitiveTypeCode.TypedReference => "TypedReference",
            _ => typeCode.ToString(),
        };

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            var dimensions = Enumerable.Range(0, shape.Rank).Select(d =>
            {
                var lower = d < shape.LowerBounds.Length ? shape.LowerBounds[d].ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
                var size = d < shape.Sizes.Length ? shape.Sizes[d].ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                return lower + ":" + size;
            });
            return elementType + "[" + string.Join(",", dimensions) + "]";
        }

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetGenericTypeParameter(object? context, int index) => "`" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetGenericMethodParameter(object? context, int index) => "``" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC";
    }
}
