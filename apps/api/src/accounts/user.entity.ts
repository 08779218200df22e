import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role } from '@keino/contracts';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  locale!: Locale;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  /** The regions a change agent follows. */
  @Column('text', { array: true })
  regions!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when an admin erased the person: the row stays, anonymised, for statistics. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;
}
