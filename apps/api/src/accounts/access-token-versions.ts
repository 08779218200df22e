import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';

import { TokenVersions } from '../common/auth/token-versions';
import type { Db } from '../common/database/sql';
import { SessionsRepository } from './repositories/sessions.repository';

/**
 * Ends a person's access tokens at once: raises their token version in the database, and tells every instance
 * (TokenVersions) only after that write committed. Announcing earlier would be worse than late: were the
 * transaction rolled back, processes would refuse the tokens the database still calls current, and every refresh
 * would mint another such token. So raises made in a transaction wait for its commit (a TypeORM transaction
 * subscriber) and are dropped on its rollback.
 */
@Injectable()
export class AccessTokenVersions implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Map<string, number>>();

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly versions: TokenVersions,
  ) {
    db.subscribers.push(this);
  }

  /** Every access token the person holds stops working once `db`'s transaction (if any) commits. */
  async raise(db: Db, userId: string): Promise<void> {
    const version = await this.sessions.raiseTokenVersion(db, userId);
    if (version === undefined) return;
    const runner = db instanceof EntityManager ? db.queryRunner : undefined;
    if (!runner?.isTransactionActive) return this.versions.announce(userId, version);
    const raised = this.pending.get(runner) ?? new Map<string, number>();
    raised.set(userId, Math.max(version, raised.get(userId) ?? 0));
    this.pending.set(runner, raised);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A savepoint's release commits nothing yet.
    if (queryRunner.isTransactionActive) return;
    const raised = this.pending.get(queryRunner);
    if (!raised) return;
    this.pending.delete(queryRunner);
    await Promise.all([...raised].map(([userId, version]) => this.versions.announce(userId, version)));
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    // Also on a savepoint's rollback, which may have undone a raise: announcing one too few only delays the
    // refusal (until a token shows the newer version); announcing one that never happened would lock people out.
    this.pending.delete(queryRunner);
  }
}
