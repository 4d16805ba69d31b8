/**
 * WARC files (.warc, .warc.gz): one input per HTML response record, read with warcio.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { InputItem } from './inputs.js';
import { InputError } from './inputs.js';

const HTML_TYPE = /text\/html|application\/xhtml\+xml/iu;

/**
 * The HTML response records of a WARC file, streamed.
 *
 * @param path - The WARC file.
 * @param out - Its output directory under `--out`.
 * @returns One input per HTML response record, numbered from 1.
 */
export async function* warcRecords(path: string, out: string): AsyncGenerator<InputItem> {
  const { WARCParser } = await import('warcio');
  let record = 0;
  let parser: AsyncGenerator<import('warcio').WARCRecord>;
  try {
    parser = WARCParser.iterRecords(createReadStream(path));
    for await (const entry of parser) {
      if (entry.warcType !== 'response') continue;
      const type = entry.httpHeaders?.headers.get('content-type') ?? '';
      if (!HTML_TYPE.test(type)) continue;
      record++;
      const content = await entry.readFully(true);
      const url = entry.warcTargetURI ?? null;
      const source = url === null ? { path, record } : { path, record, url };
      yield { source, out: join(out, String(record)), url, size: content.length, file: null, read: () => Promise.resolve(content) };
    }
  } catch (error) {
    const message = `${path} record ${record + 1}: cannot read the WARC past record ${record} (${error instanceof Error ? error.message : String(error)})`;
    yield { source: { path, record: record + 1 }, out: join(out, String(record + 1)), url: null, size: null, file: null, read: () => Promise.reject(new InputError('E_READ', message)) };
  }
}
