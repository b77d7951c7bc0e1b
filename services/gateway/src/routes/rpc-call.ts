import type { DescMessage, Message } from '@bufbuild/protobuf';
import type { CallOptions } from '@expertnet/platform';
import { isRpcError, problemFromRpcError } from '../http/grpc-problem.ts';
import { ProblemError } from '../http/problem.ts';
import { methodOf, type RpcTarget, type ServiceClients } from '../services.ts';

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
 * The clients' methods seen through the one signature they share. Route tables name an RPC and
 * the message passed is always decoded with that RPC's own input descriptor, which the typed
 * signatures cannot express for a name chosen at run time.
 */
type UnaryCall = (request: Message, options: CallOptions) => Promise<Message>;

export function callRpc(
  clients: ServiceClients,
  target: RpcTarget,
  request: Message,
  options: CallOptions,
): Promise<Message> {
  const methods = clients[target.service] as unknown as Readonly<Record<string, UnaryCall>>;
  const call = methods[target.rpc];
  if (call === undefined) throw new Error(`the ${target.service} client has no ${target.rpc}`);
  return callService(methodOf(target).input, () => call(request, options));
}
