// The mentoring service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
// Composition root only: configuration, connections, the app, and what feeds it.
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  consumeEvents,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import {
  COHORTS_STREAM,
  DIRECTORY_STREAM,
  MENTORING_STREAM,
  NOMINATIONS_STREAM,
} from '@expertnet/proto/events';
import { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { createMentoringApp } from './app.ts';
import { loadMentoringConfig } from './config.ts';
import { CONSUMED_DIRECTORY_SUBJECTS, directoryEventHandler } from './events/directory-events.ts';
import {
  CONSUMED_COHORTS_SUBJECTS,
  CONSUMED_NOMINATIONS_SUBJECTS,
  cohortsEventHandler,
  nominationsEventHandler,
} from './events/programme-events.ts';
import { mentoringHandlers } from './grpc/handlers.ts';
import { APPLICATIONS_COLLECTION } from './repositories/applications.repository.ts';
import { ASSIGNMENTS_COLLECTION } from './repositories/assignments.repository.ts';
import { MATCH_RUNS_COLLECTION } from './repositories/match-runs.repository.ts';
import { FEEDBACK_COLLECTION, MEETINGS_COLLECTION } from './repositories/meetings.repository.ts';
import { PROGRAMMES_COLLECTION } from './repositories/programmes.repository.ts';

const logger = createLogger({ service: 'mentoring' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadMentoringConfig();
    logger.level = config.logLevel;
    // The consumed streams are declared here too: mentoring may start before their producers.
    const { mongo, js, jsm, readiness } = await connectServers(lifecycle, logger, {
      name: 'mentoring',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [MENTORING_STREAM, DIRECTORY_STREAM, COHORTS_STREAM, NOMINATIONS_STREAM],
    });

    const db = mongo.db(config.database);
    const relay = createOutboxRelay({
      db,
      collections: [
        PROGRAMMES_COLLECTION,
        APPLICATIONS_COLLECTION,
        ASSIGNMENTS_COLLECTION,
        MATCH_RUNS_COLLECTION,
        MEETINGS_COLLECTION,
        FEEDBACK_COLLECTION,
      ],
      js,
      logger,
      readiness,
    });
    const app = await createMentoringApp({
      db,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
      logger,
      poolMaxAgeMs: config.poolMaxAgeMs,
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    const connections = { js, jsm };
    await consumeEvents(lifecycle, logger, {
      name: 'directory consumer',
      connections,
      db,
      stream: DIRECTORY_STREAM,
      durable: config.directoryDurable,
      subjects: CONSUMED_DIRECTORY_SUBJECTS,
      handle: directoryEventHandler(app),
    });
    await consumeEvents(lifecycle, logger, {
      name: 'cohorts consumer',
      connections,
      db,
      stream: COHORTS_STREAM,
      durable: config.cohortsDurable,
      subjects: CONSUMED_COHORTS_SUBJECTS,
      handle: cohortsEventHandler(app),
    });
    await consumeEvents(lifecycle, logger, {
      name: 'nominations consumer',
      connections,
      db,
      stream: NOMINATIONS_STREAM,
      durable: config.nominationsDurable,
      subjects: CONSUMED_NOMINATIONS_SUBJECTS,
      handle: nominationsEventHandler(app),
    });

    // What a crash left half-done is finished before serving, then kept finished.
    const recovered = await app.reconcile();
    await app.resumePublishing();
    logger.info(recovered, 'reconciled');
    runPeriodically(lifecycle, logger, 'reconcile sweep', config.reconcileSweepMs, async () => {
      await app.reconcile();
      await app.resumePublishing();
    });
    runPeriodically(
      lifecycle,
      logger,
      'proposal expiry sweep',
      config.expirySweepMs,
      app.expireProposals,
    );

    await serveGrpc(lifecycle, logger, {
      name: 'mentoring',
      service: MentoringService,
      handlers: mentoringHandlers({ app, now: () => new Date() }),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
      readiness,
    });
  },
});
