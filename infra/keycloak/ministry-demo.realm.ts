import { devClientSecret, PLATFORM_REALM } from './expertnet.realm.ts';
import { passwordGrantTestClient, user } from './realm-parts.ts';

/** Stands for a ministry's own identity system (here the Ministry of Finance, BTC). */
export const MINISTRY_REALM = 'ministry-demo';
export const MINISTRY_ORG = 'BTC';
export const BROKER_CLIENT_ID = 'expertnet-broker';
export const MINISTRY_TEST_CLIENT_ID = 'ministry-tests';

/**
 * How the portal's sign-in page names this identity provider (the gateway's
 * EXPERTNET_PORTAL_IDENTITY_PROVIDERS): the ministry's own name, in both languages.
 */
export const PORTAL_IDENTITY_PROVIDERS = [
  { alias: MINISTRY_REALM, name: { vi: 'Bộ Tài chính (demo)', en: 'Ministry of Finance (demo)' } },
];

export const MINISTRY_USERS = [
  { username: 'can.bo.thanh', firstName: 'Thanh', lastName: 'Lý Ngọc' },
  { username: 'can.bo.quang', firstName: 'Quang', lastName: 'Trịnh Đình' },
].map((demo) => ({ ...demo, email: `${demo.username}@mof.demo.gov.vn` }));

export function ministryRealm(options: { readonly keycloakUrl: string }) {
  return {
    realm: MINISTRY_REALM,
    displayName: 'Bộ Tài chính (demo) — tài khoản công vụ',
    enabled: true,
    sslRequired: 'external',
    users: MINISTRY_USERS.map(user),
    clients: [
      {
        clientId: BROKER_CLIENT_ID,
        description: 'ExpertNet, brokering this ministry’s accounts into the platform realm.',
        enabled: true,
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: devClientSecret(BROKER_CLIENT_ID),
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: [
          `${options.keycloakUrl}/realms/${PLATFORM_REALM}/broker/${MINISTRY_REALM}/endpoint*`,
        ],
        attributes: { 'pkce.code.challenge.method': 'S256' },
        protocol: 'openid-connect',
      },
      passwordGrantTestClient(MINISTRY_TEST_CLIENT_ID, []),
    ],
  };
}
