import {
  fromBinary,
  toBinary,
  type DescMethod,
  type DescService,
  type Message,
} from '@bufbuild/protobuf';
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';

/**
 * protoc-gen-es v2 emits service descriptors but no grpc-js stubs: this turns a descriptor into
 * the definition grpc-js serves and calls, with protobuf-es doing the (de)serialisation.
 */
export function grpcServiceDefinition(service: DescService): ServiceDefinition {
  return Object.fromEntries(
    service.methods.map((method) => [method.localName, grpcMethodDefinition(method)]),
  );
}

export function grpcMethodDefinition(method: DescMethod): MethodDefinition<Message, Message> {
  const streams = (kind: 'client' | 'server') =>
    method.methodKind === 'bidi_streaming' || method.methodKind === `${kind}_streaming`;
  return {
    path: `/${method.parent.typeName}/${method.name}`,
    requestStream: streams('client'),
    responseStream: streams('server'),
    originalName: method.localName,
    requestSerialize: (message) => Buffer.from(toBinary(method.input, message)),
    requestDeserialize: (bytes) => fromBinary(method.input, bytes),
    responseSerialize: (message) => Buffer.from(toBinary(method.output, message)),
    responseDeserialize: (bytes) => fromBinary(method.output, bytes),
  };
}
