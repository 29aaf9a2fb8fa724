import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MemberRegistrationsController } from './member-registrations.controller';
import { MemberRegistrationsService } from './member-registrations.service';
import { RegistrationViews } from './registration-views';
import { ServiceRecordsService } from './service-records.service';
import { UnitMembersService } from './unit-members.service';
import { UnitRegistrationsController } from './unit-registrations.controller';
import { UnitRegistrationsService } from './unit-registrations.service';
import { WorkUnitsController } from './work-units.controller';
import { WorkUnitsService } from './work-units.service';

/** 双报到: member and unit registrations, the joint committee, and the service record back to the unit. */
@Module({
  imports: [NotificationsModule],
  controllers: [MemberRegistrationsController, UnitRegistrationsController, WorkUnitsController],
  providers: [MemberRegistrationsService, UnitRegistrationsService, WorkUnitsService, RegistrationViews, ServiceRecordsService, UnitMembersService],
  exports: [ServiceRecordsService, MemberRegistrationsService, UnitRegistrationsService],
})
export class ReportingModule {}
