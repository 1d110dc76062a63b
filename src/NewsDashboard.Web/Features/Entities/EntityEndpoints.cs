using NewsDashboard.Web.Features.Vocabulary;
using NewsDashboard.Web.Features.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Security;
using NewsDashboard.Web.Features.Text;

namespace NewsDashboard.Web.Features.Entities;

internal sealed record MergeRequest(long? Into);

internal sealed record RenameRequest(string? Name);

/// <summary>The answer to a merge: the entity kept (<c>id</c>) and the one merged into it.</summary>
internal sealed record EntityMerged(long Id, long Merged);

/// <summary>The answer to a rename: the entity and its name as stored.</summary>
internal sealed record EntityRenamed(long Id, string Name);

internal static class EntityEndpoints
{
    public static IServiceCollection AddEntities(this IServiceCollection services)
        => services.AddSingleton<MentionWindows>().AddSingleton<EntityQueries>().AddSingleton<EntityCorrections>();

    /// <summary>Fills the in-memory mention windows from the store before the app serves anything.</summary>
    public static async Task LoadMentionWindowsAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<MentionWindows>().LoadAsync(app.Services.GetRequiredService<Store.Database>());
    }

    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Entities");
        api.MapGet("/", async Task<Results<Ok<IReadOnlyList<EntityCount>>, ValidationProblem>> (EntityQueries queries, string? type, string? window, int? limit, string? rank, CancellationToken ct) =>
        {
            type ??= EntityTypes.Person;
            if (!EntityTypes.All.Contains(type))
            {
                return FieldProblem.For("type", $"'type' must be one of {string.Join(", ", EntityTypes.All)}.");
            }

            if (!MentionWindow.TryParse(window, out var parsed))
            {
                return FieldProblem.For("window", $"'window' must be one of {string.Join(", ", MentionWindow.Choices)}.");
            }

            if (rank is not null && !MentionChoices.Ranks.Contains(rank))
            {
                return FieldProblem.For("rank", $"'rank' must be one of {string.Join(", ", MentionChoices.Ranks)}.");
            }

            return TypedResults.Ok(await queries.TopAsync(type, parsed, QueryLimits.Entities.Clamp(limit), ct, rank ?? MentionChoices.ByArticles));
        });
        api.MapGet("/{id:long}", async Task<Results<Ok<EntityDetail>, NotFound>> (long id, EntityQueries queries, CancellationToken ct)
            => await queries.GetAsync(id, ct) is { } entity ? TypedResults.Ok(entity) : TypedResults.NotFound());
        api.MapPost("/{id:long}/merge", async Task<Results<Ok<EntityMerged>, NotFound, ValidationProblem>> (long id, MergeRequest? request, EntityCorrections corrections, CancellationToken ct) =>
        {
            if (request?.Into is not { } into)
            {
                return FieldProblem.For("into", "'into' must be the id of the entity to merge into.");
            }

            return await corrections.MergeAsync(id, into, ct) switch
            {
                CorrectionResult.Done => TypedResults.Ok(new EntityMerged(into, id)),
                CorrectionResult.NotFound => TypedResults.NotFound(),
                _ => FieldProblem.For("into", "'into' must be another entity of the same type."),
            };
        }).RequireWriteKey();
        api.MapPut("/{id:long}", async Task<Results<Ok<EntityRenamed>, NotFound, ValidationProblem>> (long id, RenameRequest? request, EntityCorrections corrections, CancellationToken ct) =>
            await corrections.RenameAsync(id, request?.Name ?? string.Empty, ct) switch
            {
                CorrectionResult.Done => TypedResults.Ok(new EntityRenamed(id, TextCleaning.Line(request!.Name!))),
                CorrectionResult.NotFound => TypedResults.NotFound(),
                _ => FieldProblem.For("name", "'name' is required (at most 300 characters)."),
            }).RequireWriteKey();
        return app;
    }
}
