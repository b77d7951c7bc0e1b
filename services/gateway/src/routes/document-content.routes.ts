import {
  GetDocumentContentRequestSchema,
  UploadDocumentRequestSchema,
  UploadDocumentResponseSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type {
  FastifyInstance,
  FastifyPluginCallback,
  FastifyRequest,
  FastifySchema,
} from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { gatewayProblem, ProblemError } from '../http/problem.ts';
import { requestFromJson, responseToJson } from '../proto-json/convert.ts';
import { schemaIdOf } from '../proto-json/json-schema.ts';
import { queryParametersOf, querySchemaOf, queryToJson } from '../proto-json/query.ts';
import type { NominationsClient } from '../services.ts';
import { documentedRoute, documentedSchema } from './documented-schema.ts';
import { callService } from './rpc-call.ts';
import { operationDocs, problemResponses } from './route-docs.ts';

/** The content types a document may have (the contract's own list for UploadDocument). */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/**
 * The largest gRPC message of the nominations client: a 10 MiB document and the rest of its
 * message with room to spare (the nominations server takes as much). grpc-js's default is 4 MiB.
 */
export const NOMINATIONS_MAX_MESSAGE_BYTES = 12 * 1024 * 1024;

export interface DocumentContentOptions {
  readonly nominations: NominationsClient;
  /** A file of up to 10 MiB crosses in both directions, so these calls get the import deadline. */
  readonly fileDeadlineMs: number;
  readonly uploadBodyLimitBytes: number;
}

/** The query carries the upload's other fields: `kind`, `fileName`, `expectedVersion`. */
const UPLOAD_PARAMETERS = queryParametersOf(UploadDocumentRequestSchema, [
  'nominationId',
  'contentType',
  'content',
]);

const nominationParams = {
  type: 'object',
  properties: { nominationId: { type: 'string' } },
  required: ['nominationId'],
};

const tag = 'nominations';

/** The path's ids are the request's fields of the same names. */
const IDS_IN_PATH: ReadonlyMap<string, readonly string[]> = new Map([
  ['nominationId', ['nominationId']],
  ['documentId', ['documentId']],
]);

/**
 * `Content-Disposition` of a document download: the name as it was uploaded, Vietnamese included,
 * in RFC 8187 encoding (every browser in use reads `filename*`).
 */
export function utf8Attachment(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** Upload (raw body) and download of a nomination's documents' bytes. */
export async function documentContentRoutes(
  scope: FastifyInstance,
  options: DocumentContentOptions,
): Promise<void> {
  scope.get(
    '/nominations/:nominationId/documents/:documentId/content',
    documentedRoute(
      {
        ...operationDocs(
          { service: 'nominations', rpc: 'getDocumentContent' },
          tag,
          'The bytes of a document uploaded with its content, as a download',
        ),
        params: {
          type: 'object',
          properties: { nominationId: { type: 'string' }, documentId: { type: 'string' } },
          required: ['nominationId', 'documentId'],
        },
        response: {
          200: {
            description: 'The file, with its own content type',
            content: Object.fromEntries(
              DOCUMENT_CONTENT_TYPES.map((type) => [
                type,
                { schema: { type: 'string', format: 'binary' } },
              ]),
            ),
          },
          ...problemResponses(),
        },
      },
      GetDocumentContentRequestSchema,
      IDS_IN_PATH,
    ),
    async (request, reply) => {
      const { nominationId, documentId } = request.params as Record<string, string>;
      const call = { token: callerOf(request).token, deadlineMs: options.fileDeadlineMs };
      const file = await callService(GetDocumentContentRequestSchema, () =>
        options.nominations.getDocumentContent({ nominationId, documentId }, call),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', utf8Attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
  await scope.register(uploadRoute, options);
}

/** In a scope of its own, so only this route takes document bodies, and larger ones. */
const uploadRoute: FastifyPluginCallback<DocumentContentOptions> = (scope, options, done) => {
  for (const type of DOCUMENT_CONTENT_TYPES) {
    scope.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, parsed) => {
      parsed(null, body);
    });
  }
  scope.post(
    '/nominations/:nominationId/documents/upload',
    {
      bodyLimit: options.uploadBodyLimitBytes,
      schema: {
        ...operationDocs(
          { service: 'nominations', rpc: 'uploadDocument' },
          tag,
          'Upload a document: the file is the body, its Content-Type the document’s',
        ),
        params: nominationParams,
        querystring: {
          ...querySchemaOf(UPLOAD_PARAMETERS),
          required: ['kind', 'fileName', 'expectedVersion'],
        },
        response: {
          200: {
            description: 'The nomination with the document attached',
            $ref: `${schemaIdOf(UploadDocumentResponseSchema)}#`,
          },
          ...problemResponses(),
        },
      },
      config: { swaggerTransform: documentFileBody },
    },
    uploadDocument(options),
  );
  done();
};

/**
 * The published schema: the contract's rules on the path and query, and the body as the raw
 * file, which a JSON Schema route body cannot describe to Fastify.
 */
function documentFileBody({ schema, url }: { schema: FastifySchema; url: string }) {
  const binary = { schema: { type: 'string', format: 'binary' } };
  const body = {
    required: true,
    content: Object.fromEntries(DOCUMENT_CONTENT_TYPES.map((type) => [type, binary])),
  };
  const ruled = documentedSchema(
    schema,
    UploadDocumentRequestSchema,
    IDS_IN_PATH,
    UPLOAD_PARAMETERS,
  );
  return { schema: { ...ruled, body }, url };
}

function uploadDocument(options: DocumentContentOptions) {
  return async (request: FastifyRequest) => {
    const caller = callerOf(request);
    const { nominationId } = request.params as { nominationId: string };
    const query = queryToJson(UPLOAD_PARAMETERS, request.query as Record<string, unknown>);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    const message = requestFromJson(UploadDocumentRequestSchema, {
      ...query,
      nominationId,
      contentType: contentType.toLowerCase(),
    });
    if (!Buffer.isBuffer(request.body)) {
      throw new ProblemError(gatewayProblem(415, 'MEDIA_TYPE_UNSUPPORTED'));
    }
    message.content = request.body;
    const call = { token: caller.token, deadlineMs: options.fileDeadlineMs };
    const answer = await callService(UploadDocumentRequestSchema, () =>
      options.nominations.uploadDocument(message, call),
    );
    return responseToJson(UploadDocumentResponseSchema, answer);
  };
}
