using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsDashboard.Web.Features.Vocabulary;

/// <summary>The answer to a query value that is not valid: problem details naming the field (every slice's endpoints).</summary>
internal static class FieldProblem
{
    public static ValidationProblem For(string field, string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
