import { DomainError, vietnamDateOf } from '@expertnet/platform';
import {
  assertCohortGraduates,
  certificateNumber,
  graduateTrainee,
  graduationBlockers,
  type Certificate,
  type CohortView,
  type Requirement,
} from '../domain/index.ts';
import { requireCertificateKeys, type CertificateKeys } from '../keys.ts';
import { allow, reached, type Caller } from './shared/caller.ts';
import {
  envelopes,
  eventsWrittenIn,
  isConflict,
  required,
  type Dependencies,
} from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { progressOf } from './shared/records.ts';

/** A trainee changed meanwhile (a mark, a score) is judged again this many times. */
const GRADUATION_ATTEMPTS = 3;

/** How one trainee's graduation went: their certificate, or what they still miss. */
export interface TraineeGraduation {
  readonly enrolmentId: string;
  readonly graduated: boolean;
  readonly certificate?: Certificate | undefined;
  readonly unmet?: readonly Requirement[] | undefined;
}

/**
 * Graduates the trainees asked for (every enrolled trainee of the cohort when none is named).
 * Each succeeds or fails on their own; unknown enrolment ids refuse the call.
 */
export async function graduateTrainees(
  deps: Dependencies,
  caller: Caller,
  input: { readonly cohortId: string; readonly enrolmentIds: readonly string[] },
): Promise<TraineeGraduation[]> {
  allow(caller, 'GraduateTrainees');
  const keys = requireCertificateKeys(deps.keys);
  const view = await loaders(deps).viewOf(input.cohortId);
  assertCohortGraduates(view);
  const { scope } = caller;
  const asked = [...input.enrolmentIds];
  if (asked.length > 0) {
    const found = new Set((await deps.enrolments.getMany(scope, asked)).map((e) => e.id));
    const missing = asked.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new DomainError('not-found', 'NOT_FOUND', `no enrolment ${missing.join(', ')}`);
    }
  }
  const ids =
    asked.length > 0
      ? asked
      : (await deps.enrolments.inCohort(scope, view.cohort.id, ['enrolled'])).map((e) => e.id);
  const outcomes: TraineeGraduation[] = [];
  for (const id of ids) outcomes.push(await graduate(deps, caller, id, view, keys));
  return outcomes;
}

/**
 * Graduates one trainee of the cohort if their progress, recomputed now from their records, meets
 * the track's rules. The graduation, its certificate and TraineeGraduated are ONE update of the
 * enrolment; the number comes first from the year's counter, so a failed write only skips one.
 * A graduate of this cohort gets their certificate back: the call is safe to repeat.
 */
async function graduate(
  deps: Dependencies,
  caller: Caller,
  enrolmentId: string,
  view: CohortView,
  keys: CertificateKeys,
): Promise<TraineeGraduation> {
  const { context, scope } = caller;
  let number: string | undefined;
  for (let attempt = 1; ; attempt += 1) {
    const records = required(
      await deps.records.get(scope, enrolmentId),
      `enrolment ${enrolmentId}`,
    );
    const { enrolment } = records;
    if (enrolment.status === 'graduated' && enrolment.cohortId === view.cohort.id) {
      const held = reached(caller, await deps.certificates.get(scope, enrolment.certificateId));
      return { enrolmentId, graduated: true, certificate: held?.certificate };
    }
    const progress = await progressOf(deps, records, context.now);
    const unmet = graduationBlockers(enrolment, view, progress);
    if (unmet.length > 0) return { enrolmentId, graduated: false, unmet };
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
        scope,
        outcome.enrolment,
        enrolment,
        outcome.certificate,
        envelopes(outcome.events, context),
      );
    } catch (error) {
      if (isConflict(error) && attempt < GRADUATION_ATTEMPTS) continue;
      throw error;
    }
    eventsWrittenIn(deps, enrolmentId);
    // The graduate keeps their seat; a transfer they still waited for elsewhere is given up.
    await deps.cohorts.settle(enrolmentId, view.cohort.id, undefined);
    return { enrolmentId, graduated: true, certificate: outcome.certificate };
  }
}
