import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShiftShortCodes1797510000000 implements MigrationInterface {
  name = 'ShiftShortCodes1797510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `shift_claim` ADD `code_tries` int NOT NULL DEFAULT 0, ADD `code_tries_since` datetime(3) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `shift_claim` DROP COLUMN `code_tries_since`, DROP COLUMN `code_tries`');
  }
}
