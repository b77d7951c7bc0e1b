import { describe, expect, it } from 'vitest';
import { withProgress } from './progress.ts';

const wait = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

describe('withProgress', () => {
  it('says nothing about a quick step', async () => {
    const lines: string[] = [];
    expect(
      await withProgress(
        (line) => lines.push(line),
        'quick',
        () => Promise.resolve(7),
        50,
      ),
    ).toBe(7);
    expect(lines).toEqual([]);
  });

  it('reports a slow step while it runs and how long it took', async () => {
    const lines: string[] = [];
    await withProgress(
      (line) => lines.push(line),
      'nats: building',
      () => wait(130),
      50,
    );
    expect(lines.filter((line) => line.startsWith('nats: building: still working'))).toHaveLength(
      2,
    );
    expect(lines.at(-1)).toMatch(/^nats: building: done in \d+ s$/);
  });

  it('stops reporting when the step fails, and passes the failure on', async () => {
    const lines: string[] = [];
    const failing = async () => {
      await wait(70);
      throw new Error('go build failed');
    };
    await expect(withProgress((line) => lines.push(line), 'x', failing, 50)).rejects.toThrow(
      'go build failed',
    );
    const reported = lines.length;
    await wait(120);
    expect(lines).toHaveLength(reported);
  });
});
