import type { FastifyReply } from 'fastify';

/** Sends bytes as a download with a UTF-8 file name (RFC 5987), so Chinese names survive. */
export function sendDownload(reply: FastifyReply, fileName: string, contentType: string, bytes: Uint8Array) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(Buffer.from(bytes));
}
