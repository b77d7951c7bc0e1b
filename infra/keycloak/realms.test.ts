import { describe, expect, it } from 'vitest';
import { buildRealms } from '../src/servers/keycloak-realms.ts';
import { DEMO_USERS, PLATFORM_AUDIENCE, PLATFORM_ROLES } from './expertnet.realm.ts';

const [platform, ministry] = buildRealms({
  keycloakUrl: 'http://127.0.0.1:18080',
  portalUrl: 'http://127.0.0.1:18088',
  testPortalUrl: 'http://127.0.0.1:18098',
});

interface ClientShape {
  clientId: string;
  description?: string;
  directAccessGrantsEnabled?: boolean;
  protocolMappers?: { protocolMapper: string; config: Record<string, string> }[];
}
const clientsOf = (realm: unknown) => (realm as { clients: ClientShape[] }).clients;

describe('realm definitions', () => {
  it('says TESTS ONLY on every client that allows the password grant', () => {
    const passwordClients = [...clientsOf(platform), ...clientsOf(ministry)].filter(
      (client) => client.directAccessGrantsEnabled === true,
    );
    expect(passwordClients.map((client) => client.clientId)).toEqual([
      'expertnet-tests',
      'ministry-tests',
    ]);
    for (const client of passwordClients) expect(client.description).toMatch(/^TESTS ONLY/);
  });

  it('puts the platform audience and the org claim into every expertnet client', () => {
    for (const client of clientsOf(platform)) {
      const mappers = client.protocolMappers ?? [];
      expect(
        mappers.map((mapper) => mapper.protocolMapper),
        client.clientId,
      ).toEqual(['oidc-audience-mapper', 'oidc-usermodel-attribute-mapper']);
      expect(mappers[0]?.config['included.custom.audience']).toBe(PLATFORM_AUDIENCE);
      expect(mappers[1]?.config['claim.name']).toBe('org');
    }
  });

  it('has a demo user for every role, and every demo user has an organisation', () => {
    const covered = new Set(DEMO_USERS.flatMap((user) => user.roles));
    expect([...PLATFORM_ROLES].filter((role) => !covered.has(role))).toEqual([]);
    expect(new Set(DEMO_USERS.map((user) => user.org)).size).toBeGreaterThanOrEqual(4);
  });

  it("lets the ministry realm redirect only to the platform realm's broker endpoint", () => {
    const broker = clientsOf(ministry).find((client) => client.clientId === 'expertnet-broker');
    expect(broker).toMatchObject({
      redirectUris: ['http://127.0.0.1:18080/realms/expertnet/broker/ministry-demo/endpoint*'],
    });
  });

  it('renders to JSON with no unfilled value', () => {
    const json = JSON.stringify([platform, ministry]);
    expect(json).not.toMatch(/undefined|\{\{|\$\{(?!username|email|firstName|lastName)/);
  });
});
