namespace NewsDashboard.Web.Features.Store;

internal static class StoreExtensions
{
    public static IServiceCollection AddStore(this IServiceCollection services)
    {
        // Resolved from the final configuration, so every source (files, environment, tests) applies.
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoreOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.News);
            if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
            }

            return new Database(builder.ToString());
        });
        services.AddSingleton<Migrator>();
        services.AddSingleton<WriteLock>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Applies migrations before the app serves anything.</summary>
    public static async Task MigrateStoreAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<Migrator>().MigrateAsync();
    }
}
