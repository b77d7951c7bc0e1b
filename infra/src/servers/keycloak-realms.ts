import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  PLATFORM_AUDIENCE,
  PLATFORM_REALM,
  platformRealm,
  TEST_CLIENT_ID,
} from '../../keycloak/expertnet.realm.ts';
import {
  BROKER_CLIENT_ID,
  MINISTRY_ORG,
  MINISTRY_REALM,
  ministryRealm,
} from '../../keycloak/ministry-demo.realm.ts';

export { PLATFORM_AUDIENCE, TEST_CLIENT_ID };
export const REALMS = { platform: PLATFORM_REALM, ministry: MINISTRY_REALM } as const;

export interface RealmUrls {
  readonly keycloakUrl: string;
  readonly portalUrl: string;
  readonly testPortalUrl: string;
}

/** Both realms as Keycloak import documents, with this stack's URLs filled in. */
export function buildRealms(urls: RealmUrls) {
  return [
    platformRealm({
      ...urls,
      ministry: { realm: MINISTRY_REALM, clientId: BROKER_CLIENT_ID, org: MINISTRY_ORG },
    }),
    ministryRealm(urls),
  ];
}

/** Writes the realm files Keycloak imports at start (`--import-realm` skips existing realms). */
export async function renderRealms(urls: RealmUrls, importDir: string): Promise<void> {
  await fsp.mkdir(importDir, { recursive: true });
  for (const realm of buildRealms(urls)) {
    const file = path.join(importDir, `${realm.realm}-realm.json`);
    await fsp.writeFile(file, JSON.stringify(realm, null, 2));
  }
}
