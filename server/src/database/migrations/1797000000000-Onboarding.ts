import { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents join themselves: join requests waiting for the grid worker or secretary, and the record of merged login accounts. */
export class Onboarding1797000000000 implements MigrationInterface {
  name = 'Onboarding1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `join_request` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `grid_id` varchar(36) NOT NULL, `building_id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `name` varchar(32) NOT NULL, `phone` varchar(20) NULL, `status` varchar(16) NOT NULL, `live` int NULL, `reason` varchar(200) NULL, `decided_by` varchar(36) NULL, `decided_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_join_request_live` (`user_id`, `household_id`, `live`), INDEX `ix_join_request_queue` (`community_id`, `status`, `created_at`, `id`), INDEX `ix_join_request_user` (`user_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `account_merge` (`login_user_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (`login_user_id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `account_merge`');
    await queryRunner.query('DROP INDEX `ix_join_request_user` ON `join_request`');
    await queryRunner.query('DROP INDEX `ix_join_request_queue` ON `join_request`');
    await queryRunner.query('DROP INDEX `uq_join_request_live` ON `join_request`');
    await queryRunner.query('DROP TABLE `join_request`');
  }
}
