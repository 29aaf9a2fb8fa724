import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795309526896 implements MigrationInterface {
  name = 'Foundation1795309526896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `audit_log` (`id` varchar(36) NOT NULL, `actor_id` varchar(36) NULL, `action` varchar(64) NOT NULL, `target_type` varchar(32) NOT NULL, `target_id` varchar(64) NOT NULL, `place_id` varchar(36) NULL, `before` text NULL, `after` text NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_audit_actor_time` (`actor_id`, `created_at`), INDEX `ix_audit_place_time` (`place_id`, `created_at`), INDEX `ix_audit_target` (`target_type`, `target_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `app_user` (`id` varchar(36) NOT NULL, `openid` varchar(64) NULL, `unionid` varchar(64) NULL, `display_name` varchar(32) NOT NULL, `avatar_url` varchar(512) NULL, `phone` varchar(20) NULL, `care_mode` tinyint NOT NULL DEFAULT 0, `home_household_id` varchar(36) NULL, `demo_label` varchar(64) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_user_openid` (`openid`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `household` (`id` varchar(36) NOT NULL, `building_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `label` varchar(64) NOT NULL, `area_hundredths` int NOT NULL, `owner_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_household_owner` (`owner_id`), INDEX `ix_household_community` (`community_id`), UNIQUE INDEX `uq_household_building_label` (`building_id`, `label`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `household_member` (`id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `relation` enum ('owner', 'resident', 'tenant') NOT NULL, `is_adult` tinyint NOT NULL DEFAULT 1, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_household_member_user` (`user_id`), UNIQUE INDEX `uq_household_member` (`household_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `owner` (`id` varchar(36) NOT NULL, `kind` enum ('person', 'developer') NOT NULL, `name` varchar(64) NOT NULL, `user_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_owner_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `place` (`id` varchar(36) NOT NULL, `name` varchar(64) NOT NULL, `level` enum ('district', 'street', 'community', 'grid', 'building') NOT NULL, `parent_id` varchar(36) NULL, `path` varchar(255) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_place_parent` (`parent_id`), INDEX `ix_place_path` (`path`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `points_entry` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `amount` int NOT NULL, `reason` varchar(200) NOT NULL, `source_type` varchar(32) NOT NULL, `source_id` varchar(64) NOT NULL, `reverses_entry_id` varchar(36) NULL, `created_by` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_points_user_time` (`user_id`, `created_at`), INDEX `ix_points_community_user` (`community_id`, `user_id`), UNIQUE INDEX `uq_points_source` (`source_type`, `source_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `role_grant` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `role` enum ('resident', 'party_member', 'grid_worker', 'secretary', 'street_officer', 'admin') NOT NULL, `place_id` varchar(36) NOT NULL, `granted_by` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_role_grant_place` (`place_id`, `role`), UNIQUE INDEX `uq_role_grant` (`user_id`, `role`, `place_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_role_grant` ON `role_grant`');
    await queryRunner.query('DROP INDEX `ix_role_grant_place` ON `role_grant`');
    await queryRunner.query('DROP TABLE `role_grant`');
    await queryRunner.query('DROP INDEX `uq_points_source` ON `points_entry`');
    await queryRunner.query('DROP INDEX `ix_points_community_user` ON `points_entry`');
    await queryRunner.query('DROP INDEX `ix_points_user_time` ON `points_entry`');
    await queryRunner.query('DROP TABLE `points_entry`');
    await queryRunner.query('DROP INDEX `ix_place_path` ON `place`');
    await queryRunner.query('DROP INDEX `ix_place_parent` ON `place`');
    await queryRunner.query('DROP TABLE `place`');
    await queryRunner.query('DROP INDEX `uq_owner_user` ON `owner`');
    await queryRunner.query('DROP TABLE `owner`');
    await queryRunner.query('DROP INDEX `uq_household_member` ON `household_member`');
    await queryRunner.query('DROP INDEX `ix_household_member_user` ON `household_member`');
    await queryRunner.query('DROP TABLE `household_member`');
    await queryRunner.query('DROP INDEX `uq_household_building_label` ON `household`');
    await queryRunner.query('DROP INDEX `ix_household_community` ON `household`');
    await queryRunner.query('DROP INDEX `ix_household_owner` ON `household`');
    await queryRunner.query('DROP TABLE `household`');
    await queryRunner.query('DROP INDEX `uq_user_openid` ON `app_user`');
    await queryRunner.query('DROP TABLE `app_user`');
    await queryRunner.query('DROP INDEX `ix_audit_target` ON `audit_log`');
    await queryRunner.query('DROP INDEX `ix_audit_place_time` ON `audit_log`');
    await queryRunner.query('DROP INDEX `ix_audit_actor_time` ON `audit_log`');
    await queryRunner.query('DROP TABLE `audit_log`');
  }
}
