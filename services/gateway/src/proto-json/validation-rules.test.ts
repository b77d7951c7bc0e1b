import type { DescMessage } from '@bufbuild/protobuf';
import { ListAttendanceRequestSchema } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { OrganisationRefSchema } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import {
  CandidateSchema,
  OrganisationQuotaSchema,
  RubricCriterionSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';
import { messageSchemaWithRules } from './validation-rules.ts';

const documented = (message: DescMessage) =>
  messageSchemaWithRules(message, jsonSchemaOf(message)) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
    description?: string;
  };

describe('the contract rules in the published schemas', () => {
  it('writes lengths, patterns, formats and ranges into the fields', () => {
    const { properties } = documented(CandidateSchema);
    expect(properties.fullName).toMatchObject({ type: 'string', minLength: 2, maxLength: 120 });
    expect(properties.phone).toMatchObject({ pattern: '^(\\+84|0)[0-9]{9,10}$' });
    expect(properties.email).toMatchObject({ format: 'email' });
    expect(properties.yearsOfService).toMatchObject({ minimum: 0, maximum: 50 });
    expect(properties.languages).toMatchObject({ maxItems: 10, uniqueItems: true });
  });

  it('requires the fields whose zero value the rules refuse, and no others', () => {
    const { required } = documented(CandidateSchema);
    expect(required).toEqual(expect.arrayContaining(['fullName', 'position', 'email']));
    expect(required).not.toContain('fieldOfStudy');
  });

  it('leaves the members of a oneof rule optional and states the rule in words', () => {
    const schema = documented(ListAttendanceRequestSchema);
    expect(schema.required ?? []).not.toContain('sessionId');
    expect(schema.properties.sessionId).toMatchObject({ format: 'uuid' });
    // In the words of the answer, in both languages (the fields as the client names them).
    expect(schema.description).toContain(
      'exactly one of these fields must be set: sessionId, enrolmentId.',
    );
    expect(schema.description).toContain(
      ': phải nhập đúng một trong các trường: sessionId, enrolmentId.',
    );
  });

  it('turns the size bounds of a localized name into lengths', () => {
    const { properties, required } = documented(RubricCriterionSchema);
    expect(properties.name).toMatchObject({
      allOf: [
        expect.anything(),
        { properties: { vi: { minLength: 1, maxLength: 200 } }, required: ['vi'] },
      ],
    });
    expect(required).toContain('name');
  });

  it('offers the organisation codes the registry knows', () => {
    const code = documented(OrganisationRefSchema).properties.code as { enum: string[] };
    expect(code.enum).toEqual(expect.arrayContaining(['P01', 'P79', 'BTC']));
  });

  it('states a rule across fields in words', () => {
    expect(documented(OrganisationQuotaSchema).description).toMatch(/^Rules across fields/);
  });
});
