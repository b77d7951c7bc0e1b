export { loadStackConfig, type StackConfig } from './stack-config.ts';
export { up, upPlatform, down, type UpResult } from './stack.ts';
export { seedDemoData } from './demo-data.ts';
export {
  DEMO_USERS,
  devClientSecret,
  PLATFORM_ROLES,
  TEST_CLIENT_ID,
} from '../keycloak/expertnet.realm.ts';
export {
  MINISTRY_ORG,
  MINISTRY_REALM,
  MINISTRY_TEST_CLIENT_ID,
  MINISTRY_USERS,
  PORTAL_IDENTITY_PROVIDERS,
} from '../keycloak/ministry-demo.realm.ts';
export { DEMO_PASSWORD } from '../keycloak/realm-parts.ts';
export { GRPCURL, installGoTool } from './go-tools.ts';
export { withProgress } from './progress.ts';
export { stackPaths } from './stack-config.ts';
export { demoAccessToken } from './demo-tokens.ts';
export { postgresClient } from './servers/postgres.ts';
export { portalEnv } from './servers/services.ts';
export { PLATFORM_AUDIENCE, renderRealms } from './servers/keycloak-realms.ts';
