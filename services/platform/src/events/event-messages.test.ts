import { fromBinary } from '@bufbuild/protobuf';
import { NoteSavedSchema } from '@expertnet/proto/expertnet/probe/v1/events_pb.ts';
import { describe, expect, it } from 'vitest';
import { eventEnvelopes } from './event-messages.ts';

interface NoteSaved {
  readonly type: 'probe.note.saved';
  readonly orgCode: string;
  readonly payload: { readonly note: string };
}

const envelopesOf = eventEnvelopes<NoteSaved, { 'probe.note.saved': typeof NoteSavedSchema }>({
  source: 'probe',
  schemas: { 'probe.note.saved': NoteSavedSchema },
  messages: { 'probe.note.saved': ({ note }) => ({ text: note }) },
  newId: () => 'event-1',
});

describe('eventEnvelopes', () => {
  it('wraps each event in an envelope with its subject, its mapped message and the actor', () => {
    const now = new Date('2026-12-06T03:00:00Z');
    const actor = { subject: 'u-1', orgCode: 'P01', roles: ['nominator'] };
    const event: NoteSaved = {
      type: 'probe.note.saved',
      orgCode: 'P01',
      payload: { note: 'xin chào' },
    };
    const [envelope] = envelopesOf([event], actor, now);
    expect(envelope?.id).toBe('event-1');
    expect(envelope?.subject).toBe('probe.note.saved');
    expect(envelope?.type).toBe(NoteSavedSchema.typeName);
    expect(envelope?.source).toBe('probe');
    expect(envelope?.orgCode).toBe('P01');
    expect(envelope?.actor).toMatchObject({ subject: 'u-1', roles: ['nominator'], service: '' });
    expect(Number(envelope?.time?.seconds)).toBe(now.getTime() / 1000);
    expect(fromBinary(NoteSavedSchema, envelope?.data ?? new Uint8Array()).text).toBe('xin chào');
  });

  it('leaves the actor out when the change had none', () => {
    const [envelope] = envelopesOf(
      [{ type: 'probe.note.saved', orgCode: '', payload: { note: '' } }],
      undefined,
      new Date(0),
    );
    expect(envelope?.actor).toBeUndefined();
  });
});
