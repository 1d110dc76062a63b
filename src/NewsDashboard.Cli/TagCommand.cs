using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Cli;

/// <summary>
/// <c>newsdash tag FILE...</c>: the trained tagger's raw spans, one per line (file, type, text), before any rule
/// of the entity passes sees them. For whoever retrains or debugs the model.
/// </summary>
internal static class TagCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new UsageException("tag: give one or more text files");
        }

        var tagger = NameTagger.Default;
        if (tagger is null)
        {
            await stderr.WriteLineAsync("newsdash: tag: this build has no tagger model");
            return 1;
        }

        foreach (var path in args)
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"newsdash: cannot read '{path}': {ex.Message}");
                return 1;
            }

            var tokens = Tokenizer.Tokenize(text);
            var forms = tokens.Select(t => TokenForms.ForText(t)).ToList();
            foreach (var span in tagger.Tag(text, tokens, forms))
            {
                var start = tokens[span.Start].Start;
                var end = tokens[span.End - 1].End;
                await stdout.WriteLineAsync($"{Path.GetFileName(path)}\t{span.Type}\t{text[start..end]}");
            }
        }

        return 0;
    }
}
