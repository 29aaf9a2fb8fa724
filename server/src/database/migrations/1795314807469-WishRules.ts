import { MigrationInterface, QueryRunner } from 'typeorm';

export class WishRules1795314807469 implements MigrationInterface {
  name = 'WishRules1795314807469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_wish_fulfilled` ON `wish`');
    await queryRunner.query(
      'CREATE TABLE `community_wish_settings` (`community_id` varchar(36) NOT NULL, `value_cap_fen` int NOT NULL, `fulfil_days` int NOT NULL, `release_after_reminder_days` int NOT NULL, `confirm_days` int NOT NULL, `points_per_wish` int NOT NULL, `updated_by` varchar(36) NOT NULL, `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (`community_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `wish` ADD `release_due_at` datetime(3) NULL');
    await queryRunner.query('ALTER TABLE `wish` ADD `confirm_due_at` datetime(3) NULL');
    // Deadlines already running keep the default rules they started under.
    await queryRunner.query("UPDATE `wish` SET `release_due_at` = `reminded_at` + INTERVAL 3 DAY WHERE `status` = 'claimed' AND `reminded_at` IS NOT NULL");
    await queryRunner.query('UPDATE `wish` SET `confirm_due_at` = `fulfilled_at` + INTERVAL 7 DAY WHERE `fulfilled_at` IS NOT NULL');
    await queryRunner.query('CREATE INDEX `ix_wish_confirm_due` ON `wish` (`status`, `confirm_due_at`)');
    await queryRunner.query('CREATE INDEX `ix_wish_release_due` ON `wish` (`status`, `release_due_at`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_wish_release_due` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_confirm_due` ON `wish`');
    await queryRunner.query('ALTER TABLE `wish` DROP COLUMN `confirm_due_at`');
    await queryRunner.query('ALTER TABLE `wish` DROP COLUMN `release_due_at`');
    await queryRunner.query('DROP TABLE `community_wish_settings`');
    await queryRunner.query('CREATE INDEX `ix_wish_fulfilled` ON `wish` (`status`, `fulfilled_at`)');
  }
}
