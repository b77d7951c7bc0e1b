export * from './access.ts';
export * from './audit.ts';
export * from './dispatches.ts';
export * from './events.ts';
export * from './places.ts';
export * from './requests.ts';
export * from './types.ts';
