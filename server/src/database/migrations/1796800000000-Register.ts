import { MigrationInterface, QueryRunner } from 'typeorm';

export class Register1796800000000 implements MigrationInterface {
  name = 'Register1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `household_member` ADD `kinship` varchar(16) NULL');
    await queryRunner.query(
      'CREATE TABLE `household_owner` (`id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `owner_id` varchar(36) NOT NULL, `position` int NOT NULL DEFAULT 0, `valid_from` varchar(10) NOT NULL, `valid_to` varchar(10) NULL, `live` int NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_household_owner_owner` (`owner_id`), UNIQUE INDEX `uq_household_owner_live` (`household_id`, `owner_id`, `live`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `register_import` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `created_by` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `base_digest` varchar(64) NOT NULL, `file_name` varchar(160) NOT NULL, `row_count` int NOT NULL, `flat_count` int NOT NULL, `people_count` int NOT NULL, `result` text NULL, `applied_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_register_import_community` (`community_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `register_import_part` (`import_id` varchar(36) NOT NULL, `seq` int NOT NULL, `flats` text NOT NULL, PRIMARY KEY (`import_id`, `seq`)) ENGINE=InnoDB',
    );
    // Each flat's title holder as it stands becomes its first ownership period, dated when the flat
    // was registered: history starts from what the register already knew.
    await queryRunner.query(
      "INSERT INTO `household_owner` (`id`, `household_id`, `owner_id`, `position`, `valid_from`, `valid_to`, `live`) SELECT UUID(), `id`, `owner_id`, 0, DATE_FORMAT(DATE_ADD(`created_at`, INTERVAL 8 HOUR), '%Y-%m-%d'), NULL, 1 FROM `household` WHERE `owner_id` IS NOT NULL",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `register_import_part`');
    await queryRunner.query('DROP INDEX `ix_register_import_community` ON `register_import`');
    await queryRunner.query('DROP TABLE `register_import`');
    await queryRunner.query('DROP INDEX `uq_household_owner_live` ON `household_owner`');
    await queryRunner.query('DROP INDEX `ix_household_owner_owner` ON `household_owner`');
    await queryRunner.query('DROP TABLE `household_owner`');
    await queryRunner.query('ALTER TABLE `household_member` DROP COLUMN `kinship`');
  }
}
