import type { ServiceClient } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { Candidate, SupportRequest } from '../domain/index.ts';
import { skillLevels } from '../grpc/mapping/enums.ts';
import { DirectoryUnavailable, type FindCandidates } from '../usecases/shared/dependencies.ts';

const DEADLINE_EXCEEDED = 4;
const UNAVAILABLE = 14;
const CANDIDATES = 50;

type DirectoryClient = ServiceClient<typeof DirectoryService.method>;

/**
 * The directory's MatchExperts as the use cases' FindCandidates: the request's skills, its place
 * ranked first (on site), its dates (experts away then are left out), called with the service's own
 * token and a deadline. A late or absent directory is DirectoryUnavailable, the degraded answer.
 */
export function directoryCandidates(
  client: DirectoryClient,
  token: () => Promise<string>,
  deadlineMs: number,
): FindCandidates {
  return async (
    request: SupportRequest,
    excludeExpertIds: readonly string[],
  ): Promise<readonly Candidate[]> => {
    const { details } = request;
    let answer;
    try {
      answer = await client.matchExperts(
        {
          skills: details.skills.map((skill) => ({
            code: skill.code,
            minLevel: skill.minLevel === undefined ? 0 : skillLevels.encode(skill.minLevel),
            verifiedOnly: skill.verifiedOnly,
          })),
          preferredProvinces: details.mode === 'remote' ? [] : [{ code: details.provinceCode }],
          availableFrom: details.startDate,
          availableTo: details.endDate,
          excludeExpertIds: [...excludeExpertIds],
          page: { pageSize: CANDIDATES },
        },
        { token: await token(), deadlineMs },
      );
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === DEADLINE_EXCEEDED || code === UNAVAILABLE || code === undefined) {
        throw new DirectoryUnavailable(
          `the directory did not answer: ${(error as Error).message}`,
          { cause: error },
        );
      }
      throw error;
    }
    return answer.matches.flatMap((match) =>
      match.expert === undefined
        ? []
        : [
            {
              expertId: match.expert.id,
              fullName: match.expert.fullName,
              organisationCode: match.expert.organisation?.code ?? '',
              score: match.score,
              reasons: match.reasons.flatMap((reason) =>
                reason.message === undefined
                  ? []
                  : [{ vi: reason.message.vi, en: reason.message.en }],
              ),
              missingSkillCodes: [...match.missingSkillCodes],
            },
          ],
    );
  };
}
