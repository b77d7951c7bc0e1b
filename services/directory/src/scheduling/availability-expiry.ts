/**
 * The periodic sweep that makes experts AVAILABLE again once their absence's "until" day has
 * passed: it only runs the expire-availabilities use case (main.ts schedules it).
 */
export const availabilityExpirySweep =
  (usecases: { readonly expireAvailabilities: () => Promise<number> }) => (): Promise<number> =>
    usecases.expireAvailabilities();
