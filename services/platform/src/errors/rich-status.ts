import { fromBinary } from '@bufbuild/protobuf';
import { anyUnpack } from '@bufbuild/protobuf/wkt';
import { BadRequestSchema, ErrorInfoSchema } from '@expertnet/proto/google/rpc/error_details_pb.ts';
import { StatusSchema } from '@expertnet/proto/google/rpc/status_pb.ts';
import type { ServiceError } from '@grpc/grpc-js';
import type { FieldViolation } from './domain-error.ts';

/** The domain code and field violations a gRPC error carries (for clients and the gateway). */
export function richStatusOf(error: ServiceError): {
  reason: string | undefined;
  violations: FieldViolation[];
} {
  const [encoded] = error.metadata.get('grpc-status-details-bin');
  if (!(encoded instanceof Buffer)) return { reason: undefined, violations: [] };
  const status = fromBinary(StatusSchema, encoded);
  let reason: string | undefined;
  const violations: FieldViolation[] = [];
  for (const detail of status.details) {
    reason ??= anyUnpack(detail, ErrorInfoSchema)?.reason;
    for (const violation of anyUnpack(detail, BadRequestSchema)?.fieldViolations ?? []) {
      violations.push({
        field: violation.field,
        description: violation.description,
        ...(violation.reason === '' ? {} : { rule: violation.reason }),
      });
    }
  }
  return { reason, violations };
}
