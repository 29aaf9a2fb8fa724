import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyRights1797200000000 implements MigrationInterface {
  name = 'PrivacyRights1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `app_user` ADD `deleted_at` datetime(3) NULL');
    await queryRunner.query('ALTER TABLE `wish` ADD `details_purged_at` datetime(3) NULL');
    await queryRunner.query('CREATE INDEX `ix_wish_retention` ON `wish` (`status`, `details_purged_at`)');
    await queryRunner.query('ALTER TABLE `community_wish_settings` ADD `retention_days` int NOT NULL DEFAULT 90');
    await queryRunner.query(
      'CREATE TABLE `private_data_access` (`id` varchar(36) NOT NULL, `viewer_id` varchar(36) NOT NULL, `subject_user_id` varchar(36) NULL, `place_id` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `target_id` varchar(36) NOT NULL, `purpose` varchar(200) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_private_data_access_subject` (`subject_user_id`, `created_at`), INDEX `ix_private_data_access_place` (`place_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_private_data_access_place` ON `private_data_access`');
    await queryRunner.query('DROP INDEX `ix_private_data_access_subject` ON `private_data_access`');
    await queryRunner.query('DROP TABLE `private_data_access`');
    await queryRunner.query('ALTER TABLE `community_wish_settings` DROP COLUMN `retention_days`');
    await queryRunner.query('DROP INDEX `ix_wish_retention` ON `wish`');
    await queryRunner.query('ALTER TABLE `wish` DROP COLUMN `details_purged_at`');
    await queryRunner.query('ALTER TABLE `app_user` DROP COLUMN `deleted_at`');
  }
}
