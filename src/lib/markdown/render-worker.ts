// A build's Markdown render worker (see parallel-glob.ts): turns Markdown into HTML with the site's
// Markdown settings, the way Astro's own pipeline does, one message at a time.
import { parentPort } from 'node:worker_threads';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from './markdown-options.ts';

export interface RenderRequest {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: string;
}

export type RenderReply =
  | { id: number; ok: true; html: string; metadata: Record<string, unknown> }
  | { id: number; ok: false; message: string };

const processor = await createMarkdownProcessor(markdownOptions as Parameters<typeof createMarkdownProcessor>[0]);

parentPort?.on('message', (request: RenderRequest) => {
  // fileURL is what Astro passes too (internal to its render options): plugins may read the file's path.
  const options = { frontmatter: request.frontmatter, fileURL: new URL(request.fileURL) };
  void processor
    .render(request.body, options as Parameters<typeof processor.render>[1])
    .then(
      (result): RenderReply => ({ id: request.id, ok: true, html: result.code, metadata: { ...result.metadata } }),
      (err: unknown): RenderReply => ({
        id: request.id,
        ok: false,
        message: err instanceof Error ? err.message : String(err),
      }),
    )
    .then((reply) => parentPort?.postMessage(reply));
});
