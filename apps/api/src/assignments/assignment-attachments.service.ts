import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentAttachmentResponse } from '@keino/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

import { AuthUser } from '../common/auth/auth.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AssignmentAccessPolicy } from './assignment-access.policy';
import { toAttachment } from './assignment.mapper';
import { checkAttachment, cleanFileName } from './assignment-rules';
import { assignmentErrors } from './assignments.errors';
import { detectMediaType } from './detect-media-type';
import { AttachmentsRepository } from './repositories/attachments.repository';
import { SubmissionsRepository } from './repositories/submissions.repository';

/** The team's files: stored under the data directory by id, typed by their content, kept for the versions listing them. */
@Injectable()
export class AssignmentAttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attachments: AttachmentsRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly access: AssignmentAccessPolicy,
  ) {}

  /** Whether the caller may change the submission now: checked before an upload is read, again under lock after. */
  async assertEditable(caller: AuthUser, id: string): Promise<void> {
    await this.access.editable(caller, id);
  }

  /** Stores a file whose content is an allowed type; the name is kept only as a label. */
  async attach(
    caller: AuthUser,
    id: string,
    file: { fileName: string | undefined; data: Buffer },
  ): Promise<AssignmentAttachmentResponse> {
    // Who may attach was checked before the upload was read (assertEditable); it is checked again under lock below.
    const mediaType = checkAttachment(await detectMediaType(file.data), file.data.length);
    const attachmentId = randomUUID();
    const dir = this.directory();
    await mkdir(dir, { recursive: true });
    const path = join(dir, attachmentId);
    await writeFile(path, file.data, { mode: 0o600 });
    try {
      await this.db.transaction(async (tx) => {
        // Checked again under the lock: a submit may have happened while the file was being read.
        await this.access.editable(caller, id, { lock: true, db: tx });
        await this.attachments.insert(
          {
            id: attachmentId,
            submissionId: id,
            fileName: cleanFileName(file.fileName),
            mediaType,
            sizeBytes: file.data.length,
            sha256: createHash('sha256').update(file.data).digest('hex'),
            uploadedBy: caller.id,
          },
          tx,
        );
        await this.submissions.touch(id, caller.id, tx);
      });
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    const [row] = await this.attachments.list(id, attachmentId);
    return toAttachment(row);
  }

  /** The file of a current or an earlier submitted attachment, for anyone who sees the submission. */
  async download(
    caller: AuthUser,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; mediaType: string; data: Buffer }> {
    await this.access.readable(caller, id);
    const row = await this.attachments.findFile(id, attachmentId);
    if (!row) throw assignmentErrors.attachmentNotFound();
    const data = await readFile(join(this.directory(), attachmentId)).catch(() => {
      throw assignmentErrors.attachmentFileMissing();
    });
    return { fileName: row.file_name, mediaType: row.media_type, data };
  }

  /** Removes a file from the working set; one that a submitted version lists is kept for that version. */
  async detach(caller: AuthUser, id: string, attachmentId: string): Promise<void> {
    const removeFile = await this.db.transaction(async (tx) => {
      await this.access.editable(caller, id, { lock: true, db: tx });
      const use = await this.attachments.findUse(id, attachmentId, tx);
      if (!use) throw assignmentErrors.attachmentNotFound();
      if (use.in_version) await this.attachments.markRemoved(attachmentId, tx);
      else await this.attachments.delete(attachmentId, tx);
      await this.submissions.touch(id, caller.id, tx);
      return !use.in_version;
    });
    if (removeFile) await unlink(join(this.directory(), attachmentId)).catch(() => undefined);
  }

  /**
   * Seeding contract (demo data): stores the bytes of a file whose rows the caller imports next
   * (AssignmentSubmissionsService.importSubmission); answers what those rows record.
   */
  async storeFile(data: Buffer): Promise<{ id: string; sizeBytes: number; sha256: string }> {
    const id = randomUUID();
    const dir = this.directory();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, id), data, { mode: 0o600 });
    return { id, sizeBytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  private directory(): string {
    return join(this.config.dataDir, 'attachments');
  }
}
