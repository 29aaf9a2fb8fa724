import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** An image behind a signed URL: private caching for the URL's hour, and never sniffed as anything else. */
export function sendImage(reply: FastifyReply, image: { mime: string; content: Buffer }): StreamableFile {
  reply.header('content-type', image.mime);
  reply.header('cache-control', 'private, max-age=3600');
  reply.header('x-content-type-options', 'nosniff');
  return new StreamableFile(image.content);
}
