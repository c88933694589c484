/** POST /api/documents (files or pasted text into the corpus folder, then imported) and GET /api/imports/:jobId. */
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../../errors.js';
import { ImportJobAcceptedSchema, ImportJobParamsSchema, ImportJobSchema, PastedDocumentSchema } from '../../model/index.js';
import type { ServerContext } from '../route.js';
import { pastedUpload, type Upload } from '../workbench/uploads.js';
import type { Workbench } from '../workbench/workbench.js';

/** Reads every file of the request; the multipart limits (size per file, files per request) answer 413 on their own. */
async function filesOf(request: FastifyRequest): Promise<Upload[]> {
  const uploads: Upload[] = [];
  for await (const part of request.files()) uploads.push({ name: part.filename, bytes: await part.toBuffer() });
  return uploads;
}

export function uploadRoutes({ route }: ServerContext, workbench: Workbench): void {
  route(
    {
      method: 'POST',
      url: '/api/documents',
      summary: 'Adds documents to the corpus folder (multipart files .txt .md .html .pdf, or JSON {title, text, language?}) and imports them',
      body: PastedDocumentSchema,
      multipart: true,
      response: ImportJobAcceptedSchema,
      errors: [409, 413, 415],
    },
    async ({ body }, reply, request) => {
      const uploads = request.isMultipart() ? await filesOf(request) : [pastedUpload(body)];
      const job = workbench.addDocuments(uploads);
      return reply.code(202).send({ jobId: job.jobId });
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/imports/:jobId',
      summary: 'How an import of added documents goes: each document\'s stage and diagnostics, then what it added',
      params: ImportJobParamsSchema,
      response: ImportJobSchema,
      errors: [404],
    },
    async ({ params }) => {
      const job = workbench.job(params.jobId);
      if (!job) throw new NotFoundError(`no import job "${params.jobId}" (jobs are kept until the server restarts)`);
      return job;
    },
  );
}
