import { z } from 'zod';

/**
 * A 204 answer, sent as `reply.status(204).send(null)`: no body. OpenAPI 3.0 has no null type, so zod would write a
 * nullable string and the document would list a JSON body; `type: 'null'` makes @fastify/swagger list none.
 */
export const noContent = (description: string) => z.null().meta({ type: 'null', description });

/**
 * A file download (sendDownload): the bytes go out as they are, never through the JSON serializer; OpenAPI shows a
 * binary body of `contentType`.
 */
export const binaryFile = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } },
});
