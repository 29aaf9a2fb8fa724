import { Module } from '@nestjs/common';
import { HouseholdsController } from './households.controller';
import { HouseholdPeopleService } from './household-people.service';

@Module({ controllers: [HouseholdsController], providers: [HouseholdPeopleService] })
export class HouseholdsModule {}
