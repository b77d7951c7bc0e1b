import type { DescEnum } from '@bufbuild/protobuf';
import { enumName } from '@expertnet/platform';
import {
  CertificateStatusSchema,
  CohortStatusSchema,
  EnrolmentStatusSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';

const ENUMS: Record<'cohort' | 'enrolment' | 'certificate', DescEnum> = {
  cohort: CohortStatusSchema,
  enrolment: EnrolmentStatusSchema,
  certificate: CertificateStatusSchema,
};

/**
 * Repeated enum filters of requests as the domain's kebab-case names. protovalidate has already
 * refused unknown and zero values, so every number here has a name.
 */
export function statusesOf<T extends string>(
  values: readonly number[],
  kind: keyof typeof ENUMS,
): T[] {
  return values.map((value) => (enumName(ENUMS[kind], value) ?? '') as T);
}
