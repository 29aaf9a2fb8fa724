import { ColumnOptions, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Column shapes that behave the same on MySQL and SQLite (see TOOLCHAIN.md). */
export const ID_LENGTH = 36;
export const idColumn: ColumnOptions = { type: 'varchar', length: ID_LENGTH };
export const optionalIdColumn: ColumnOptions = { type: 'varchar', length: ID_LENGTH, nullable: true };

export const PrimaryId = () => PrimaryColumn({ type: 'varchar', length: ID_LENGTH });
export const CreatedAt = () => CreateDateColumn({ type: 'datetime', precision: 3, name: 'created_at' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime', precision: 3, name: 'updated_at' });
