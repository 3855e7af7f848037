using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityPlanning.Web.Contract;

/// <summary>
/// The HTTP API's request and response bodies, as its endpoints declare them (the same descriptions the OpenAPI
/// document is made from): each of the app's record types among them becomes a declaration of the contract.
/// </summary>
public static class HttpContract
{
    public static IReadOnlyList<Type> BodyTypes(IApiDescriptionGroupCollectionProvider api) =>
    [
        .. api.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
                .Concat(d.SupportedResponseTypes.Select(r => r.Type)))
            .OfType<Type>()
            .Where(IsOwn)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>One of the app's types, or a collection of them (problem documents and files are not).</summary>
    private static bool IsOwn(Type type) =>
        type.Namespace?.StartsWith("CommunityPlanning", StringComparison.Ordinal) == true
        || (type.IsArray && IsOwn(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(IsOwn));
}
