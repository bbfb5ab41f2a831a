import { z } from 'zod';

/** A 204 answer, sent as `reply.status(204).send(null)`: no body (OpenAPI lists the status without content). */
export const noContent = (description: string) => z.null().describe(description);

/**
 * A file download (sendDownload): the bytes go out as they are, never through the JSON serializer; OpenAPI shows a
 * binary body of `contentType`.
 */
export const binaryFile = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } },
});
