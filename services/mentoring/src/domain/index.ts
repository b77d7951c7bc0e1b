export * from './access.ts';
export * from './assignments.ts';
export * from './capacity.ts';
export * from './events.ts';
export * from './programmes.ts';
export * from './refusals.ts';
export * from './types.ts';
