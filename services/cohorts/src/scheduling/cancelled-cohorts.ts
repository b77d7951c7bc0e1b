import type { CohortsApp } from '../app.ts';

/**
 * The periodic safety net: releases what a crash cut short after a cohort was cancelled, then
 * fills free seats from waitlists (both use cases act as the service; see app.ts sweep).
 */
export const cancelledCohortsSweep = (app: Pick<CohortsApp, 'sweep'>) => () => app.sweep();
