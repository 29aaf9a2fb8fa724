import { Module } from '@nestjs/common';
import { ContentSafetyModule } from '../content-safety/content-safety.module';
import { PointsController } from './points.controller';
import { PointsLedger } from './points-ledger.service';
import { PointsService } from './points.service';
import { PointsRulesService } from './points-rules.service';

@Module({
  imports: [ContentSafetyModule],
  controllers: [PointsController],
  providers: [PointsLedger, PointsService, PointsRulesService],
  exports: [PointsLedger, PointsRulesService],
})
export class PointsModule {}
