import type { DescMessage } from '@bufbuild/protobuf';
import { richStatusOf } from '@expertnet/platform';
import type { ProblemStatus } from '../messages.ts';
import { jsonFieldPath, renameFieldsInText } from '../proto-json/field-path.ts';
import { ruleOfViolation } from '../proto-json/rule-params.ts';
import { gatewayProblem, type Problem } from './problem.ts';

/** What a failed call of the kit's gRPC client rejects with (a grpc-js ServiceError). */
export type RpcError = Parameters<typeof richStatusOf>[0];

/**
 * gRPC status codes, fixed by the gRPC specification. Spelled out here because grpc-js is the
 * kit's dependency, not the gateway's: the gateway never talks to grpc-js directly.
 */
const GRPC_STATUS = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

type GrpcStatusName = keyof typeof GRPC_STATUS;

/**
 * FAILED_PRECONDITION becomes 422, not 409: the request was understood but the state of things
 * refuses it (round closed, quota full, decision letter missing, not eligible), and retrying the
 * same request will not help until that changes. 409 stays for "someone else changed it first"
 * (ABORTED, a stale expected version) and "it exists already", where reloading is the remedy.
 */
const HTTP_STATUS_OF: Readonly<Partial<Record<GrpcStatusName, ProblemStatus>>> = {
  INVALID_ARGUMENT: 400,
  OUT_OF_RANGE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  ABORTED: 409,
  FAILED_PRECONDITION: 422,
  RESOURCE_EXHAUSTED: 429,
  UNIMPLEMENTED: 501,
  // The caller went away or the channel was shut down: nothing the client did wrong.
  CANCELLED: 503,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
};

export function isRpcError(error: unknown): error is RpcError {
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<Record<'code' | 'metadata', unknown>>;
  const metadata = candidate.metadata as { get?: unknown } | undefined;
  return typeof candidate.code === 'number' && typeof metadata?.get === 'function';
}

/**
 * The problem a failed call becomes. Client errors keep the service's code (from
 * google.rpc.ErrorInfo), its message and its field violations, with the fields renamed to the
 * JSON paths the client sent. Server errors say only what the client can act on: the service's
 * internals stay in the gateway's log.
 */
export function problemFromRpcError(error: RpcError, request: DescMessage): Problem {
  const name = statusName(error.code);
  const status = (name === undefined ? undefined : HTTP_STATUS_OF[name]) ?? 500;
  if (status === 503) return gatewayProblem(503, 'SERVICE_UNAVAILABLE');
  if (status === 504) return gatewayProblem(504, 'SERVICE_TIMEOUT');
  if (status >= 500 && status !== 501) return gatewayProblem(500, 'INTERNAL');
  const { reason, violations } = richStatusOf(error);
  const jsonNames = new Map(
    violations.map((violation) => [violation.field, jsonFieldPath(request, violation.field)]),
  );
  // The kit's invalidArgument writes the violations as its message ("field: why; ..."): said
  // again from the localised errors. Any other message is the service's own and stays.
  const listed = violations.map(({ field, description }) => `${field}: ${description}`).join('; ');
  return {
    status,
    code: reason ?? name ?? 'UNKNOWN',
    detail: renameFieldsInText(error.details, jsonNames),
    ...(violations.length > 0 && error.details === listed && { detailListsErrors: true }),
    // The service's description stays as the fallback for a rule the catalogue cannot say.
    errors: violations.map((violation) => ({
      field: jsonNames.get(violation.field) ?? violation.field,
      message: violation.description,
      ...(violation.rule === undefined
        ? {}
        : { rule: ruleOfViolation(request, violation.field, violation.rule) }),
    })),
  };
}

function statusName(code: number): GrpcStatusName | undefined {
  return (Object.keys(GRPC_STATUS) as GrpcStatusName[]).find((name) => GRPC_STATUS[name] === code);
}
