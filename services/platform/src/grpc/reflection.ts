import { toBinary, type DescFile, type DescService } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { file_google_rpc_error_details } from '@expertnet/proto/google/rpc/error_details_pb.ts';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import type { Server } from '@grpc/grpc-js';
import { protoPath as healthProtoPath } from 'grpc-health-check';

/**
 * Server reflection (so grpcurl can list and call) for our services and the health service.
 * @grpc/reflection reads encoded FileDescriptorProtos from a proto-loader package definition;
 * protobuf-es descriptors carry the same protos, so we hand it those.
 */
export function addReflection(server: Server, services: readonly DescService[]): void {
  const definition: Record<string, { fileDescriptorProtos: Buffer[] }> = {};
  const files = [
    ...services.map((service) => ({ name: service.typeName, file: service.file })),
    // The error details every error carries, so grpcurl can decode them too.
    { name: 'google.rpc.ErrorDetails', file: file_google_rpc_error_details },
  ];
  for (const { name, file } of files) {
    definition[name] = {
      fileDescriptorProtos: withDependencies(file).map((dependency) =>
        Buffer.from(toBinary(FileDescriptorProtoSchema, dependency.proto)),
      ),
    };
  }
  const health = loadSync(healthProtoPath);
  new ReflectionService({ ...health, ...definition } as PackageDefinition).addToServer(server);
}

function withDependencies(file: DescFile, seen = new Set<string>()): DescFile[] {
  if (seen.has(file.name)) return [];
  seen.add(file.name);
  return [file, ...file.dependencies.flatMap((dependency) => withDependencies(dependency, seen))];
}
