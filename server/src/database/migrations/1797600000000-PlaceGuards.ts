import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlaceGuards1797600000000 implements MigrationInterface {
  name = 'PlaceGuards1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `place` ADD `write_guard` int NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `household` ADD `write_guard` int NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `household` DROP COLUMN `write_guard`');
    await queryRunner.query('ALTER TABLE `place` DROP COLUMN `write_guard`');
  }
}
