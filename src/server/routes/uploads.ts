/** POST /api/documents (files or pasted text into the corpus folder, then imported) and GET /api/imports/:jobId. */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { NotFoundError } from '../../errors.js';
import { ImportJobAcceptedSchema, ImportJobParamsSchema, ImportJobSchema, PastedDocumentSchema } from '../../model/index.js';
import type { ServerContext } from '../route.js';
import { pastedUpload, UploadRejected, type Upload } from '../workbench/uploads.js';
import type { Workbench } from '../workbench/workbench.js';

/** Reads every file of the request, or refuses the request when one passes a limit (size per file, files per request). */
async function filesOf(request: FastifyRequest, limits: Config['workbench']): Promise<Upload[]> {
  const uploads: Upload[] = [];
  let name = '';
  try {
    for await (const part of request.files()) {
      name = part.filename;
      uploads.push({ name, bytes: await part.toBuffer() });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new UploadRejected(413, 'FileTooLarge', `"${name}" is larger than ${limits.maxFileBytes} bytes, the most a document may have (UPLOAD_MAX_FILE_BYTES)`);
    }
    if (code === 'FST_FILES_LIMIT') throw new UploadRejected(413, 'TooManyFiles', `at most ${limits.maxFiles} files per request (UPLOAD_MAX_FILES)`);
    throw error;
  }
  return uploads;
}

export function uploadRoutes({ route, config }: ServerContext, workbench: Workbench): void {
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
      const uploads = request.isMultipart() ? await filesOf(request, config.workbench) : [pastedUpload(body)];
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
