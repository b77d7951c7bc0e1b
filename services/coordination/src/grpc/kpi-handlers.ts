import { enumCodec, type HandlersOf } from '@expertnet/platform';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Kpi,
  type CoordinationService,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { periodOf, type KpiName } from '../domain/kpis.ts';
import { callerOf, type HandlerDependencies } from './context.ts';

type Handlers = HandlersOf<typeof CoordinationService>;

/**
 * The KPIs this service computes, by their contract values. Those it does not compute yet
 * (organisations below their floor, experts active in 90 days, experts available) are left out
 * of the answer when asked for.
 */
export const kpis = enumCodec<KpiName, Kpi>({
  'nominees-planned': Kpi.NOMINEES_PLANNED,
  'nominations-submitted': Kpi.NOMINATIONS_SUBMITTED,
  'nominations-accepted': Kpi.NOMINATIONS_ACCEPTED,
  'trainees-enrolled': Kpi.TRAINEES_ENROLLED,
  'trainees-graduated': Kpi.TRAINEES_GRADUATED,
  'experts-certified': Kpi.EXPERTS_CERTIFIED,
  'experts-engaged': Kpi.EXPERTS_ENGAGED,
  'expert-utilisation': Kpi.EXPERT_UTILISATION,
  'mentorships-active': Kpi.MENTORSHIPS_ACTIVE,
  'support-requests-received': Kpi.SUPPORT_REQUESTS_RECEIVED,
  'support-requests-open': Kpi.SUPPORT_REQUESTS_OPEN,
  'support-requests-completed': Kpi.SUPPORT_REQUESTS_COMPLETED,
  'support-requests-fulfilled': Kpi.SUPPORT_REQUESTS_FULFILLED,
  'median-days-to-match': Kpi.MEDIAN_DAYS_TO_MATCH,
  'median-days-to-staff': Kpi.MEDIAN_DAYS_TO_STAFF,
  'average-request-rating': Kpi.AVERAGE_REQUEST_RATING,
});

/** Programme KPIs: the funnel, requests, times, utilisation, with a breakdown by organisation. */
export function kpiHandlers({ app, now }: HandlerDependencies): Pick<Handlers, 'getProgrammeKpis'> {
  return {
    async getProgrammeKpis(request, call) {
      const asked = request.kpis.flatMap((kpi) => {
        const name = kpis.lookup(kpi);
        return name === undefined ? [] : [name];
      });
      const caller = callerOf(call, now());
      const answer = await app.getProgrammeKpis(caller, {
        kpis: asked,
        organisationCodes: request.organisations.map((organisation) => organisation.code),
        breakDown: request.breakDownByOrganisation,
        period: periodOf(request.periodFrom, request.periodTo),
      });
      // Only KPIs not computed yet were asked for: none to answer (the access was still checked).
      const values = request.kpis.length > 0 && asked.length === 0 ? [] : answer.values;
      return {
        values: values.map((figure) => ({
          kpi: kpis.encode(figure.kpi),
          label: { ...figure.label },
          value: figure.value,
          target: figure.target,
          unit: { ...figure.unit },
          breakdown: figure.breakdown.map((entry) => ({
            organisation: { code: entry.organisationCode },
            value: entry.value,
          })),
        })),
        computedAt: timestampFromDate(answer.computedAt),
      };
    },
  };
}
