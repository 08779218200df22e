import { Inject, Injectable } from '@nestjs/common';
import type { GroupDocumentResponse, ListResponse } from '@keino/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { checkAttachment, cleanFileName } from '../assignments/assignment-rules';
import { detectMediaType } from '../assignments/detect-media-type';
import { AuthUser } from '../common/auth/auth.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeveloperGroupAccess } from './developer-group-access';
import { toDocument } from './developer-group.mapper';
import { developerGroupErrors } from './developer-groups.errors';
import { DocumentsRepository } from './repositories/documents.repository';

/**
 * A group's shared documents: the types and limits of assignment attachments, the type read from the content. A file
 * of a name the group has already is its next version; every version is kept with who added it.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: DocumentsRepository,
    private readonly access: DeveloperGroupAccess,
  ) {}

  /** Checked before the upload is read, so nobody outside the group makes the server take in 20 MB. */
  async assertInside(caller: AuthUser, groupId: string): Promise<void> {
    await this.access.inside(caller, groupId);
  }

  async upload(
    caller: AuthUser,
    groupId: string,
    file: { fileName: string | undefined; data: Buffer },
  ): Promise<GroupDocumentResponse> {
    const mediaType = checkAttachment(await detectMediaType(file.data), file.data.length);
    const documentId = await this.store(file.data, async (fileId, sha256) =>
      this.documents.addVersion({
        fileId,
        groupId,
        name: cleanFileName(file.fileName),
        mediaType,
        sizeBytes: file.data.length,
        sha256,
        uploadedBy: caller.id,
      }),
    );
    return this.answer(documentId);
  }

  async list(caller: AuthUser, groupId: string): Promise<ListResponse<GroupDocumentResponse>> {
    await this.access.inside(caller, groupId);
    const rows = await this.documents.list(groupId);
    return { items: rows.map(toDocument), total: rows.length };
  }

  /** The latest version's file, for the group's people; anyone else is told it does not exist. */
  async download(
    caller: AuthUser,
    id: string,
  ): Promise<{ fileName: string; mediaType: string; data: Buffer }> {
    const row = await this.documents.find(id);
    const group = row && (await this.access.of(caller, row.group_id));
    if (!row || !group?.inside) throw developerGroupErrors.documentNotFound();
    const data = await readFile(join(this.directory(), row.file_id)).catch(() => {
      throw developerGroupErrors.fileMissing();
    });
    return { fileName: row.name, mediaType: row.media_type, data };
  }

  /** Seeding contract (demo data): a version of a document as someone added it at a time of the demo's history. */
  async seedVersion(seed: {
    groupId: string;
    name: string;
    data: Buffer;
    mediaType: string;
    uploadedBy: string;
    at: Date;
  }): Promise<string> {
    return this.store(seed.data, (fileId, sha256) =>
      this.documents.addVersion({
        fileId,
        groupId: seed.groupId,
        name: seed.name,
        mediaType: seed.mediaType,
        sizeBytes: seed.data.length,
        sha256,
        uploadedBy: seed.uploadedBy,
        at: seed.at,
      }),
    );
  }

  /** Writes the bytes under a new id, then the rows; a failed write of the rows leaves no file behind. */
  private async store(
    data: Buffer,
    record: (fileId: string, sha256: string) => Promise<string>,
  ): Promise<string> {
    const fileId = randomUUID();
    const dir = this.directory();
    await mkdir(dir, { recursive: true });
    const path = join(dir, fileId);
    await writeFile(path, data, { mode: 0o600 });
    try {
      return await record(fileId, createHash('sha256').update(data).digest('hex'));
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
  }

  private async answer(id: string): Promise<GroupDocumentResponse> {
    const row = await this.documents.find(id);
    if (!row) throw developerGroupErrors.documentNotFound();
    return toDocument(row);
  }

  private directory(): string {
    return join(this.config.dataDir, 'developer-group-documents');
  }
}
