import {
  passwordGrantTestClient,
  platformMappers,
  user,
  userProfileWithOrg,
} from './realm-parts.ts';

export const PLATFORM_REALM = 'expertnet';
export const PLATFORM_AUDIENCE = 'expertnet-api';
export const TEST_CLIENT_ID = 'expertnet-tests';
export const PLATFORM_ROLES = [
  'programme-office',
  'reviewer',
  'nominator',
  'province-coordinator',
  'expert',
  'mentor',
  'admin',
] as const;
export const SERVICES = ['nominations', 'cohorts', 'directory', 'mentoring', 'coordination'];

/** Development-only secrets: the realm is for local stacks and tests, never production. */
export const devClientSecret = (clientId: string) => `dev-only-${clientId}-secret`;

/**
 * Demo users for every role across several organisations. Organisation codes: `P` + the
 * two-digit provincial code (P01 Hà Nội, P79 TP. Hồ Chí Minh, P48 Đà Nẵng), ministries by
 * their Vietnamese abbreviation (BKHCN Ministry of Science and Technology, which leads the
 * programme since the 2025 merger; BTC Ministry of Finance; BYT Ministry of Health).
 */
export const DEMO_USERS = [
  {
    username: 'admin.demo',
    firstName: 'Quản trị',
    lastName: 'Hệ thống',
    org: 'BKHCN',
    roles: ['admin'],
  },
  {
    username: 'office.mai',
    firstName: 'Mai',
    lastName: 'Lê Thị',
    org: 'BKHCN',
    roles: ['programme-office'],
  },
  {
    username: 'reviewer.hung',
    firstName: 'Hùng',
    lastName: 'Phạm Văn',
    org: 'BKHCN',
    roles: ['reviewer'],
  },
  {
    username: 'nominator.hanoi',
    firstName: 'Lan',
    lastName: 'Nguyễn Thị',
    org: 'P01',
    roles: ['nominator'],
  },
  {
    username: 'nominator.hcm',
    firstName: 'Minh',
    lastName: 'Trần Quang',
    org: 'P79',
    roles: ['nominator'],
  },
  {
    username: 'nominator.byt',
    firstName: 'Hà',
    lastName: 'Đỗ Thu',
    org: 'BYT',
    roles: ['nominator'],
  },
  {
    username: 'coordinator.danang',
    firstName: 'Dũng',
    lastName: 'Võ Tiến',
    org: 'P48',
    roles: ['province-coordinator'],
  },
  {
    username: 'coordinator.hanoi',
    firstName: 'Thảo',
    lastName: 'Bùi Phương',
    org: 'P01',
    roles: ['province-coordinator'],
  },
  { username: 'expert.an', firstName: 'An', lastName: 'Nguyễn Văn', org: 'P01', roles: ['expert'] },
  {
    username: 'expert.linh',
    firstName: 'Linh',
    lastName: 'Hoàng Khánh',
    org: 'P79',
    roles: ['expert'],
  },
  {
    username: 'mentor.duc',
    firstName: 'Đức',
    lastName: 'Đặng Minh',
    org: 'P48',
    roles: ['expert', 'mentor'],
  },
].map((demo) => ({ ...demo, email: `${demo.username}@demo.expertnet.vn` }));

export interface PlatformRealmOptions {
  readonly keycloakUrl: string;
  /** Where the portal is served (the gateway); the portal's redirect URIs point there. */
  readonly portalUrl: string;
  /** Where the browser tests' gateway serves the portal: a sign-in there must be allowed too. */
  readonly testPortalUrl: string;
  /** The ministry realm brokered as an identity provider. */
  readonly ministry: { readonly realm: string; readonly clientId: string; readonly org: string };
}

export function platformRealm(options: PlatformRealmOptions) {
  const mappers = platformMappers(PLATFORM_AUDIENCE);
  const confidential = (clientId: string, description: string, flows: object) => ({
    clientId,
    description,
    enabled: true,
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret: devClientSecret(clientId),
    standardFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: true,
    protocol: 'openid-connect',
    protocolMappers: mappers,
    ...flows,
  });
  return {
    realm: PLATFORM_REALM,
    displayName: 'ExpertNet — Mạng lưới chuyên gia chuyển đổi số',
    enabled: true,
    // HTTP is accepted from loopback and private addresses only.
    sslRequired: 'external',
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    internationalizationEnabled: true,
    supportedLocales: ['vi', 'en'],
    defaultLocale: 'vi',
    roles: {
      realm: PLATFORM_ROLES.map((name) => ({ name, description: `ExpertNet role: ${name}` })),
    },
    components: userProfileWithOrg(),
    users: DEMO_USERS.map(user),
    clients: [
      {
        clientId: 'portal',
        description: 'The ExpertNet web portal (public client, authorization code with PKCE).',
        enabled: true,
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: [`${options.portalUrl}/*`],
        webOrigins: [options.portalUrl],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocol: 'openid-connect',
        protocolMappers: mappers,
      },
      confidential(
        'gateway',
        'The HTTP gateway (confidential; service account for its own calls).',
        {
          // The portal's backend: the gateway signs browsers in (authorization code with PKCE)
          // and keeps their tokens; '+' lets logout return to any of the redirect URIs.
          standardFlowEnabled: true,
          redirectUris: [options.portalUrl, options.testPortalUrl].map((url) => `${url}/*`),
          attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        },
      ),
      ...SERVICES.map((service) =>
        confidential(`svc-${service}`, `Service account of the ${service} service.`, {}),
      ),
      passwordGrantTestClient(TEST_CLIENT_ID, mappers),
    ],
    identityProviders: [ministryIdentityProvider(options)],
    identityProviderMappers: [
      {
        name: 'ministry-organisation',
        identityProviderAlias: options.ministry.realm,
        identityProviderMapper: 'hardcoded-attribute-idp-mapper',
        config: { syncMode: 'FORCE', attribute: 'org', 'attribute.value': options.ministry.org },
      },
      {
        name: 'ministry-default-role',
        identityProviderAlias: options.ministry.realm,
        identityProviderMapper: 'oidc-hardcoded-role-idp-mapper',
        config: { syncMode: 'INHERIT', role: 'nominator' },
      },
    ],
  };
}

function ministryIdentityProvider({ keycloakUrl, ministry }: PlatformRealmOptions) {
  const base = `${keycloakUrl}/realms/${ministry.realm}`;
  const oidc = `${base}/protocol/openid-connect`;
  return {
    alias: ministry.realm,
    displayName: 'Bộ Tài chính (demo) — Ministry of Finance (demo)',
    providerId: 'keycloak-oidc',
    enabled: true,
    trustEmail: true,
    storeToken: false,
    firstBrokerLoginFlowAlias: 'first broker login',
    config: {
      issuer: base,
      authorizationUrl: `${oidc}/auth`,
      tokenUrl: `${oidc}/token`,
      userInfoUrl: `${oidc}/userinfo`,
      jwksUrl: `${oidc}/certs`,
      logoutUrl: `${oidc}/logout`,
      clientId: ministry.clientId,
      clientSecret: devClientSecret(ministry.clientId),
      clientAuthMethod: 'client_secret_post',
      defaultScope: 'openid profile email',
      useJwksUrl: 'true',
      validateSignature: 'true',
      pkceEnabled: 'true',
      pkceMethod: 'S256',
      // Re-apply the mappers at every login, so a change of the ministry's org code reaches users.
      syncMode: 'FORCE',
    },
  };
}
