using CommunityPlanning.Accounts;
using CommunityPlanning.Documents;
using CommunityPlanning.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Storage;

namespace CommunityPlanning.Hosting;

/// <summary>The one silo configuration, shared by the stand-alone Silo and the Web host's embedded silo.</summary>
public static class SiloConfiguration
{
    /// <summary>
    /// SQLite: a single silo with localhost clustering (one process). PostgreSQL: AdoNet clustering, so
    /// several silos and web servers find each other through the membership table.
    /// </summary>
    public static ISiloBuilder AddCommunityPlanning(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = configuration.GetStorageSettings();
        var cluster = configuration.GetClusterSettings();
        var connectionString = storage.ResolveConnectionString();

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });

        if (storage.Provider == StorageProvider.Sqlite)
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }
        else
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = storage.Invariant;
                o.ConnectionString = connectionString;
            });
            silo.ConfigureEndpoints(cluster.ResolveAdvertisedAddress(), cluster.SiloPort, cluster.GatewayPort, cluster.ListenOnAnyAddress);
            silo.Configure<ClusterMembershipOptions>(Failover.Configure);
        }

        silo.AddCommunityPlanningStorage(storage);
        silo.Services.AddGrainServices();
        silo.Services.AddVotingSettings(configuration);
        return silo;
    }

    /// <summary>The <c>Voting</c> section, checked now, as the grains' <c>IOptions&lt;VotingSettings&gt;</c> (its defaults without this).</summary>
    public static IServiceCollection AddVotingSettings(this IServiceCollection services, IConfiguration configuration)
    {
        var voting = VotingSettings.From(configuration);
        return services.Configure<VotingSettings>(o => o.SecretMinimumTurnout = voting.SecretMinimumTurnout);
    }

    /// <summary>
    /// Everything stored, in the database of <paramref name="storage"/> (its tables made by <see cref="DatabaseSchema"/>):
    /// grain state through the Orleans AdoNet provider, the documents' edit logs in their own table.
    /// </summary>
    public static ISiloBuilder AddCommunityPlanningStorage(this ISiloBuilder silo, StorageSettings storage)
    {
        silo.AddAdoNetGrainStorage(GrainStorage.Name, o =>
        {
            o.Invariant = storage.Invariant;
            o.ConnectionString = storage.ResolveConnectionString();
        });
        silo.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<EditLog>(services, storage));
        return silo;
    }

    /// <summary>What the grains take from dependency injection.</summary>
    public static IServiceCollection AddGrainServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // Grain state is stored with Orleans' own version-tolerant binary serializer (the [Id]s of the state
        // classes), not JSON: it handles immutable types such as TextOperation and is compact.
        services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        services.AddSingleton<IPasswordHasher<OrganizerState>, PasswordHasher<OrganizerState>>();
        services.AddSingleton<IIntentionVotesLocator, IntentionVotesLocator>();
        return services;
    }

    /// <summary>A client of a PostgreSQL-clustered silo set: finds the gateways in the membership table.</summary>
    public static IClientBuilder AddCommunityPlanning(this IClientBuilder client, IConfiguration configuration)
    {
        var storage = configuration.GetStorageSettings();
        var cluster = configuration.GetClusterSettings();
        if (storage.Provider != StorageProvider.PostgreSql)
        {
            throw new InvalidOperationException("Client mode needs Storage:Provider=PostgreSql (the cluster's membership table).");
        }

        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = storage.Invariant;
            o.ConnectionString = storage.ResolveConnectionString();
        });
        client.Configure<GatewayOptions>(Failover.Configure);
        return client;
    }
}
