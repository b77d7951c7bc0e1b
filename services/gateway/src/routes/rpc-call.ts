import type { DescMessage, Message } from '@bufbuild/protobuf';
import type { CallOptions, ServiceClient } from '@expertnet/platform';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { isRpcError, problemFromRpcError } from '../http/grpc-problem.ts';
import { ProblemError } from '../http/problem.ts';

export type NominationsMethods = typeof NominationsService.method;
export type NominationsClient = ServiceClient<NominationsMethods>;
export type RpcName = keyof NominationsMethods;

/**
 * Runs one call to a service; a gRPC failure becomes the matching problem, its field paths
 * renamed against `request` (the call's request message type).
 */
export async function callService<T>(request: DescMessage, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isRpcError(error))
      throw new ProblemError(problemFromRpcError(error, request), { cause: error });
    throw error;
  }
}

/**
 * The client's methods seen through the one signature they share. Route tables name an RPC and
 * the message passed is always decoded with that RPC's own input descriptor, which the typed
 * signatures cannot express for a name chosen at run time.
 */
type UnaryCall = (request: Message, options: CallOptions) => Promise<Message>;

export function callRpc(
  client: NominationsClient,
  rpc: RpcName,
  request: Message,
  options: CallOptions,
): Promise<Message> {
  const methods = client as unknown as Readonly<Record<RpcName, UnaryCall>>;
  return callService(NominationsService.method[rpc].input, () => methods[rpc](request, options));
}
