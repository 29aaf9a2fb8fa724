import { MigrationInterface, QueryRunner } from 'typeorm';

export class DoubleReporting1795311528211 implements MigrationInterface {
  name = 'DoubleReporting1795311528211';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `member_registration` (`status` enum ('pending', 'approved', 'rejected', 'withdrawn', 'ended') NOT NULL, `slot` varchar(8) NULL, `decided_by` varchar(36) NULL, `decided_at` datetime(3) NULL, `reject_reason` varchar(200) NULL, `ended_at` datetime(3) NULL, `id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `real_name` varchar(32) NOT NULL, `phone` varchar(16) NOT NULL, `unit_id` varchar(36) NOT NULL, `skills` text NOT NULL, `skills_note` varchar(200) NULL, `availability` text NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_member_registration_user` (`user_id`, `created_at`), INDEX `ix_member_registration_unit` (`unit_id`, `id`), INDEX `ix_member_registration_review` (`community_id`, `status`, `id`), UNIQUE INDEX `uq_member_registration_slot` (`user_id`, `slot`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `unit_registration` (`status` enum ('pending', 'approved', 'rejected', 'withdrawn', 'ended') NOT NULL, `slot` varchar(8) NULL, `decided_by` varchar(36) NULL, `decided_at` datetime(3) NULL, `reject_reason` varchar(200) NULL, `ended_at` datetime(3) NULL, `id` varchar(36) NOT NULL, `unit_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `contact_user_id` varchar(36) NOT NULL, `contact_name` varchar(32) NOT NULL, `contact_phone` varchar(16) NOT NULL, `resources` text NOT NULL, `agreement_text` text NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_unit_registration_contact` (`contact_user_id`, `status`), INDEX `ix_unit_registration_review` (`community_id`, `status`, `id`), UNIQUE INDEX `uq_unit_registration_slot` (`unit_id`, `community_id`, `slot`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `work_unit` (`id` varchar(36) NOT NULL, `name` varchar(64) NOT NULL, `kind` enum ('government', 'enterprise', 'public_institution', 'social_organisation', 'other') NOT NULL, `party_org_name` varchar(64) NOT NULL, `created_by` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_work_unit_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query('DROP INDEX `uq_role_grant` ON `role_grant`');
    await queryRunner.query('DROP INDEX `ix_role_grant_place` ON `role_grant`');
    await queryRunner.query(
      "ALTER TABLE `role_grant` CHANGE `role` `role` enum ('resident', 'party_member', 'grid_worker', 'unit_contact', 'secretary', 'street_officer', 'admin') NOT NULL",
    );
    await queryRunner.query('CREATE INDEX `ix_role_grant_place` ON `role_grant` (`place_id`, `role`)');
    await queryRunner.query('CREATE UNIQUE INDEX `uq_role_grant` ON `role_grant` (`user_id`, `role`, `place_id`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_role_grant` ON `role_grant`');
    await queryRunner.query('DROP INDEX `ix_role_grant_place` ON `role_grant`');
    await queryRunner.query(
      "ALTER TABLE `role_grant` CHANGE `role` `role` enum ('resident', 'party_member', 'grid_worker', 'secretary', 'street_officer', 'admin') NOT NULL",
    );
    await queryRunner.query('CREATE INDEX `ix_role_grant_place` ON `role_grant` (`place_id`, `role`)');
    await queryRunner.query('CREATE UNIQUE INDEX `uq_role_grant` ON `role_grant` (`user_id`, `role`, `place_id`)');
    await queryRunner.query('DROP INDEX `uq_work_unit_name` ON `work_unit`');
    await queryRunner.query('DROP TABLE `work_unit`');
    await queryRunner.query('DROP INDEX `uq_unit_registration_slot` ON `unit_registration`');
    await queryRunner.query('DROP INDEX `ix_unit_registration_review` ON `unit_registration`');
    await queryRunner.query('DROP INDEX `ix_unit_registration_contact` ON `unit_registration`');
    await queryRunner.query('DROP TABLE `unit_registration`');
    await queryRunner.query('DROP INDEX `uq_member_registration_slot` ON `member_registration`');
    await queryRunner.query('DROP INDEX `ix_member_registration_review` ON `member_registration`');
    await queryRunner.query('DROP INDEX `ix_member_registration_unit` ON `member_registration`');
    await queryRunner.query('DROP INDEX `ix_member_registration_user` ON `member_registration`');
    await queryRunner.query('DROP TABLE `member_registration`');
  }
}
