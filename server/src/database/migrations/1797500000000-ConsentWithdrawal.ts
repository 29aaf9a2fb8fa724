import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent withdrawal (PIPL Art. 15): a withdrawn consent keeps its row and is marked, and the
 * unique key counts live consents only, so agreeing again after withdrawing adds a new record.
 * Every consent recorded so far holds (live = 1).
 */
export class ConsentWithdrawal1797500000000 implements MigrationInterface {
  name = 'ConsentWithdrawal1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `privacy_consent` ADD `live` int NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE `privacy_consent` ADD `withdrawn_at` datetime(3) NULL');
    await queryRunner.query('DROP INDEX `uq_privacy_consent` ON `privacy_consent`');
    await queryRunner.query('CREATE UNIQUE INDEX `uq_privacy_consent` ON `privacy_consent` (`user_id`, `kind`, `policy_version`, `subject_id`, `live`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old key allows one row per consent: withdrawn rows cannot be kept.
    await queryRunner.query('DELETE FROM `privacy_consent` WHERE `live` IS NULL');
    await queryRunner.query('DROP INDEX `uq_privacy_consent` ON `privacy_consent`');
    await queryRunner.query('CREATE UNIQUE INDEX `uq_privacy_consent` ON `privacy_consent` (`user_id`, `kind`, `policy_version`, `subject_id`)');
    await queryRunner.query('ALTER TABLE `privacy_consent` DROP COLUMN `withdrawn_at`');
    await queryRunner.query('ALTER TABLE `privacy_consent` DROP COLUMN `live`');
  }
}
