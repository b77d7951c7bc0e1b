import { fromPlain, type Plain, vietnamDateOf } from '@expertnet/platform';
import { GraduationOutcomeSchema } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  certificateNumber,
  graduateTrainee,
  graduationBlockers,
  type ChangeContext,
  type CohortView,
  type Requirement,
} from '../domain/index.ts';
import type { CertificateKeys } from '../keys.ts';
import { envelopes, EVENTS_COLLECTION, required, type Dependencies } from './context.ts';
import { isConflict, progressOf } from './progress.ts';

/** A trainee changed meanwhile (a mark, a score) is judged again this many times. */
const GRADUATION_ATTEMPTS = 3;

const outcomeMessage = (outcome: {
  readonly enrolmentId: string;
  readonly graduated: boolean;
  readonly certificate?: object | undefined;
  readonly unmet?: readonly Requirement[] | undefined;
}) => fromPlain(GraduationOutcomeSchema, outcome as unknown as Plain);

/**
 * Graduates one trainee of the cohort if their progress, recomputed now from their records, meets
 * the track's rules. The graduation, its certificate and TraineeGraduated are ONE update of the
 * enrolment; the number comes first from the year's counter, so a failed write only skips one.
 * A graduate of this cohort gets their certificate back: the call is safe to repeat.
 */
export async function graduate(
  deps: Dependencies,
  enrolmentId: string,
  view: CohortView,
  keys: CertificateKeys,
  context: ChangeContext,
) {
  let number: string | undefined;
  for (let attempt = 1; ; attempt += 1) {
    const records = required(await deps.records.get(enrolmentId), `enrolment ${enrolmentId}`);
    const { enrolment } = records;
    if (enrolment.status === 'graduated' && enrolment.cohortId === view.cohort.id) {
      const held = await deps.certificates.get(enrolment.certificateId);
      return outcomeMessage({ enrolmentId, graduated: true, certificate: held?.certificate });
    }
    const progress = await progressOf(deps, records, context.now);
    const unmet = graduationBlockers(enrolment, view, progress);
    if (unmet.length > 0) return outcomeMessage({ enrolmentId, graduated: false, unmet });
    const issuedOn = vietnamDateOf(context.now);
    number ??= certificateNumber(
      await deps.certificates.nextSequence(issuedOn.slice(0, 4)),
      issuedOn,
    );
    const outcome = graduateTrainee(
      {
        enrolment,
        view,
        progress,
        assessments: records.assessments,
        certificate: {
          id: deps.newId(),
          number,
          signer: keys.signer,
          verificationBaseUrl: keys.verifyUrl,
        },
      },
      context,
    );
    // Not graduable or graduated already were answered above, from the same records.
    if (!outcome.graduated || outcome.already) throw new Error('graduation outcome out of step');
    try {
      await deps.certificates.issue(
        outcome.enrolment,
        enrolment,
        outcome.certificate,
        envelopes(outcome.events, context),
      );
    } catch (error) {
      if (isConflict(error) && attempt < GRADUATION_ATTEMPTS) continue;
      throw error;
    }
    deps.eventsWritten({ collection: EVENTS_COLLECTION, id: enrolmentId });
    // The graduate keeps their seat; a transfer they still waited for elsewhere is given up.
    await deps.cohorts.settle(enrolmentId, view.cohort.id, undefined);
    return outcomeMessage({ enrolmentId, graduated: true, certificate: outcome.certificate });
  }
}
