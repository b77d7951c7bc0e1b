/**
 * The channel options of a raised message size limit, in both directions. None when absent, so
 * grpc-js keeps its defaults (4 MiB received, unlimited sent) for every service that sets none.
 */
export function messageSizeOptions(maxMessageBytes: number | undefined): Record<string, number> {
  if (maxMessageBytes === undefined) return {};
  return {
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': maxMessageBytes,
  };
}
