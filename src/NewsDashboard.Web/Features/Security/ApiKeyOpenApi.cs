using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// The ingestion key in the OpenAPI document: an <c>ApiKey</c> scheme (header <c>X-Api-Key</c>) in the components,
/// required by every operation whose endpoint carries <see cref="Required"/> (what <c>RequireWriteKey</c> adds).
/// </summary>
internal static class ApiKeyOpenApi
{
    public const string SchemeName = "ApiKey";

    /// <summary>The endpoint metadata that marks a write needing the key.</summary>
    public static readonly WriteKeyRequired Required = new();

    public static OpenApiOptions AddApiKeyScheme(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.Header,
                Description = "One of the configured Api:Keys. Writes without a valid key are answered 401.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<WriteKeyRequired>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
        return options;
    }
}

/// <summary>Marks an endpoint that needs the ingestion key.</summary>
internal sealed class WriteKeyRequired;
