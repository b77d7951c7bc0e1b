import {
  GetQuotaLedgerRequestSchema,
  ListNominationsRequestSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { queryParametersOf, querySchemaOf, queryToJson } from './query.ts';

describe('queryParametersOf', () => {
  it('names fields by their JSON paths and flattens lists of one-field messages', () => {
    const names = queryParametersOf(ListNominationsRequestSchema).map(
      (parameter) => parameter.name,
    );
    expect(names).toEqual([
      'roundId',
      'organisations.code',
      'statuses',
      'query',
      'onlyFlaggedDuplicates',
      'order',
      'page.pageSize',
      'page.cursor',
    ]);
  });

  it('leaves out the fields the URL path carries', () => {
    const names = queryParametersOf(GetQuotaLedgerRequestSchema, ['roundId']).map((p) => p.name);
    expect(names).toEqual(['organisations.code', 'onlyBelowFloor', 'page.pageSize', 'page.cursor']);
  });

  it('builds a schema that refuses other parameters', () => {
    const schema = querySchemaOf(queryParametersOf(GetQuotaLedgerRequestSchema, ['roundId']));
    expect(schema).toMatchObject({
      additionalProperties: false,
      properties: {
        'organisations.code': { type: 'array', items: { type: 'string' } },
        onlyBelowFloor: { type: 'boolean' },
      },
    });
  });
});

describe('queryToJson', () => {
  it('nests values under their field paths', () => {
    const parameters = queryParametersOf(ListNominationsRequestSchema);
    expect(
      queryToJson(parameters, {
        'organisations.code': ['BTC', 'P01'],
        statuses: ['NOMINATION_STATUS_DRAFT'],
        'page.pageSize': 20,
        'page.cursor': 'abc',
      }),
    ).toEqual({
      organisations: [{ code: 'BTC' }, { code: 'P01' }],
      statuses: ['NOMINATION_STATUS_DRAFT'],
      page: { pageSize: 20, cursor: 'abc' },
    });
  });
});
