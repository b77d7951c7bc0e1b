import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { PathOnlyLogController } from './request-logging.ts';

function requestTo(url: string) {
  const info = vi.fn();
  const debug = vi.fn();
  const request = { method: 'POST', url, log: { info, debug } } as unknown as FastifyRequest;
  const reply = { statusCode: 200, elapsedTime: 4.2, log: { info } } as unknown as FastifyReply;
  return { request, reply, info, debug };
}

describe('PathOnlyLogController', () => {
  const controller = new PathOnlyLogController();
  const url = '/api/v1/rounds/r1/nominations/import?mode=all-or-nothing&officer.phone=0912345678';

  it('logs one line per request, when it completes, without the query string', () => {
    const { request, reply, info, debug } = requestTo(url);
    controller.incomingRequest(request);
    controller.requestCompleted(null, request, reply);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(
      {
        method: 'POST',
        path: '/api/v1/rounds/r1/nominations/import',
        statusCode: 200,
        responseTime: 4.2,
      },
      'request completed',
    );
    expect(JSON.stringify([info.mock.calls, debug.mock.calls])).not.toContain('0912345678');
  });

  it('does the same for unknown routes', () => {
    const { request, info } = requestTo('/nowhere?officer.email=a%40b.vn');
    controller.routeNotFound(request);
    expect(JSON.stringify(info.mock.calls)).not.toContain('officer');
  });
});
