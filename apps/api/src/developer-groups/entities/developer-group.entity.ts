import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@keino/contracts';

/** The `developer_groups` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Check('ck_developer_groups_language', `((language = ANY (ARRAY['fi'::text, 'sv'::text, 'en'::text])))`)
@Entity('developer_groups')
export class DeveloperGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'developer_groups_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  theme!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text')
  language!: Locale;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
