import { create, toBinary } from '@bufbuild/protobuf';
import { anyPack } from '@bufbuild/protobuf/wkt';
import { BadRequestSchema, ErrorInfoSchema } from '@expertnet/proto/google/rpc/error_details_pb.ts';
import { StatusSchema } from '@expertnet/proto/google/rpc/status_pb.ts';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';
import { DomainError, type ErrorKind } from './domain-error.ts';

const STATUS_OF_KIND: Readonly<Record<ErrorKind, status>> = {
  'invalid-argument': status.INVALID_ARGUMENT,
  unauthenticated: status.UNAUTHENTICATED,
  'permission-denied': status.PERMISSION_DENIED,
  'not-found': status.NOT_FOUND,
  'already-exists': status.ALREADY_EXISTS,
  conflict: status.ABORTED,
  'failed-precondition': status.FAILED_PRECONDITION,
  unavailable: status.UNAVAILABLE,
  unimplemented: status.UNIMPLEMENTED,
};

/**
 * What a handler threw, when it is an outcome the service expects rather than a bug: a domain
 * error, or a database that cannot be reached (the caller may retry; the gateway answers 503
 * with a problem body, not 500).
 */
export function expectedFailure(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const unreachable =
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNotConnectedError ||
    error instanceof MongoTopologyClosedError;
  return unreachable
    ? new DomainError(
        'unavailable',
        'DATABASE_UNAVAILABLE',
        'the database is unreachable; try again shortly',
        { cause: error },
      )
    : undefined;
}

/** The error domain in google.rpc.ErrorInfo, so clients know whose codes these are. */
const ERROR_DOMAIN = 'expertnet.vn';
const DETAILS_HEADER = 'grpc-status-details-bin';

/**
 * Turns what a handler threw into a gRPC error. Domain errors keep their code and field
 * violations in the standard rich error model (google.rpc.Status with ErrorInfo and BadRequest
 * in `grpc-status-details-bin`), which grpcurl and every gRPC library can decode. Anything else
 * is a bug: INTERNAL, without leaking its message.
 */
export function toServiceError(thrown: unknown): Partial<ServiceError> {
  const error = expectedFailure(thrown);
  if (error === undefined) {
    return { code: status.INTERNAL, details: 'internal error', metadata: new Metadata() };
  }
  const code = STATUS_OF_KIND[error.kind];
  const details = [
    anyPack(ErrorInfoSchema, create(ErrorInfoSchema, { reason: error.code, domain: ERROR_DOMAIN })),
  ];
  if (error.violations.length > 0) {
    const badRequest = create(BadRequestSchema, {
      // The rule id travels as the violation's reason, the standard field for a stable code.
      fieldViolations: error.violations.map((violation) => ({
        field: violation.field,
        description: violation.description,
        reason: violation.rule ?? '',
      })),
    });
    details.push(anyPack(BadRequestSchema, badRequest));
  }
  const metadata = new Metadata();
  const richStatus = create(StatusSchema, { code, message: error.message, details });
  metadata.set(DETAILS_HEADER, Buffer.from(toBinary(StatusSchema, richStatus)));
  return { code, details: error.message, metadata };
}
