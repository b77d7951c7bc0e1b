export { loadConfig, env, ConfigError, type ConfigSpec, type ConfigOf } from './config/config.ts';
export { createLogger } from './logging/logger.ts';
export {
  assertVersion,
  DomainError,
  fieldError,
  invalidArgument,
  type ErrorKind,
  type FieldViolation,
} from './errors/domain-error.ts';
export { toServiceError } from './errors/grpc-status.ts';
export { richStatusOf } from './errors/rich-status.ts';
export { principalFromClaims, type Principal } from './auth/principal.ts';
export { verifiedEmailOf } from './auth/verified-email.ts';
export { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.ts';
export { requireRole, requireOrgScope } from './auth/policy.ts';
export { accessTable } from './auth/access-table.ts';
export { scopeAdmits, type OrganisationScope } from './auth/organisation-scope.ts';
export { scopeFilter } from './mongo/scope-filter.ts';
export {
  actorOf,
  resolveOrganisation,
  serviceActor,
  type Actor,
  type ChangeContext,
  type LocalizedText,
  type OrganisationResolver,
} from './domain/vocabulary.ts';
export { createServiceTokenSource } from './auth/service-token.ts';
export { createGrpcServer, type GrpcServer } from './grpc/server.ts';
export { createGrpcClient, type ServiceClient, type CallOptions } from './grpc/client.ts';
export type { CallContext, HandlersOf, ServiceHandlers } from './grpc/handlers.ts';
export { withUnimplemented } from './grpc/handlers.ts';
export { enumCodec, type EnumCodec } from './grpc/enum-codec.ts';
export {
  createEnvelope,
  decodeEnvelope,
  encodeEnvelope,
  type EventContext,
  type NewEvent,
} from './events/envelope.ts';
export {
  withEvents,
  updateWithEvents,
  outboxOf,
  OUTBOX_INDEX,
  type OutboxWrite,
  type WithOutbox,
} from './events/outbox.ts';
export { createOutboxRelay, type OutboxRelay } from './events/relay.ts';
export {
  createEventConsumer,
  appliedOnce,
  type EventConsumer,
  type ProcessedEvent,
} from './events/consumer.ts';
export {
  ensureStream,
  DEAD_LETTER_STREAM,
  deadLetterSubject,
  type StreamSpec,
} from './events/streams.ts';
export { listDeadLetters, replayDeadLetter, type DeadLetter } from './events/dead-letters.ts';
export { ensureIndexes, type IndexDeclaration } from './mongo/indexes.ts';
export {
  retryOnConflict,
  updateVersioned,
  updateVersionedWithEvents,
  type Versioned,
} from './mongo/versioned.ts';
export { findPage, type Page, type PageQuery } from './mongo/pagination.ts';
export { recordStore, type StoredRecord } from './mongo/record-store.ts';
export { startTelemetry, type Telemetry, type TelemetryOptions } from './telemetry/telemetry.ts';
export { currentTraceparent, tracePublish, traceProcess } from './telemetry/trace-context.ts';
export { runService, type Lifecycle, type RunServiceOptions } from './runtime/run-service.ts';
export {
  connectServers,
  consumeEvents,
  runPeriodically,
  serveGrpc,
} from './runtime/service-parts.ts';
export {
  REFERENCE_DATA_VERSION,
  findOrganisation,
  currentOrganisation,
  listOrganisations,
  predecessorsOf,
  isInForceOn,
  nameOn,
  foldVietnamese,
  toSearchKey,
  type Organisation,
  type OrganisationKind,
  type OrganisationFilter,
  type LocalisedName,
  type FormerName,
} from './organisations/index.ts';
export { fieldViolations } from './grpc/request-checks.ts';
export { isIntegerBetween, requireReason, textLength, Violations } from './errors/violations.ts';
export {
  eventEnvelopes,
  type EventMessageMappers,
  type SubjectEvent,
} from './events/event-messages.ts';
export {
  VIETNAM_UTC_OFFSET_MS,
  isCalendarDate,
  isValidInstant,
  parseCalendarDate,
  vietnamDateOf,
  vietnamMomentText,
  vietnamTimeOf,
  vietnameseDateText,
  type CalendarDate,
} from './calendar/vietnam.ts';
export { nameBasedUuid } from './ids/name-based-uuid.ts';
export { DEPENDENCY_HEALTH_NAMES, type Dependency, type Readiness } from './runtime/readiness.ts';
export { createHealthClient, type HealthClient, type ServiceHealth } from './grpc/health-client.ts';
