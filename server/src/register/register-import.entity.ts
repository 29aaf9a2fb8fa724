import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt, idColumn, ID_LENGTH, PrimaryId } from '../database/columns';

export type RegisterImportStatus = 'previewed' | 'applied';

/**
 * One uploaded register: what its dry run showed and, once confirmed, what was applied. The rows
 * are kept (register_import_part) so confirming applies exactly the file that was previewed, and
 * `base_digest` is the register the dry run compared against: confirming against any other
 * register is refused. `status` moves previewed → applied by one conditional UPDATE, so of two
 * confirms (a double tap, a retry) one applies and the other reads the result.
 */
@Entity('register_import')
@Index('ix_register_import_community', ['communityId', 'createdAt'])
export class RegisterImport {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'created_by', ...idColumn })
  createdBy: string;

  @Column({ type: 'varchar', length: 16 })
  status: RegisterImportStatus;

  @Column({ name: 'base_digest', type: 'varchar', length: 64 })
  baseDigest: string;

  @Column({ name: 'file_name', type: 'varchar', length: 160 })
  fileName: string;

  @Column({ name: 'row_count', type: 'int' })
  rowCount: number;

  @Column({ name: 'flat_count', type: 'int' })
  flatCount: number;

  @Column({ name: 'people_count', type: 'int' })
  peopleCount: number;

  /** The dry run's counts, and after confirming the applied counts. */
  @Column({ type: 'simple-json', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'applied_at', type: 'datetime', precision: 3, nullable: true })
  appliedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}

/** The parsed flats of an import, in pieces small enough for a TEXT column on MySQL. */
@Entity('register_import_part')
export class RegisterImportPart {
  @PrimaryColumn({ name: 'import_id', type: 'varchar', length: ID_LENGTH })
  importId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'text' })
  flats: string;
}
