// The directory service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
import {
  connectServers,
  createEventConsumer,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { catalogueOf } from './catalogue.ts';
import { loadDirectoryConfig } from './config.ts';
import { NO_FILTER } from './domain/index.ts';
import { DIRECTORY_STREAM } from './events/envelopes.ts';
import { COHORTS_FACTS, profilesFromCohorts } from './events/graduation-events.ts';
import { followProfiles } from './events/profile-feed.ts';
import { directoryHandlers } from './grpc/handlers.ts';
import { PROFILES_COLLECTION, profilesStore } from './persistence/profiles-store.ts';
import { skillsStore } from './persistence/skills-store.ts';
import { profileWriter } from './profile-writer.ts';
import { createExpertIndex } from './read-model/expert-index.ts';
import { DEFAULT_SECTORS, DEFAULT_TAXONOMY } from './reference/index.ts';
import { availabilityExpirySweep } from './scheduling/availability-expiry.ts';

const logger = createLogger({ service: 'directory', level: process.env.LOG_LEVEL ?? 'info' });

const WARM_UP = {
  query: '',
  filter: NO_FILTER,
  facets: [],
  order: 'name',
  pageSize: 1,
  cursor: '',
} as const;

/** The cohorts stream, declared here too: the directory may start before cohorts ever has. */
const COHORTS_STREAM = { name: 'COHORTS', subjects: ['cohorts.>'] };

await runService({
  logger,
  async start(lifecycle) {
    const config = loadDirectoryConfig();
    const { mongo, js, jsm } = await connectServers(lifecycle, {
      name: 'directory',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [DIRECTORY_STREAM, COHORTS_STREAM],
    });

    const db = mongo.db(config.database);
    const profiles = profilesStore(db);
    const skills = skillsStore(db);
    await profiles.ensureIndexes();
    await skills.seed(DEFAULT_TAXONOMY);
    const catalogue = catalogueOf(await skills.all(), DEFAULT_SECTORS);

    // The feed first, then the load: a write another replica makes meanwhile is not missed.
    const index = createExpertIndex(catalogue.labels());
    const feed = await followProfiles({ js, profiles, index, logger });
    lifecycle.onStop('read model feed', () => feed.stop());
    const loadStarted = performance.now();
    for await (const profile of profiles.all()) index.upsert(profile);
    // The first search sorts every name; done here, no caller waits for it.
    index.search({ ...WARM_UP, now: new Date() });
    logger.info(
      { profiles: index.size, ms: Math.round(performance.now() - loadStarted) },
      'read model loaded',
    );

    const relay = createOutboxRelay({ db, collections: [PROFILES_COLLECTION], js, logger });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());
    const write = profileWriter({
      profiles,
      index,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
    });
    const now = () => new Date();

    const consumer = createEventConsumer({
      js,
      jsm,
      stream: COHORTS_STREAM.name,
      durable: config.cohortsDurable,
      filterSubjects: Object.keys(COHORTS_FACTS),
      processed: db.collection('processed_events'),
      handle: profilesFromCohorts({ profiles, catalogue, index, write, now }).handle,
      logger,
      retryDelayMs: (delivery) => Math.min(200 * 2 ** (delivery - 1), 10_000),
    });
    await consumer.start();
    lifecycle.onStop('cohorts consumer', () => consumer.stop());

    runPeriodically(
      lifecycle,
      logger,
      'availability expiry sweep',
      config.availabilitySweepMs,
      availabilityExpirySweep({ profiles, index, write, now }),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'directory',
      service: DirectoryService,
      handlers: directoryHandlers({ profiles, skills, index, catalogue, write, now, logger }),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
    });
  },
});
