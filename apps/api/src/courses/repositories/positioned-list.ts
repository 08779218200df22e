import type { EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';

/** Where a list's items live: their table, the column naming their parent, and the parent's table. */
interface ListShape {
  items: 'course_modules' | 'activities';
  parentColumn: 'course_id' | 'module_id';
  parents: 'courses' | 'course_modules';
}

interface CountRow {
  n: number;
}
interface ItemIdRow {
  id: string;
}
interface RemovedItemRow {
  position: number;
}

/** Where a new item goes: the wanted place, or the end when none is wanted or it lies past the end. */
export function insertionPosition(count: number, wanted: number | undefined): number {
  return Math.min(wanted ?? count, count);
}

/** True when `ids` names every current item exactly once. */
export function isSameSet(current: readonly string[], ids: readonly string[]): boolean {
  const wanted = new Set(ids);
  return current.length === ids.length && current.every((id) => wanted.has(id));
}

/**
 * A list whose items carry a gapless 0-based `position` within their parent: the course's modules, a module's
 * activities. Every change locks the parent row first, so two edits of one list run one after the other.
 * Table and column names come from the closed ListShape above, never from input.
 */
export class PositionedList {
  constructor(private readonly shape: ListShape) {}

  /** Makes room at the wanted place and inserts the item there; `insertItem` writes the row at `position`. */
  async insertAt<T>(
    tx: EntityManager,
    parentId: string,
    wanted: number | undefined,
    insertItem: (position: number) => Promise<T>,
  ): Promise<T> {
    const { items, parentColumn } = this.shape;
    await this.lockParent(tx, parentId);
    const counted = await sql.one<CountRow>(
      tx,
      `SELECT count(*)::int AS n FROM ${items} WHERE ${parentColumn} = $1`,
      [parentId],
    );
    const position = insertionPosition(counted?.n ?? 0, wanted);
    await sql.affected(
      tx,
      `UPDATE ${items} SET position = position + 1 WHERE ${parentColumn} = $1 AND position >= $2`,
      [parentId, position],
    );
    return insertItem(position);
  }

  /** Puts the items in the order of `ids`; false, with nothing written, when `ids` is not exactly the list. */
  async move(tx: EntityManager, parentId: string, ids: string[]): Promise<boolean> {
    const { items, parentColumn } = this.shape;
    await this.lockParent(tx, parentId);
    const current = await sql.rows<ItemIdRow>(tx, `SELECT id FROM ${items} WHERE ${parentColumn} = $1`, [
      parentId,
    ]);
    if (
      !isSameSet(
        current.map((row) => row.id),
        ids,
      )
    ) {
      return false;
    }
    await sql.affected(
      tx,
      `UPDATE ${items} i SET position = o.ord - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE i.id = o.id`,
      [ids],
    );
    return true;
  }

  /** Deletes the item and closes the gap it leaves; false when the parent's list holds no such item. */
  async remove(tx: EntityManager, parentId: string, itemId: string): Promise<boolean> {
    const { items, parentColumn } = this.shape;
    await this.lockParent(tx, parentId);
    const removed = await sql.one<RemovedItemRow>(
      tx,
      `DELETE FROM ${items} WHERE id = $1 AND ${parentColumn} = $2 RETURNING position`,
      [itemId, parentId],
    );
    if (!removed) return false;
    await sql.affected(
      tx,
      `UPDATE ${items} SET position = position - 1 WHERE ${parentColumn} = $1 AND position > $2`,
      [parentId, removed.position],
    );
    return true;
  }

  private async lockParent(tx: EntityManager, parentId: string): Promise<void> {
    await sql.rows<ItemIdRow>(tx, `SELECT id FROM ${this.shape.parents} WHERE id = $1 FOR UPDATE`, [parentId]);
  }
}

/** A course's modules. */
export const moduleList = new PositionedList({
  items: 'course_modules',
  parentColumn: 'course_id',
  parents: 'courses',
});

/** A module's activities. */
export const activityList = new PositionedList({
  items: 'activities',
  parentColumn: 'module_id',
  parents: 'course_modules',
});
