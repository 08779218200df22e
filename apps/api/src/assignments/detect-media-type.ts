import { loadEsm } from 'load-esm';

type FileType = typeof import('file-type');
let fileType: Promise<FileType> | undefined;

/** The media type that the bytes say (magic numbers, zip contents of Office files), or undefined when unknown. */
export async function detectMediaType(data: Buffer): Promise<string | undefined> {
  // file-type is ESM only; load-esm keeps the dynamic import intact under jest and in the webpack build.
  fileType ??= loadEsm<FileType>('file-type');
  const { fileTypeFromBuffer } = await fileType;
  return (await fileTypeFromBuffer(data))?.mime;
}
