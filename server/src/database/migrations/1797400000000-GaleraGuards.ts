import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows that concurrent transactions write, not merely lock, so that their conflict is seen by every
 * engine (Galera certifies writes only; its locks hold on one node). See docs/scale-out.md.
 */
export class GaleraGuards1797400000000 implements MigrationInterface {
  name = 'GaleraGuards1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `app_user` ADD `claim_guard` int NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `ballot` ADD `vote_seq` int NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `member_registration` ADD `credit_seq` int NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `member_registration` DROP COLUMN `credit_seq`');
    await queryRunner.query('ALTER TABLE `ballot` DROP COLUMN `vote_seq`');
    await queryRunner.query('ALTER TABLE `app_user` DROP COLUMN `claim_guard`');
  }
}
