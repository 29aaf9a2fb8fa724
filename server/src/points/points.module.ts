import { Module } from '@nestjs/common';
import { PointsController } from './points.controller';
import { PointsLedger } from './points-ledger.service';
import { PointsService } from './points.service';
import { PointsRulesService } from './points-rules.service';

@Module({ controllers: [PointsController], providers: [PointsLedger, PointsService, PointsRulesService], exports: [PointsLedger, PointsRulesService] })
export class PointsModule {}
