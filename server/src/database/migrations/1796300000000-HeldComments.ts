import { MigrationInterface, QueryRunner } from 'typeorm';

export class HeldComments1796300000000 implements MigrationInterface {
  name = 'HeldComments1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `topic_comment` ADD `held` tinyint NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `topic_comment` DROP COLUMN `held`');
  }
}
