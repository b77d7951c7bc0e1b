import type { DescMethod, DescService } from '@bufbuild/protobuf';
import type { ServiceClient } from '@expertnet/platform';
import { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { CoordinationService } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';

/**
 * The gRPC services behind the gateway, by the name route tables use for them. The order is
 * kept on purpose: a message name two services share keeps its bare schema id for the earlier
 * one (see json-schema.ts), so adding a service never renames what clients already generate.
 */
export const SERVICES = {
  nominations: NominationsService,
  cohorts: CohortsService,
  directory: DirectoryService,
  mentoring: MentoringService,
  coordination: CoordinationService,
} as const;

export type ServiceName = keyof typeof SERVICES;

export type MethodsOf<S extends ServiceName> = (typeof SERVICES)[S]['method'];

/** An RPC of service S by its generated local name ('listCohorts'); distributes over a union. */
export type RpcName<S extends ServiceName> = S extends ServiceName
  ? Extract<keyof MethodsOf<S>, string>
  : never;

export type ClientOf<S extends ServiceName> = ServiceClient<MethodsOf<S>>;
export type NominationsClient = ClientOf<'nominations'>;
export type CohortsClient = ClientOf<'cohorts'>;
export type DirectoryClient = ClientOf<'directory'>;
export type MentoringClient = ClientOf<'mentoring'>;
export type CoordinationClient = ClientOf<'coordination'>;

/** One client per service, as main.ts builds them and tests fake them. */
export type ServiceClients = { readonly [S in ServiceName]: ClientOf<S> };

/** One RPC of one service: only the RPCs the named service has are accepted. */
export type RpcTarget = {
  [S in ServiceName]: { readonly service: S; readonly rpc: RpcName<S> };
}[ServiceName];

/** The descriptors of a target, checked at start-up rather than trusted from the types alone. */
export function methodOf(target: RpcTarget): DescMethod {
  const service: DescService = SERVICES[target.service];
  const method = service.methods.find((candidate) => candidate.localName === target.rpc);
  if (method === undefined) throw new Error(`${service.typeName} has no RPC ${target.rpc}`);
  return method;
}

/** "expertnet.cohorts.v1.CohortsService/VerifyCertificate", as the OpenAPI document cites it. */
export function fullMethodName(target: RpcTarget): string {
  const method = methodOf(target);
  return `${method.parent.typeName}/${method.name}`;
}
