import { equals, fromBinary, toBinary } from '@bufbuild/protobuf';
import { eventEnvelopes } from '@expertnet/platform';
import {
  reflectiveEventEnvelopes,
  fromPlain,
  type Plain,
} from '@expertnet/platform/testing/plain.ts';
import { NOMINATIONS_EVENTS, NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { describe, expect, it } from 'vitest';
import {
  AFTER,
  aCandidate,
  aContext,
  aNomination,
  anActor,
  aRound,
  BEFORE,
  DURING,
  resolve,
} from '../../test/fixtures.ts';
import {
  closeRound,
  closeRoundAtDeadline,
  computeQuotaLedger,
  decideNomination,
  duplicateMatches,
  duplicateMatchOf,
  flagDuplicates,
  ledgerTotals,
  openRound,
  quotaShortfallEvents,
  replaceNominee,
  returnNomination,
  submitNomination,
  withdrawNomination,
  type NominationsEvent,
  type Quota,
} from '../domain/index.ts';
import { eventMessages } from './event-messages.ts';

// The typed mappers replaced the kit's reflective fromPlain over each payload: for every subject,
// events made by the domain's own functions must encode to exactly the bytes they did before.

const quotas: Quota[] = [
  { organisationCode: 'BKHCN', floor: 3, ceiling: 5 },
  { organisationCode: 'P-NEW', floor: 0, ceiling: 2 },
];
const ledger = computeQuotaLedger(
  quotas,
  [
    { status: 'submitted', organisationCode: 'BKHCN' },
    { status: 'accepted', organisationCode: 'P-OLD' },
    { status: 'draft', organisationCode: 'UNLISTED' },
  ],
  resolve,
);
// The totals row has organisation code '': an OrganisationRef with an empty code, still set.
const finalLedger = [...ledger, ledgerTotals(ledger)];

const context = aContext();
const office = aContext({ actor: anActor({ subject: 'office', roles: ['programme-office'] }) });
const inReview = aNomination({ status: 'under-review', averageScore: 72.5, version: 7 });
// Nominated by an organisation since merged: organisation and effective organisation differ.
const merged = aNomination({
  organisationCode: 'P-OLD',
  effectiveOrganisationCode: 'P-NEW',
  candidate: aCandidate({ gender: 'male', educationLevel: 'doctorate', specialties: [] }),
});
const decide = (outcome: 'accepted' | 'rejected' | 'waitlisted', from = inReview) =>
  decideNomination(from, { outcome, reason: `Hội đồng: ${outcome}` }, office).events;
const replaced = replaceNominee(
  aRound(),
  aNomination({ status: 'submitted' }),
  {
    newId: 'nom-2',
    candidate: aCandidate({ fullName: 'Lê Văn Nam', languages: ['vi'] }),
    nationalIdHash: 'hash-of-person-2',
    reason: 'Chuyển công tác',
  },
  context,
);
const sameHash = [
  duplicateMatchOf(aNomination({ id: 'nom-9', organisationCode: 'P-NEW', status: 'accepted' })),
  duplicateMatchOf(aNomination({ id: 'nom-8', roundId: 'round-0', status: 'rejected' })),
];
const flagged = flagDuplicates(undefined, duplicateMatches(duplicateMatchOf(inReview), sameHash), {
  newId: 'flag-1',
  now: DURING,
});

/** Several events per subject: optional fields set and unset, empty lists and full ones. */
const events: readonly (readonly [string, readonly NominationsEvent[]])[] = [
  ['round opened before its start', openRound(aRound({ status: 'draft' }), quotas, BEFORE).events],
  [
    'round closed early with a final ledger',
    closeRound(aRound(), { reason: 'Đủ chỉ tiêu', ledger: finalLedger }, DURING).events,
  ],
  ['round closed at its deadline', closeRoundAtDeadline(aRound(), [], AFTER)?.events ?? []],
  ['first submission', submitNomination(aRound(), aNomination(), context).events],
  [
    'resubmission of a merged organisation',
    submitNomination(aRound(), { ...merged, status: 'returned' }, context).events,
  ],
  [
    'returned',
    returnNomination(aNomination({ status: 'submitted' }), 'Thiếu bằng cấp', office).events,
  ],
  ['accepted with a score', decide('accepted')],
  ['accepted late, without scores', decide('accepted', { ...merged, status: 'waitlisted' })],
  ['rejected', decide('rejected')],
  ['rejected after acceptance', decide('rejected', aNomination({ status: 'accepted' }))],
  ['waitlisted', decide('waitlisted')],
  [
    'withdrawn after acceptance',
    withdrawNomination(aNomination({ status: 'accepted' }), 'Ốm nặng', context).events,
  ],
  ['withdrawn and replaced', replaced.replaced.events],
  ['submitted as a replacement', replaced.replacement.events],
  ['quota shortfall', quotaShortfallEvents(aRound(), finalLedger, 7)],
  ['duplicate flagged', flagged?.event ? [flagged.event] : []],
];

const newId = () => 'event-1';
const reflective = reflectiveEventEnvelopes<NominationsEvent>({
  source: 'nominations',
  schemas: NOMINATIONS_EVENTS,
  newId,
});
const typed = eventEnvelopes<NominationsEvent, typeof NOMINATIONS_EVENTS>({
  source: 'nominations',
  schemas: NOMINATIONS_EVENTS,
  messages: eventMessages,
  newId,
});

describe('the typed event mappers', () => {
  it('cover every subject of the contract with at least one realistic event', () => {
    const made = new Set(events.flatMap(([, list]) => list.map((event) => event.type)));
    expect([...made].sort()).toEqual(Object.values(NOMINATIONS_SUBJECTS).sort());
    for (const [name, list] of events) expect(list, name).not.toHaveLength(0);
  });

  it.each(events)('%s: encodes the message the reflective mapping gave', (_, list) => {
    for (const event of list) {
      const schema = NOMINATIONS_EVENTS[event.type];
      const expected = fromPlain(schema, event.payload as Plain);
      const [envelope] = typed([event], context.actor, DURING);
      const data = envelope?.data ?? new Uint8Array();
      expect(data).toEqual(toBinary(schema, expected));
      const decoded = fromBinary(schema, data);
      expect(equals(schema, decoded, expected)).toBe(true);
      expect(decoded).toEqual(expected);
    }
  });

  it.each(events)('%s: gives the same envelope bytes as before', (_, list) => {
    for (const actor of [context.actor, undefined]) {
      const before = reflective(list, actor, DURING);
      const after = typed(list, actor, DURING);
      expect(after.map((envelope) => toBinary(EventEnvelopeSchema, envelope))).toEqual(
        before.map((envelope) => toBinary(EventEnvelopeSchema, envelope)),
      );
    }
  });
});
