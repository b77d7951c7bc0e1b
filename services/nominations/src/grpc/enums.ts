import type { DescEnum } from '@bufbuild/protobuf';
import { enumName } from '@expertnet/platform';
import {
  DuplicateFlagStatusSchema,
  NominationStatusSchema,
  RoundStatusSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';

const ENUMS: Record<'round' | 'nomination' | 'flag', DescEnum> = {
  round: RoundStatusSchema,
  nomination: NominationStatusSchema,
  flag: DuplicateFlagStatusSchema,
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
