import { MigrationInterface, QueryRunner } from 'typeorm';

export class Households1797100000000 implements MigrationInterface {
  name = 'Households1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `role_grant` CHANGE `role` `role` enum ('resident', 'party_member', 'grid_worker', 'building_leader', 'unit_contact', 'secretary', 'deputy', 'street_officer', 'admin') NOT NULL",
    );
    await queryRunner.query('ALTER TABLE `household_member` ADD `moved_in` varchar(10) NULL');
    await queryRunner.query('ALTER TABLE `member_registration` ADD `household_left_on` varchar(10) NULL');
    await queryRunner.query(
      "CREATE TABLE `household_member_past` (`id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `relation` enum ('owner', 'resident', 'tenant') NOT NULL, `kinship` varchar(16) NULL, `is_adult` tinyint NOT NULL DEFAULT 1, `moved_in` varchar(10) NULL, `moved_out` varchar(10) NOT NULL, `recorded_by` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_household_member_past_household` (`household_id`, `moved_out`), INDEX `ix_household_member_past_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `kept_person` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `consent_method` enum ('oral', 'written') NOT NULL, `consent_note` varchar(200) NULL, `recorded_by` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_kept_person_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_kept_person_user` ON `kept_person`');
    await queryRunner.query('DROP TABLE `kept_person`');
    await queryRunner.query('DROP INDEX `ix_household_member_past_user` ON `household_member_past`');
    await queryRunner.query('DROP INDEX `ix_household_member_past_household` ON `household_member_past`');
    await queryRunner.query('DROP TABLE `household_member_past`');
    await queryRunner.query('ALTER TABLE `member_registration` DROP COLUMN `household_left_on`');
    await queryRunner.query('ALTER TABLE `household_member` DROP COLUMN `moved_in`');
    // Grants of the two roles this migration added would not fit the narrower enum.
    await queryRunner.query("DELETE FROM `role_grant` WHERE `role` IN ('building_leader', 'deputy')");
    await queryRunner.query(
      "ALTER TABLE `role_grant` CHANGE `role` `role` enum ('resident', 'party_member', 'grid_worker', 'unit_contact', 'secretary', 'street_officer', 'admin') NOT NULL",
    );
  }
}
