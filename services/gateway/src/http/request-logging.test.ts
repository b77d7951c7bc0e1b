import type { FastifyRequest } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { PathOnlyLogController } from './request-logging.ts';

function requestTo(url: string) {
  const info = vi.fn();
  const request = { method: 'POST', url, log: { info } } as unknown as FastifyRequest;
  return { request, info };
}

describe('PathOnlyLogController', () => {
  const controller = new PathOnlyLogController();
  const url = '/api/v1/rounds/r1/nominations/import?mode=all-or-nothing&officer.phone=0912345678';

  it('logs requests without the query string, where the import takes personal data', () => {
    const { request, info } = requestTo(url);
    controller.incomingRequest(request);
    expect(info).toHaveBeenCalledWith(
      { method: 'POST', path: '/api/v1/rounds/r1/nominations/import' },
      'incoming request',
    );
    expect(JSON.stringify(info.mock.calls)).not.toContain('0912345678');
  });

  it('does the same for unknown routes', () => {
    const { request, info } = requestTo('/nowhere?officer.email=a%40b.vn');
    controller.routeNotFound(request);
    expect(JSON.stringify(info.mock.calls)).not.toContain('officer');
  });
});
