import { REGISTER_RULES } from '@linli/shared';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';

/**
 * The uploaded register (multipart field "file") and its name. The per-request limit replaces the
 * app's photo-sized one: a 20,000-row register is larger than a photo.
 */
export async function readRegisterUpload(request: FastifyRequest): Promise<{ name: string; content: Buffer }> {
  let file;
  try {
    file = request.isMultipart() ? await request.file({ limits: { fileSize: REGISTER_RULES.maxBytes, files: 1 } }) : undefined;
  } catch {
    throw new DomainError('REGISTER_FILE_MISSING');
  }
  if (!file) throw new DomainError('REGISTER_FILE_MISSING');
  try {
    return { name: file.filename || '台账.xlsx', content: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('REGISTER_FILE_TOO_LARGE');
    throw error;
  }
}
