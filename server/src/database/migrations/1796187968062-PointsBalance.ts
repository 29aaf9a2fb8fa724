import { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsBalance1796187968062 implements MigrationInterface {
  name = 'PointsBalance1796187968062';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `points_balance` (`community_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `period` varchar(8) NOT NULL, `balance` int NOT NULL, INDEX `ix_points_balance_rank` (`community_id`, `period`, `balance` DESC, `user_id`), PRIMARY KEY (`community_id`, `user_id`, `period`)) ENGINE=InnoDB");
    // The balances of the ledger as it stands: all time, and each year and month on a Shanghai clock (entries are stored in UTC).
    const shanghai = 'DATE_ADD(created_at, INTERVAL 8 HOUR)';
    for (const period of ["'all'", `CONCAT('y', DATE_FORMAT(${shanghai}, '%Y'))`, `CONCAT('m', DATE_FORMAT(${shanghai}, '%Y-%m'))`]) {
      await queryRunner.query(
        `INSERT INTO \`points_balance\` (\`community_id\`, \`user_id\`, \`period\`, \`balance\`) SELECT \`community_id\`, \`user_id\`, ${period} AS \`period\`, SUM(\`amount\`) FROM \`points_entry\` GROUP BY \`community_id\`, \`user_id\`, \`period\``,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_points_balance_rank` ON `points_balance`");
    await queryRunner.query("DROP TABLE `points_balance`");
  }
}
