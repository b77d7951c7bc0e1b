import {
  fromJson,
  toJson,
  type DescMessage,
  type JsonValue,
  type MessageShape,
} from '@bufbuild/protobuf';
import { gatewayProblem, ProblemError } from '../http/problem.ts';

/**
 * The request message from the JSON a client sent (body, path and query merged). The route's
 * schema has already checked the shape; what is left here is what JSON Schema cannot say, such as
 * a Timestamp outside 0001..9999. Unknown fields are refused rather than dropped.
 */
export function requestFromJson<Desc extends DescMessage>(
  schema: Desc,
  json: JsonValue,
): MessageShape<Desc> {
  try {
    return fromJson(schema, json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ProblemError(
      gatewayProblem(400, 'REQUEST_INVALID', { errors: [{ field: '', message }] }),
      { cause: error },
    );
  }
}

/**
 * The JSON answer. Fields at their default value are written too (0, "", false, the
 * *_UNSPECIFIED enum value), so every response of one type has the same members and clients need
 * not know proto3's rule that defaults are left out.
 */
export function responseToJson<Desc extends DescMessage>(
  schema: Desc,
  message: MessageShape<Desc>,
): JsonValue {
  return toJson(schema, message, { alwaysEmitImplicit: true });
}
