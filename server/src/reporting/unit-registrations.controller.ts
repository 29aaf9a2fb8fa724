import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, APPROVER_ROLES } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import {
  JointCommitteeUnitDto,
  RegistrationListQueryDto,
  SubmitUnitRegistrationDto,
  UnitRegistrationDto,
  UnitRegistrationPageDto,
} from './dto/registration.dto';
import { REGISTRATION_READERS } from './member-registrations.service';
import { UnitRegistration } from './unit-registration.entity';
import { UnitRegistrationsService } from './unit-registrations.service';

const reviewed = placeOf(UnitRegistration, 'communityId', 'REGISTRATION_NOT_FOUND');

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class UnitRegistrationsController {
  constructor(private readonly registrations: UnitRegistrationsService) {}

  @Post('unit-registrations')
  @ApiOperation({ summary: "单位报到: the caller, as the unit's contact person, reports the unit to the community where it is stationed" })
  @ApiCreatedResponse({ type: UnitRegistrationDto })
  submit(@CurrentUser() user: AuthUser, @Body() body: SubmitUnitRegistrationDto): Promise<UnitRegistrationDto> {
    return this.registrations.submit(user.id, body);
  }

  @Get('me/unit-registrations')
  @ApiOperation({ summary: 'Unit registrations I submitted as contact person, newest first' })
  @ApiOkResponse({ type: [UnitRegistrationDto] })
  mine(@CurrentUser() user: AuthUser): Promise<UnitRegistrationDto[]> {
    return this.registrations.mine(user.id);
  }

  @Get('unit-registrations/:id')
  @ApiOperation({ summary: 'One unit registration: its contact, or the secretary or street officer over its community' })
  @ApiOkResponse({ type: UnitRegistrationDto })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<UnitRegistrationDto> {
    return this.registrations.get(user.id, id);
  }

  @Post('unit-registrations/:id/withdrawal')
  @HttpCode(200)
  @ApiOkResponse({ type: UnitRegistrationDto })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<UnitRegistrationDto> {
    return this.registrations.withdraw(user.id, id);
  }

  @Post('unit-registrations/:id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary approves: the unit joins the joint committee, its contact becomes unit_contact' })
  @RequireRole(APPROVER_ROLES, reviewed)
  @ApiOkResponse({ type: UnitRegistrationDto })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<UnitRegistrationDto> {
    return this.registrations.approve(user.id, id);
  }

  @Post('unit-registrations/:id/rejection')
  @HttpCode(200)
  @RequireRole(APPROVER_ROLES, reviewed)
  @ApiOkResponse({ type: UnitRegistrationDto })
  reject(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<UnitRegistrationDto> {
    return this.registrations.reject(user.id, id, body);
  }

  @Get('communities/:communityId/unit-registrations')
  @ApiOperation({ summary: "A community's unit registrations, oldest first (the review list)" })
  @RequireRole(REGISTRATION_READERS, placeParam('communityId'))
  @ApiOkResponse({ type: UnitRegistrationPageDto })
  list(@Req() request: ScopedRequest, @Query() query: RegistrationListQueryDto): Promise<UnitRegistrationPageDto> {
    return this.registrations.list(request.scopePlace!, query.status, query.cursor, query.limit);
  }

  @Get('communities/:communityId/joint-committee')
  @ApiOperation({ summary: "The community's joint committee (大党委): approved units and their resources" })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: [JointCommitteeUnitDto] })
  jointCommittee(@Req() request: ScopedRequest): Promise<JointCommitteeUnitDto[]> {
    return this.registrations.jointCommittee(request.scopePlace!);
  }
}
