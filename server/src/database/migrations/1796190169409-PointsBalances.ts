import { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsBalances1796190169409 implements MigrationInterface {
  name = 'PointsBalances1796190169409';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `points_balance` (`community_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `period` varchar(8) NOT NULL, `balance` int NOT NULL, INDEX `ix_points_balance_rank` (`community_id`, `period`, `balance` DESC, `user_id`), PRIMARY KEY (`community_id`, `user_id`, `period`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `points_unit_balance` (`community_id` varchar(36) NOT NULL, `unit_id` varchar(36) NOT NULL, `period` varchar(8) NOT NULL, `points` int NOT NULL, INDEX `ix_points_unit_balance_rank` (`community_id`, `period`, `points` DESC, `unit_id`), PRIMARY KEY (`community_id`, `unit_id`, `period`)) ENGINE=InnoDB',
    );
    await queryRunner.query('CREATE INDEX `ix_member_registration_community_unit` ON `member_registration` (`community_id`, `unit_id`, `slot`)');
    // The balances of the ledger as it stands: each month on a Shanghai clock (entries are stored
    // in UTC), the years and all time summed from the months; then each unit's from its members'
    // approved registrations.
    await queryRunner.query(
      "INSERT INTO `points_balance` (`community_id`, `user_id`, `period`, `balance`) SELECT `community_id`, `user_id`, CONCAT('m', DATE_FORMAT(DATE_ADD(`created_at`, INTERVAL 8 HOUR), '%Y-%m')) AS `month`, SUM(`amount`) FROM `points_entry` GROUP BY `community_id`, `user_id`, `month`",
    );
    await queryRunner.query(
      "INSERT INTO `points_balance` (`community_id`, `user_id`, `period`, `balance`) SELECT `community_id`, `user_id`, CONCAT('y', SUBSTRING(`period`, 2, 4)) AS `year`, SUM(`balance`) FROM `points_balance` WHERE `period` LIKE 'm%' GROUP BY `community_id`, `user_id`, `year`",
    );
    await queryRunner.query(
      "INSERT INTO `points_balance` (`community_id`, `user_id`, `period`, `balance`) SELECT `community_id`, `user_id`, 'all', SUM(`balance`) FROM `points_balance` WHERE `period` LIKE 'y%' GROUP BY `community_id`, `user_id`",
    );
    await queryRunner.query(
      "INSERT INTO `points_unit_balance` (`community_id`, `unit_id`, `period`, `points`) SELECT `b`.`community_id`, `r`.`unit_id`, `b`.`period`, SUM(`b`.`balance`) FROM `points_balance` `b` JOIN `member_registration` `r` ON `r`.`user_id` = `b`.`user_id` AND `r`.`slot` = 'approved' AND `r`.`community_id` = `b`.`community_id` GROUP BY `b`.`community_id`, `r`.`unit_id`, `b`.`period`",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_member_registration_community_unit` ON `member_registration`');
    await queryRunner.query('DROP INDEX `ix_points_unit_balance_rank` ON `points_unit_balance`');
    await queryRunner.query('DROP TABLE `points_unit_balance`');
    await queryRunner.query('DROP INDEX `ix_points_balance_rank` ON `points_balance`');
    await queryRunner.query('DROP TABLE `points_balance`');
  }
}
