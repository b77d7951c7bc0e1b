import type { CohortsApp } from '../app.ts';

/**
 * The periodic safety net, run by main.ts: releases what a crash cut short after a cohort was
 * cancelled, then fills free seats from waitlists (both use cases act as the service; app.sweep).
 */
export const cohortsSweep = (app: Pick<CohortsApp, 'sweep'>) => () => app.sweep();
