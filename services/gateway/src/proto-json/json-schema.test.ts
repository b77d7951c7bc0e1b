import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  DocumentSchema,
  ImportProblemSchema,
  IntakeRoundSchema,
  UpdateRoundRequestSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  CohortsService,
  ImportProblemSchema as CohortsImportProblemSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, schemaIdOf, sharedSchemasOf } from './json-schema.ts';

describe('jsonSchemaOf', () => {
  it('follows the proto3 JSON mapping', () => {
    expect(jsonSchemaOf(IntakeRoundSchema)).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        name: { $ref: 'LocalizedText#' },
        status: {
          type: 'string',
          enum: [
            'ROUND_STATUS_UNSPECIFIED',
            'ROUND_STATUS_DRAFT',
            'ROUND_STATUS_SCHEDULED',
            'ROUND_STATUS_OPEN',
            'ROUND_STATUS_CLOSED',
          ],
        },
        opensAt: { type: 'string', format: 'date-time' },
        rubric: { type: 'array', items: { $ref: 'RubricCriterion#' } },
        reminderDaysBeforeClose: { type: 'array', items: { type: 'integer', format: 'int32' } },
        version: { type: 'integer', format: 'int32' },
      },
    });
    expect(jsonSchemaOf(DocumentSchema)).toMatchObject({
      properties: { sizeBytes: { type: 'string', pattern: '^-?[0-9]+$', format: 'int64' } },
    });
  });

  it('leaves out the fields a route takes from its URL', () => {
    const schema = jsonSchemaOf(UpdateRoundRequestSchema, { omit: ['roundId'] });
    expect(Object.keys(schema.properties as object)).toEqual(['expectedVersion', 'settings']);
  });
});

describe('sharedSchemasOf', () => {
  const ids = sharedSchemasOf(NominationsService).map((schema) => schema.$id);

  it('shares responses and nested messages, not request messages or well-known types', () => {
    expect(ids).toEqual(
      expect.arrayContaining(['Nomination', 'Candidate', 'OrganisationRef', 'GetRoundResponse']),
    );
    expect(ids).not.toContain('UpdateRoundRequest');
    expect(ids).not.toContain('Timestamp');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('schema ids across services', () => {
  it('shares common messages once', () => {
    const ids = sharedSchemasOf(NominationsService, CohortsService).map((schema) => schema.$id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'PageRequest')).toHaveLength(1);
    expect(ids).toEqual(expect.arrayContaining(['Cohort', 'Enrolment', 'Certificate']));
  });

  it('gives a name two services use to the earlier one, the full name to the later', () => {
    expect(schemaIdOf(ImportProblemSchema)).toBe('ImportProblem');
    expect(schemaIdOf(CohortsImportProblemSchema)).toBe('expertnet.cohorts.v1.ImportProblem');
  });
});
