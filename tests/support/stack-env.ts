import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What `pnpm stack env` prints (NATS_URL, MONGO_URL, KEYCLOAK_URL, ...), plus GRPCURL. */
    stack: Readonly<Record<string, string>>;
  }
}

/** A variable of the running stack (see `pnpm stack env`); missing ones fail the test loudly. */
export function stackEnv(name: string): string {
  const value = inject('stack')[name];
  if (value === undefined || value === '') {
    throw new Error(`the stack provides no ${name}; is tests/support/global-setup.ts configured?`);
  }
  return value;
}
