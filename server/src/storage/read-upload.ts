import { ErrorCode } from '@linli/shared';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';

/** The one uploaded file (multipart field "file"), whole; a request without one, or an oversized one, is a clear error. */
export async function readUpload(request: FastifyRequest, errors: { missing: ErrorCode; tooLarge: ErrorCode }): Promise<Buffer> {
  let file;
  try {
    file = request.isMultipart() ? await request.file() : undefined;
  } catch {
    throw new DomainError(errors.missing);
  }
  if (!file) throw new DomainError(errors.missing);
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(errors.tooLarge);
    throw error;
  }
}
