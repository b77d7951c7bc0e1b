import { richStatusOf } from '../../src/errors/rich-status.ts';

type ServiceError = Parameters<typeof richStatusOf>[0] & { code: number; details: string };

/** The status of a call that must fail: gRPC code, domain reason, violations and message. */
export async function failure(call: Promise<unknown>) {
  const error = (await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as ServiceError | undefined;
  if (error === undefined) throw new Error('the call succeeded; an error was expected');
  return { code: error.code, message: error.details, ...richStatusOf(error) };
}
