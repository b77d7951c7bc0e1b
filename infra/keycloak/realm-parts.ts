/** Small builders for Keycloak realm-import JSON, shared by both realms. */

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoUser {
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly org?: string;
  readonly roles?: readonly string[];
}

export function user(demo: DemoUser) {
  return {
    username: demo.username,
    enabled: true,
    emailVerified: true,
    firstName: demo.firstName,
    lastName: demo.lastName,
    email: demo.email,
    attributes: demo.org === undefined ? {} : { org: [demo.org] },
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    realmRoles: demo.roles ?? [],
  };
}

const stringConfig = (values: Record<string, string | boolean>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));

/** Token claims every ExpertNet client's tokens carry: the audience services check, and `org`. */
export function platformMappers(audience: string) {
  return [
    {
      name: 'audience',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-audience-mapper',
      config: stringConfig({
        'included.custom.audience': audience,
        'access.token.claim': true,
        'introspection.token.claim': true,
        'id.token.claim': false,
      }),
    },
    {
      name: 'organisation',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: stringConfig({
        'user.attribute': 'org',
        'claim.name': 'org',
        'jsonType.label': 'String',
        'access.token.claim': true,
        'id.token.claim': true,
        'userinfo.token.claim': true,
        'introspection.token.claim': true,
      }),
    },
  ];
}

/**
 * A client that may use the resource-owner password grant. Only tests use it; the description
 * says so, because anyone reading the realm must not mistake it for a production client.
 */
export function passwordGrantTestClient(clientId: string, mappers: readonly object[]) {
  return {
    clientId,
    name: `${clientId} (tests only)`,
    description:
      'TESTS ONLY: allows the resource-owner password grant so automated tests can get tokens ' +
      'without a browser. Never enable or copy it in production.',
    enabled: true,
    publicClient: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: true,
    protocol: 'openid-connect',
    protocolMappers: mappers,
  };
}

/** The declarative user profile: Keycloak's default attributes plus `org`, which only admins edit. */
export function userProfileWithOrg() {
  const personName = (name: string) => ({
    name,
    displayName: `\${${name}}`,
    validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} },
    required: { roles: ['user'] },
    permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] },
    multivalued: false,
  });
  const profile = {
    attributes: [
      {
        name: 'username',
        displayName: '${username}',
        validations: {
          length: { min: 3, max: 255 },
          'username-prohibited-characters': {},
          'up-username-not-idn-homograph': {},
        },
        permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] },
        multivalued: false,
      },
      {
        name: 'email',
        displayName: '${email}',
        validations: { email: {}, length: { max: 255 } },
        required: { roles: ['user'] },
        permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] },
        multivalued: false,
      },
      personName('firstName'),
      personName('lastName'),
      {
        name: 'org',
        displayName: 'Organisation code',
        validations: { length: { min: 2, max: 32 } },
        // The organisation scopes what a user may see and change: users cannot edit their own.
        permissions: { view: ['admin', 'user'], edit: ['admin'] },
        multivalued: false,
      },
    ],
  };
  return {
    'org.keycloak.userprofile.UserProfileProvider': [
      {
        providerId: 'declarative-user-profile',
        subComponents: {},
        config: { 'kc.user.profile.config': [JSON.stringify(profile)] },
      },
    ],
  };
}
