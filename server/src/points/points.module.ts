import { Module } from '@nestjs/common';
import { PointsController } from './points.controller';
import { PointsLedger } from './points-ledger.service';
import { PointsService } from './points.service';

@Module({ controllers: [PointsController], providers: [PointsLedger, PointsService], exports: [PointsLedger] })
export class PointsModule {}
